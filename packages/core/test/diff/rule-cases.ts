/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * One edit of a fixture and the rules it must fire. The reverse comparison
 * (new → old) must fire the mirrors of the same rules.
 */
export interface RuleCase {
  name: string;
  fixture: 'process-standard.yaml' | 'tech-card.yaml' | 'organization-standard.yaml' | 'catalog.yaml';
  edit: (data: any) => void;
  expect: string[];
}

const std = 'process-standard.yaml' as const;
const card = 'tech-card.yaml' as const;
const org = 'organization-standard.yaml' as const;
const catalog = 'catalog.yaml' as const;

const proc = (d: any, id: string) => d.procedures.find((item: any) => item.id === id);
const op = (d: any, id: string) => d.operations.find((item: any) => item.id === id);
const cp = (d: any, id: string) => d.controlPoints.find((item: any) => item.id === id);

export const RULE_CASES: RuleCase[] = [
  { name: 'title', fixture: std, edit: (d) => (d.title = 'Стандарт по организации социальной адаптации граждан, ищущих работу'), expect: ['standard.title.changed'] },
  { name: 'subject', fixture: std, edit: (d) => (d.subject = { type: 'supportMeasure', name: 'Организация социальной адаптации' }), expect: ['standard.subject.changed'] },
  {
    name: 'legal basis replaced',
    fixture: std,
    edit: (d) => (d.legalBasis = [{ act: 'fz-565', article: '16', part: '2' }]),
    expect: ['standard.legalBasis.added', 'standard.legalBasis.removed'],
  },
  { name: 'recipient added', fixture: std, edit: (d) => d.generalProvisions.recipients.push({ id: 'job-seekers', name: 'Граждане, ищущие работу' }), expect: ['standard.recipient.added'] },
  { name: 'channel removed', fixture: std, edit: (d) => (d.generalProvisions.provisionForms = [{ channel: 'ecp' }]), expect: ['standard.channel.removed'] },
  { name: 'reporting', fixture: std, edit: (d) => (d.reporting.collection = 'monthly'), expect: ['standard.reporting.changed'] },
  {
    name: 'requirement added',
    fixture: std,
    edit: (d) => d.provisionRequirements.push({ id: 'req-ecp', area: 'informational', text: 'Центр обеспечивает доступ к ЕЦП.' }),
    expect: ['standard.requirement.added'],
  },
  {
    name: 'requirement changed',
    fixture: std,
    edit: (d) => (d.provisionRequirements[0].text = 'Специалисты проходят обучение не реже одного раза в два года.'),
    expect: ['standard.requirement.changed'],
  },
  { name: 'point added', fixture: std, edit: (d) => d.points.push({ id: 'p4', number: '4', text: 'Стандарт применяется с 1 января.' }), expect: ['text.point.added'] },
  { name: 'point changed', fixture: std, edit: (d) => (d.points[2].text = 'Услуга предоставляется гражданам только в электронной форме.'), expect: ['text.point.changed'] },
  { name: 'point renumbered', fixture: std, edit: (d) => (d.points[2].number = '4'), expect: ['text.point.renumbered'] },
  {
    name: 'term replaced throughout',
    fixture: std,
    edit: (d) => {
      for (const point of d.points) point.text = point.text.replace(/службы занятости населения/g, 'службы занятости');
    },
    expect: ['text.term.replaced'],
  },
  { name: 'annex added', fixture: std, edit: (d) => d.annexes.push({ number: '2', title: 'Брендбук «Работа России»', annexKind: 'brandGuide' }), expect: ['annex.added'] },
  { name: 'annex changed', fixture: std, edit: (d) => (d.annexes[0].title = 'Форма заявления гражданина'), expect: ['annex.changed'] },
  {
    name: 'document added',
    fixture: std,
    edit: (d) => d.order.requiredItems.push({ id: 'diploma', name: 'Документ об образовании', itemKind: 'document', origin: 'applicant' }),
    expect: ['document.added'],
  },
  { name: 'document renamed', fixture: std, edit: (d) => (d.order.requiredItems[0].name = 'Заявление о предоставлении меры поддержки'), expect: ['document.renamed'] },
  { name: 'document optional', fixture: std, edit: (d) => (d.order.requiredItems[1].required = false), expect: ['document.madeOptional'] },
  { name: 'document origin', fixture: std, edit: (d) => (d.order.requiredItems[1].origin = 'interagencyRequest'), expect: ['document.originChanged'] },
  { name: 'document condition', fixture: std, edit: (d) => (d.order.requiredItems[1].condition = 'Если личность не подтверждена через ЕСИА'), expect: ['document.conditionChanged'] },
  {
    name: 'informing added',
    fixture: std,
    edit: (d) => d.order.informing.push({ id: 'conclusion-notice', text: 'Заключение направляется в личный кабинет гражданина на ЕЦП.', channel: 'ecp' }),
    expect: ['informing.added'],
  },
  { name: 'informing changed', fixture: std, edit: (d) => (d.order.informing[0].text = 'Уведомление о принятии заявления направляется гражданину в день принятия через ЕЦП.'), expect: ['informing.changed'] },
  { name: 'informing channel', fixture: std, edit: (d) => (d.order.informing[0].channel = 'inPerson'), expect: ['informing.channelChanged'] },
  { name: 'informing deadline', fixture: std, edit: (d) => (d.order.informing[0].deadline.amount = 1), expect: ['deadline.deadline.lengthened'] },
  { name: 'result added', fixture: std, edit: (d) => d.order.results.push({ id: 'plan', name: 'План реализации сервисов' }), expect: ['result.added'] },
  { name: 'result renamed', fixture: std, edit: (d) => (d.order.results[0].name = 'Заключение о предоставлении меры поддержки'), expect: ['result.renamed'] },
  {
    name: 'deadline added',
    fixture: std,
    edit: (d) =>
      d.order.deadlines.push({
        id: 'individual',
        name: 'Продолжительность в индивидуальной форме',
        deadline: { amount: 8, unit: 'hours', anchor: { event: 'plan.agreed' }, wording: 'не более 8 часов' },
      }),
    expect: ['deadline.added'],
  },
  { name: 'deadline shortened', fixture: std, edit: (d) => (d.order.deadlines[0].deadline.amount = 7), expect: ['deadline.deadline.shortened'] },
  {
    name: 'deadline in other units',
    fixture: std,
    edit: (d) => Object.assign(d.order.deadlines[0].deadline, { amount: 14, unit: 'calendarDays' }),
    expect: ['deadline.deadline.unitChanged'],
  },
  { name: 'deadline anchor', fixture: std, edit: (d) => (d.order.deadlines[0].deadline.anchor.event = 'application.submitted'), expect: ['deadline.deadline.anchorChanged'] },
  {
    name: 'deadline reworded',
    fixture: std,
    edit: (d) => (d.order.deadlines[0].deadline.wording = 'не позднее 10 рабочих дней со дня принятия заявления'),
    expect: ['deadline.deadline.reworded'],
  },
  { name: 'service added', fixture: std, edit: (d) => d.services.push({ id: 'svc-interview', name: 'Подготовка к собеседованию' }), expect: ['service.added'] },
  { name: 'service renamed', fixture: std, edit: (d) => (d.services[0].name = 'Настрой на активный поиск работы'), expect: ['service.renamed'] },
  { name: 'service eligibility', fixture: std, edit: (d) => (d.services[0].eligibility = ['Граждане, ищущие работу']), expect: ['service.eligibility.changed'] },
  { name: 'service procedures', fixture: std, edit: (d) => (d.services[0].procedures = ['pr-2', 'pr-3']), expect: ['service.procedures.changed'] },
  {
    name: 'procedure added',
    fixture: std,
    edit: (d) =>
      d.procedures.push({
        id: 'pr-4',
        number: 4,
        name: 'Индивидуальная консультация',
        composition: ['Консультирование по итогам'],
        deadline: { amount: 1, unit: 'hours', anchor: { event: 'conclusion.issued' }, wording: 'не более 1 часа' },
        performers: ['role-psychologist'],
        result: 'Консультация проведена',
      }),
    expect: ['procedure.added'],
  },
  {
    name: 'procedure with new id',
    fixture: std,
    edit: (d) => {
      proc(d, 'pr-3').id = 'pr-conclusion';
      d.services[0].procedures = ['pr-2'];
    },
    expect: ['procedure.idChanged'],
  },
  { name: 'procedure renamed', fixture: std, edit: (d) => (proc(d, 'pr-1').name = 'Приём и регистрация заявления гражданина'), expect: ['procedure.renamed'] },
  { name: 'procedure moved', fixture: std, edit: (d) => (proc(d, 'pr-3').number = 4), expect: ['procedure.moved'] },
  { name: 'procedure performer', fixture: std, edit: (d) => proc(d, 'pr-1').performers.push('role-psychologist'), expect: ['procedure.performer.added'] },
  { name: 'procedure action added', fixture: std, edit: (d) => proc(d, 'pr-2').composition.push('Согласование плана с гражданином'), expect: ['procedure.action.added'] },
  { name: 'procedure action changed', fixture: std, edit: (d) => (proc(d, 'pr-2').composition[0] = 'Подбор тестов для гражданина'), expect: ['procedure.action.changed'] },
  { name: 'procedure result', fixture: std, edit: (d) => (proc(d, 'pr-2').result = 'Результаты тестирования внесены на ЕЦП'), expect: ['procedure.result.changed'] },
  { name: 'procedure optional', fixture: std, edit: (d) => (proc(d, 'pr-2').optional = true), expect: ['procedure.madeOptional'] },
  { name: 'procedure deadline shortened', fixture: std, edit: (d) => (proc(d, 'pr-2').deadline.amount = 2), expect: ['procedure.deadline.shortened'] },
  {
    name: 'procedure deadline units',
    fixture: std,
    edit: (d) => Object.assign(proc(d, 'pr-3').deadline, { amount: 1, unit: 'workingDays' }),
    expect: ['procedure.deadline.unitChanged'],
  },
  { name: 'procedure deadline anchor', fixture: std, edit: (d) => (proc(d, 'pr-1').deadline.anchor.event = 'application.registered'), expect: ['procedure.deadline.anchorChanged'] },
  { name: 'procedure deadline reworded', fixture: std, edit: (d) => (proc(d, 'pr-1').deadline.wording = 'не позднее одного рабочего дня'), expect: ['procedure.deadline.reworded'] },
  {
    name: 'indicator added',
    fixture: std,
    edit: (d) =>
      d.indicators.push({
        id: 'ind-2',
        number: '2',
        name: 'Средняя оценка качества услуги',
        unit: 'score',
        dataSource: { kind: 'survey', description: 'Опрос получателей' },
        method: { wording: 'Средняя оценка', calculation: { kind: 'surveyAverage', controlPoint: 'cp-done', field: 'score' } },
        direction: 'higherIsBetter',
        effectiveFrom: '2026-01-01',
      }),
    expect: ['indicator.added'],
  },
  { name: 'indicator renamed', fixture: std, edit: (d) => (d.indicators[0].name = 'Доля граждан, трудоустроенных в течение двух недель'), expect: ['indicator.renamed'] },
  { name: 'indicator method', fixture: std, edit: (d) => (d.indicators[0].method.formula = 'ЧТ2 / ЧП × 100'), expect: ['indicator.method.changed'] },
  { name: 'indicator unit', fixture: std, edit: (d) => (d.indicators[0].unit = 'count'), expect: ['indicator.unit.changed'] },
  { name: 'indicator data source', fixture: std, edit: (d) => (d.indicators[0].dataSource.description = 'Сведения, формируемые на ЕЦП'), expect: ['indicator.dataSource.changed'] },
  { name: 'indicator direction', fixture: std, edit: (d) => (d.indicators[0].direction = 'lowerIsBetter'), expect: ['indicator.direction.changed'] },
  { name: 'indicator target', fixture: std, edit: (d) => (d.indicators[0].target = 35), expect: ['indicator.target.changed'] },
  { name: 'indicator corridor', fixture: std, edit: (d) => (d.indicators[0].corridor = { green: 30, yellow: 20 }), expect: ['indicator.corridor.changed'] },
  { name: 'indicator effective date', fixture: std, edit: (d) => (d.indicators[0].effectiveFrom = '2026-01-01'), expect: ['indicator.effectiveFrom.changed'] },

  { name: 'card title', fixture: card, edit: (d) => (d.title = 'Технологическая карта социальной адаптации граждан'), expect: ['standard.title.changed'] },
  { name: 'control point added', fixture: card, edit: (d) => d.controlPoints.push({ id: 'cp-plan', name: 'План согласован', event: 'plan.agreed' }), expect: ['controlPoint.added'] },
  { name: 'control point renamed', fixture: card, edit: (d) => (cp(d, 'cp-done').name = 'Заключение выдано гражданину'), expect: ['controlPoint.renamed'] },
  {
    name: 'control point id',
    fixture: card,
    edit: (d) => {
      cp(d, 'cp-done').id = 'cp-conclusion';
      op(d, 'op-3').controlPoint = 'cp-conclusion';
    },
    expect: ['controlPoint.idChanged', 'operation.controlPoint.changed'],
  },
  { name: 'control point event', fixture: card, edit: (d) => (cp(d, 'cp-done').event = 'conclusion.sent'), expect: ['controlPoint.eventChanged'] },
  { name: 'control point required', fixture: card, edit: (d) => (cp(d, 'cp-tested').required = true), expect: ['controlPoint.madeRequired'] },
  {
    name: 'data field added',
    fixture: card,
    edit: (d) => cp(d, 'cp-accepted').data.push({ id: 'citizenId', name: 'Идентификатор гражданина', type: 'reference' }),
    expect: ['dataField.added'],
  },
  { name: 'data field renamed', fixture: card, edit: (d) => (cp(d, 'cp-accepted').data[0].name = 'Регистрационный номер заявления'), expect: ['dataField.renamed'] },
  { name: 'data field type', fixture: card, edit: (d) => (cp(d, 'cp-accepted').data[0].type = 'integer'), expect: ['dataField.typeChanged'] },
  { name: 'data field optional', fixture: card, edit: (d) => (cp(d, 'cp-accepted').data[0].required = false), expect: ['dataField.madeOptional'] },
  { name: 'data field value', fixture: card, edit: (d) => cp(d, 'cp-accepted').data[1].values.push('mfc'), expect: ['dataField.value.added'] },
  {
    name: 'operation added',
    fixture: card,
    edit: (d) =>
      d.operations.push({
        id: 'op-4',
        number: '3.2',
        name: 'Закрытие личной карточки',
        procedure: 'pr-3',
        performer: 'role-specialist',
        trigger: 'Заключение направлено',
        actions: ['Закрыть карточку в региональной системе'],
        result: 'Карточка закрыта',
        deadline: { amount: 1, unit: 'workingDays', anchor: { event: 'conclusion.issued' }, wording: 'в течение рабочего дня' },
      }),
    expect: ['operation.added'],
  },
  { name: 'operation renamed', fixture: card, edit: (d) => (op(d, 'op-1').name = 'Проверка заявления в личном кабинете ЕЦП'), expect: ['operation.renamed'] },
  { name: 'operation moved', fixture: card, edit: (d) => (op(d, 'op-1').number = '1.2'), expect: ['operation.moved'] },
  {
    name: 'operation with new id and number',
    fixture: card,
    edit: (d) => Object.assign(op(d, 'op-2'), { id: 'op-2a', number: '2.2' }),
    expect: ['operation.idChanged', 'operation.moved'],
  },
  { name: 'operation performer', fixture: card, edit: (d) => (op(d, 'op-3').performer = 'role-psychologist'), expect: ['operation.performer.changed'] },
  { name: 'operation action added', fixture: card, edit: (d) => op(d, 'op-3').actions.push('Внести сведения о результате в региональную систему'), expect: ['operation.action.added'] },
  {
    name: 'operation action changed',
    fixture: card,
    edit: (d) => (op(d, 'op-3').actions[0] = 'Оформить заключение по результатам предоставления услуги'),
    expect: ['operation.action.changed'],
  },
  { name: 'operation trigger', fixture: card, edit: (d) => (op(d, 'op-3').trigger = 'Результаты тестов получены'), expect: ['operation.trigger.changed'] },
  { name: 'operation result', fixture: card, edit: (d) => (op(d, 'op-3').result = 'Заключение направлено гражданину'), expect: ['operation.result.changed'] },
  { name: 'operation form', fixture: card, edit: (d) => (op(d, 'op-3').forms = ['form-conclusion']), expect: ['operation.form.added'] },
  { name: 'operation system', fixture: card, edit: (d) => (op(d, 'op-1').informationSystem = 'regional-is'), expect: ['operation.system.changed'] },
  { name: 'operation control point', fixture: card, edit: (d) => delete op(d, 'op-2').controlPoint, expect: ['operation.controlPoint.changed'] },
  { name: 'operation deadline shortened', fixture: card, edit: (d) => Object.assign(op(d, 'op-2').deadline, { amount: 90, unit: 'minutes' }), expect: ['operation.deadline.shortened'] },
  {
    name: 'operation deadline units',
    fixture: card,
    edit: (d) => Object.assign(op(d, 'op-1').deadline, { amount: 24, unit: 'hours' }),
    expect: ['operation.deadline.unitChanged'],
  },
  { name: 'operation deadline anchor', fixture: card, edit: (d) => (op(d, 'op-3').deadline.anchor.event = 'tests.processed'), expect: ['operation.deadline.anchorChanged'] },
  { name: 'operation deadline reworded', fixture: card, edit: (d) => (op(d, 'op-3').deadline.wording = 'в течение 60 минут'), expect: ['operation.deadline.reworded'] },

  {
    name: 'section added',
    fixture: org,
    edit: (d) =>
      d.sections.push({
        id: 's2',
        number: 'II',
        title: 'Требования к организационной структуре',
        points: [{ id: 'p3', number: '3', text: 'В субъекте создаётся управляющий центр занятости.' }],
      }),
    expect: ['section.added'],
  },
  {
    name: 'point moved to a new section',
    fixture: org,
    edit: (d) => {
      const moved = d.sections[0].points.pop();
      d.sections.push({ id: 's2', number: 'II', title: 'Требования к помещениям', points: [moved] });
    },
    expect: ['section.added', 'text.point.moved'],
  },
  { name: 'section renamed', fixture: org, edit: (d) => (d.sections[0].title = 'Общие положения стандарта'), expect: ['section.renamed'] },
  { name: 'term added', fixture: org, edit: (d) => d.terms.push({ id: 't-centre', term: 'центр занятости населения' }), expect: ['term.added'] },
  { name: 'term defined', fixture: org, edit: (d) => (d.terms[0].definition = 'Учреждение, подведомственное органу службы занятости субъекта'), expect: ['term.changed'] },
  {
    name: 'checklist indicator added',
    fixture: org,
    edit: (d) =>
      d.indicators.push({
        id: 'ci-2',
        number: '2',
        name: 'Соблюдение брендбука «Работа России», балл',
        level: 'territorialCentre',
        questions: [{ id: 'q1', text: 'Оформлены ли помещения по брендбуку?' }],
        formula: 'q1',
        points: 1,
      }),
    expect: ['indicator.added'],
  },
  { name: 'checklist question added', fixture: org, edit: (d) => d.indicators[0].questions.push({ id: 'q3', text: 'Назначен ли руководитель?' }), expect: ['indicator.question.added'] },
  { name: 'checklist formula', fixture: org, edit: (d) => (d.indicators[0].formula = 'q1 || q2'), expect: ['indicator.method.changed'] },

  { name: 'role added', fixture: catalog, edit: (d) => d.roles.push({ id: 'role-methodologist', name: 'Методолог', level: 'authority' }), expect: ['role.added'] },
  { name: 'role renamed', fixture: catalog, edit: (d) => (d.roles[1].name = 'Педагог-психолог центра занятости'), expect: ['role.renamed'] },
  { name: 'form added', fixture: catalog, edit: (d) => d.forms.push({ id: 'form-conclusion', name: 'Заключение', formKind: 'conclusion' }), expect: ['form.added'] },
  { name: 'form renamed', fixture: catalog, edit: (d) => (d.forms[0].name = 'Заявление о предоставлении меры поддержки'), expect: ['form.renamed'] },
];
