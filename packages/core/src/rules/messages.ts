import type { Catalogs } from '../i18n/types.js';

/** Messages of the semantic rules: descriptions, findings and the names they insert. */
export const rulesMessages: Catalogs = {
  ru: {
    'rules.rule-error': 'Правило {rule} завершилось с ошибкой и не проверило репозиторий до конца: {error}. Это ошибка tsmp, а не ваших данных; сообщите о ней разработчикам.',

    'rules.kind.ProcessStandard': 'стандарт процесса',
    'rules.kind.OrganizationStandard': 'стандарт организации деятельности',
    'rules.kind.TechCard': 'технологическая карта',
    'rules.kind.Catalog': 'справочник',
    'rules.kind.LegalAct': 'нормативный правовой акт',
    'rules.kind.Role': 'роль',
    'rules.kind.Form': 'форма документа',
    'rules.kind.InformationSystem': 'информационная система',
    'rules.kind.RegionalMapping': 'региональное сопоставление',
    'rules.kind.ControlPoint': 'контрольная точка',
    'rules.kind.Procedure': 'процедура',
    'rules.kind.Service': 'сервис',
    'rules.kind.Indicator': 'показатель',
    'rules.kind.Operation': 'операция',
    'rules.kind.Result': 'результат',
    'rules.kind.RequiredItem': 'документ или сведения',
    'rules.kind.OrderDeadline': 'срок',
    'rules.kind.Informing': 'информирование',
    'rules.kind.TextPoint': 'пункт',
    'rules.kind.Section': 'раздел',
    'rules.kind.Term': 'термин',
    'rules.kind.Recipient': 'получатель',
    'rules.kind.ProvisionRequirement': 'требование к обеспечению',
    'rules.kind.ChecklistQuestion': 'вопрос чек-листа',
    'rules.kind.DataField': 'поле данных',
    'rules.kind.Element': 'элемент',
    'rules.kind.Standard': 'стандарт',

    'rules.unit.minutes': 'минутах',
    'rules.unit.hours': 'часах',
    'rules.unit.workingDays': 'рабочих днях',
    'rules.unit.calendarDays': 'календарных днях',
    'rules.period.from': 'не ранее {from}',
    'rules.period.to': 'не позднее {to}',
    'rules.period.between': 'с {from} по {to}',
    'rules.field.performer': 'исполнитель',
    'rules.field.result': 'результат',
    'rules.deadline.total':
      '{scale, select, time {{minutes, plural, one {# минуту} few {# минуты} many {# минут} other {# минуты}}} calendar {{days, plural, one {# календарный день} few {# календарных дня} many {# календарных дней} other {# календарного дня}}{minutes, plural, =0 {} one { и # минуту} few { и # минуты} many { и # минут} other { и # минуты}}} other {{days, plural, one {# рабочий день} few {# рабочих дня} many {# рабочих дней} other {# рабочего дня}}{minutes, plural, =0 {} one { и # минуту} few { и # минуты} many { и # минут} other { и # минуты}}}}',

    'rules.unique-ids.description': 'Идентификаторы уникальны: артефакты, акты, роли, формы, информационные системы и контрольные точки — во всём репозитории, остальные элементы — в своём списке.',
    'rules.unique-ids.duplicateGlobal': 'Идентификатор «{id}» ({kind}) уже занят: так назван элемент вида «{firstKind}» в файле {firstFile}. На такие элементы ссылаются по одному идентификатору, поэтому он должен быть единственным в репозитории; переименуйте один из элементов.',
    'rules.unique-ids.duplicateLocal': 'Идентификатор «{id}» ({kind}) повторяется в том же списке, первый раз — выше в файле {firstFile}. Дайте элементу другой идентификатор.',

    'rules.reference-resolves.description': 'Каждая ссылка по идентификатору ведёт к существующему элементу нужного вида.',
    'rules.reference-resolves.missing': 'Ссылка «{id}» никуда не ведёт: в репозитории нет элемента вида «{kind}» с таким идентификатором. Проверьте написание или добавьте элемент.',
    'rules.reference-resolves.missingIn': 'Ссылка «{id}» никуда не ведёт: в «{scope}» нет элемента вида «{kind}» с таким идентификатором. Проверьте написание или добавьте элемент.',
    'rules.reference-resolves.wrongKind': 'Ссылка «{id}» ведёт к элементу вида «{actualKind}», а здесь нужен элемент вида «{kind}». Укажите идентификатор подходящего элемента.',

    'rules.operation-performer-result.description': 'У каждой операции и процедуры указаны исполнитель и результат, а не заглушка.',
    'rules.operation-performer-result.missingPerformer': 'У «{owner}» не указан исполнитель. Укажите роль, которая выполняет операцию или процедуру.',
    'rules.operation-performer-result.missingResult': 'У «{owner}» не указан результат. Укажите, чем завершается операция или процедура.',
    'rules.operation-performer-result.placeholder': 'У «{owner}» в поле «{field}» стоит заглушка «{value}» вместо значения. Укажите значение так, как оно записано в документе.',

    'rules.number-sequence.description': 'Номера процедур, операций, показателей и пунктов идут по порядку, без пропусков и повторов.',
    'rules.number-sequence.repeat': 'Номер «{number}» повторяется: он уже присвоен элементу выше в этом списке. Исправьте нумерацию.',
    'rules.number-sequence.gap': 'Номер «{number}» идёт сразу после «{previous}»: в нумерации пропуск или нарушен порядок. Исправьте нумерацию.',
    'rules.number-sequence.notFromOne': 'Нумерация списка начинается с «{number}», а не с 1. Исправьте нумерацию.',

    'rules.procedure-order.description': 'Процедура выполняется после процедур с меньшими номерами; операции карты расположены в порядке процедур.',
    'rules.procedure-order.afterLater': 'Процедура «{procedure}» (№ {number}) выполняется после процедуры «{after}», у которой номер не меньше ({afterNumber}). Перенумеруйте процедуры в порядке выполнения или исправьте «after».',
    'rules.procedure-order.operationOutOfOrder': 'Операция «{operation}» относится к процедуре № {number} («{procedure}»), но стоит после операции «{previous}» процедуры № {previousNumber} («{previousProcedure}»). Расположите операции в порядке процедур.',

    'rules.procedure-after-cycle.description': 'Связи «after» между процедурами не образуют цикла.',
    'rules.procedure-after-cycle.cycle': 'Процедуры ждут друг друга по кругу: {cycle}. Ни одна из них не может начаться; уберите одну из ссылок «after».',

    'rules.operation-deadline-exceeds-procedure.description': 'Срок операции не больше срока процедуры, к которой она относится.',
    'rules.deadlineLength': '{unit, select, workingDays {{amount, plural, one {# рабочий день} few {# рабочих дня} many {# рабочих дней} other {# рабочего дня}}} calendarDays {{amount, plural, one {# календарный день} few {# календарных дня} many {# календарных дней} other {# календарного дня}}} hours {{amount, plural, one {# час} few {# часа} many {# часов} other {# часа}}} other {{amount, plural, one {# минута} few {# минуты} many {# минут} other {# минуты}}}}',
    'rules.operation-deadline-exceeds-procedure.exceedsOn': 'Срок операции «{operation}» («{deadline}», {length}) может оказаться больше срока её процедуры «{procedure}» («{procedureDeadline}», {procedureLength}): по производственному календарю при событии {start} операция завершается {end}, а процедура — {procedureEnd}. Укажите сроки в одних единицах или сократите срок операции.',
    'rules.operation-deadline-exceeds-procedure.exceeds': 'Срок операции «{operation}» («{deadline}», {length}) больше срока её процедуры «{procedure}» («{procedureDeadline}», {procedureLength}). Сократите срок операции или проверьте срок процедуры.',

    'rules.procedure-deadline-fit.description': 'Операции процедуры, выполняемые одна за другой, укладываются в срок процедуры.',
    'rules.procedure-deadline-fit.exceeds': '{count, plural, one {# операция} few {# операции} many {# операций} other {# операции}} процедуры «{procedure}» одна за другой могут занять {total}, а срок процедуры — «{procedureDeadline}». Сократите сроки операций или проверьте срок процедуры.',

    'rules.deadline-units-mixed.description': 'В одной процедуре сроки не смешивают рабочие и календарные дни.',
    'rules.deadline-units-mixed.mixed': 'Срок операции «{operation}» указан в {unit}, а срок операции «{other}» той же процедуры «{procedure}» — в {otherUnit}. Соотношение рабочих и календарных дней зависит от даты по производственному календарю, поэтому сроки не складываются; укажите их в одних единицах.',
    'rules.deadline-units-mixed.mixedWithProcedure': 'Срок операции «{operation}» указан в {unit}, а срок её процедуры «{procedure}» — в {otherUnit}. Соотношение рабочих и календарных дней зависит от даты по производственному календарю, поэтому сроки сравниваются только по нему; укажите их в одних единицах.',

    'rules.techcard-covers-procedures.description': 'В технологической карте есть операции для каждой обязательной процедуры стандарта или сервиса.',
    'rules.techcard-covers-procedures.uncovered': 'В карте нет операций процедуры № {number} «{name}» ({procedure}) стандарта «{standard}». Добавьте операции этой процедуры или отметьте её в стандарте как необязательную (optional: true).',

    'rules.techcard-edition.description': 'Технологическая карта относится к той редакции стандарта, которая есть в репозитории.',
    'rules.techcard-edition.mismatch': 'Карта «{card}» составлена по редакции {edition} стандарта «{standard}», а в репозитории редакция {standardEdition}. Сверьте операции и сроки карты с этой редакцией и исправьте номер редакции в карте.',

    'rules.control-point-reached.description': 'Каждую контрольную точку фиксирует хотя бы одна операция.',
    'rules.control-point-reached.unreached': 'Контрольную точку «{controlPoint}» (событие {event}) не фиксирует ни одна операция: ни у одной нет «controlPoint: {controlPoint}». Укажите операцию, которая её фиксирует, или удалите точку.',

    'rules.indicator-data-source.description': 'У показателя указаны контрольные точки или форма, из которых берутся данные.',
    'rules.indicator-data-source.noControlPoints': 'Показатель № {number} («{indicator}») берёт данные из контрольных точек, но ни одна точка не указана. Перечислите их в dataSource.controlPoints.',
    'rules.indicator-data-source.noForm': 'Показатель № {number} («{indicator}») берёт данные из формы документа, но форма не указана. Укажите её в dataSource.form.',

    'rules.indicator-calculation-points.description': 'Методика расчёта показателя читает только контрольные точки, перечисленные в его источнике данных.',
    'rules.indicator-calculation-points.unlisted': 'Методика показателя № {number} («{indicator}») читает {count, plural, one {контрольную точку {points}, которой нет в его источнике данных. Добавьте её} other {контрольные точки {points}, которых нет в его источнике данных. Добавьте их}} в dataSource.controlPoints: по этому списку региональная система узнаёт, какие события передавать.',

    'rules.checklist-formula-questions.description': 'Формула показателя-чек-листа ссылается только на вопросы этого показателя.',
    'rules.checklist-formula-questions.unknown': 'Формула показателя № {number} («{indicator}») ссылается на {count, plural, one {вопрос {names}, которого} other {вопросы {names}, которых}} нет среди его вопросов ({questions}). Исправьте формулу или добавьте вопросы.',

    'rules.indicator-effective-date.description': 'Показатель начинает действовать в период действия своей редакции стандарта.',
    'rules.indicator-effective-date.beforeEdition': 'Показатель № {number} («{indicator}») действует с {date} — раньше, чем вступает в силу редакция стандарта ({editionFrom}). Укажите дату не раньше {editionFrom} или уберите её: тогда показатель действует с даты редакции.',
    'rules.indicator-effective-date.afterEdition': 'Показатель № {number} («{indicator}») вступает в силу {date} — после того, как редакция стандарта перестаёт действовать ({editionTo}). Проверьте дату.',

    'rules.edition-dates-ordered.description': 'Даты редакций и актов идут по порядку: начало раньше конца, акт подписан до вступления в силу, новая редакция вступает в силу после заменяемой.',
    'rules.edition-dates-ordered.endBeforeStart': 'Редакция стандарта «{standard}» действует по {to} — раньше, чем вступает в силу ({from}). Исправьте даты.',
    'rules.edition-dates-ordered.beforeApproval': 'Редакция стандарта «{standard}» вступает в силу {from} — раньше, чем подписан утвердивший её акт № {number} ({actDate}). Проверьте даты редакции и акта.',
    'rules.edition-dates-ordered.supersedesLater': 'Редакция «{standard}» (с {from}) заменяет «{previous}», которая вступила в силу не раньше неё ({previousFrom}). Новая редакция должна вступать в силу позже заменяемой.',
    'rules.edition-dates-ordered.overlap': 'Заменяемая редакция «{previous}» действует по {previousTo}, а заменяющая «{standard}» — уже с {from}: периоды пересекаются. Укажите у прежней редакции effectiveTo раньше {from}.',
    'rules.edition-dates-ordered.actEffectiveBeforeSigned': 'Акт № {number} вступает в силу {effectiveFrom} — раньше даты принятия {date}. Проверьте даты акта.',
    'rules.edition-dates-ordered.actRepealedBeforeEffective': 'Акт № {number} утратил силу {repealedOn} — не позже, чем вступил в силу. Проверьте даты акта.',

    'rules.legal-basis-period.description': 'Правовое основание стандарта действует на дату вступления редакции в силу: с 2024 года — часть 2 статьи 16 565-ФЗ, до него — пункт 8 статьи 15 1032-1.',
    'rules.legal-basis-period.missing': 'Редакция вступает в силу {date}; стандарты, вступающие в силу в это время, издаются на основании: {expected}. В правовом основании стандарта этой нормы нет — добавьте её в legalBasis.',
    'rules.legal-basis-period.outsidePeriod': 'Основание «{basis}» применяется к редакциям, вступающим в силу {period}, а эта редакция вступает в силу {date}. Укажите основание, действующее на эту дату.',
    'rules.legal-basis-period.actNotYetInForce': 'Акт № {number} вступает в силу {actFrom} — позже редакции стандарта ({date}), поэтому на её дату ещё не действует. Проверьте основание или даты.',
    'rules.legal-basis-period.actRepealed': 'Акт № {number} утратил силу {repealedOn}, до вступления редакции стандарта в силу ({date}). Укажите основание, действующее на эту дату.',
  },
  en: {
    'rules.rule-error': 'Rule {rule} failed and did not finish checking the repository: {error}. This is a bug in tsmp, not in your data; please report it to the developers.',

    'rules.kind.ProcessStandard': 'process standard',
    'rules.kind.OrganizationStandard': 'organisation standard',
    'rules.kind.TechCard': 'tech card',
    'rules.kind.Catalog': 'catalogue',
    'rules.kind.LegalAct': 'legal act',
    'rules.kind.Role': 'role',
    'rules.kind.Form': 'form',
    'rules.kind.InformationSystem': 'information system',
    'rules.kind.RegionalMapping': 'regional mapping',
    'rules.kind.ControlPoint': 'control point',
    'rules.kind.Procedure': 'procedure',
    'rules.kind.Service': 'service',
    'rules.kind.Indicator': 'indicator',
    'rules.kind.Operation': 'operation',
    'rules.kind.Result': 'result',
    'rules.kind.RequiredItem': 'required document or data item',
    'rules.kind.OrderDeadline': 'deadline',
    'rules.kind.Informing': 'informing',
    'rules.kind.TextPoint': 'point',
    'rules.kind.Section': 'section',
    'rules.kind.Term': 'term',
    'rules.kind.Recipient': 'recipient',
    'rules.kind.ProvisionRequirement': 'provision requirement',
    'rules.kind.ChecklistQuestion': 'checklist question',
    'rules.kind.DataField': 'data field',
    'rules.kind.Element': 'element',
    'rules.kind.Standard': 'standard',

    'rules.unit.minutes': 'minutes',
    'rules.unit.hours': 'hours',
    'rules.unit.workingDays': 'working days',
    'rules.unit.calendarDays': 'calendar days',
    'rules.period.from': 'on or after {from}',
    'rules.period.to': 'on or before {to}',
    'rules.period.between': 'from {from} to {to}',
    'rules.field.performer': 'performer',
    'rules.field.result': 'result',
    'rules.deadline.total':
      '{scale, select, time {{minutes, plural, one {# minute} other {# minutes}}} calendar {{days, plural, one {# calendar day} other {# calendar days}}{minutes, plural, =0 {} one { and # minute} other { and # minutes}}} other {{days, plural, one {# working day} other {# working days}}{minutes, plural, =0 {} one { and # minute} other { and # minutes}}}}',

    'rules.unique-ids.description': 'Ids are unique: those of artifacts, acts, roles, forms, information systems and control points in the whole repository, other ids within their list.',
    'rules.unique-ids.duplicateGlobal': 'Id "{id}" ({kind}) is already taken by a {firstKind} in {firstFile}. Such elements are referred to by id alone, so the id must be unique in the repository; rename one of the elements.',
    'rules.unique-ids.duplicateLocal': 'Id "{id}" ({kind}) repeats in the same list; it first appears above, in {firstFile}. Give the element another id.',

    'rules.reference-resolves.description': 'Every reference by id leads to an existing element of the expected kind.',
    'rules.reference-resolves.missing': 'Reference "{id}" leads nowhere: the repository has no {kind} with this id. Check the spelling or add the element.',
    'rules.reference-resolves.missingIn': 'Reference "{id}" leads nowhere: "{scope}" has no {kind} with this id. Check the spelling or add the element.',
    'rules.reference-resolves.wrongKind': 'Reference "{id}" leads to a {actualKind}, but a {kind} is expected here. Give the id of a suitable element.',

    'rules.operation-performer-result.description': 'Every operation and procedure names its performer and its result, not a placeholder.',
    'rules.operation-performer-result.missingPerformer': '"{owner}" has no performer. Give the role that performs the operation or procedure.',
    'rules.operation-performer-result.missingResult': '"{owner}" has no result. Say what the operation or procedure ends with.',
    'rules.operation-performer-result.placeholder': 'The {field} of "{owner}" is the placeholder "{value}" instead of a value. Give the value as the document words it.',

    'rules.number-sequence.description': 'Numbers of procedures, operations, indicators and points go in order, without gaps or repeats.',
    'rules.number-sequence.repeat': 'Number "{number}" repeats: an element above in this list already has it. Fix the numbering.',
    'rules.number-sequence.gap': 'Number "{number}" comes right after "{previous}": the numbering has a gap or is out of order. Fix the numbering.',
    'rules.number-sequence.notFromOne': 'The list is numbered from "{number}" instead of 1. Fix the numbering.',

    'rules.procedure-order.description': 'A procedure runs after procedures with smaller numbers; a tech card lists operations in the order of their procedures.',
    'rules.procedure-order.afterLater': 'Procedure "{procedure}" (No. {number}) runs after procedure "{after}", whose number is not smaller ({afterNumber}). Renumber the procedures in the order they run or fix "after".',
    'rules.procedure-order.operationOutOfOrder': 'Operation "{operation}" belongs to procedure No. {number} ("{procedure}") but comes after operation "{previous}" of procedure No. {previousNumber} ("{previousProcedure}"). List the operations in the order of their procedures.',

    'rules.procedure-after-cycle.description': 'The "after" links between procedures form no cycle.',
    'rules.procedure-after-cycle.cycle': 'Procedures wait for each other in a cycle: {cycle}. None of them can start; remove one of the "after" links.',

    'rules.operation-deadline-exceeds-procedure.description': 'An operation\'s deadline is not longer than the deadline of its procedure.',
    'rules.deadlineLength': '{unit, select, workingDays {{amount, plural, one {# working day} other {# working days}}} calendarDays {{amount, plural, one {# calendar day} other {# calendar days}}} hours {{amount, plural, one {# hour} other {# hours}}} other {{amount, plural, one {# minute} other {# minutes}}}}',
    'rules.operation-deadline-exceeds-procedure.exceedsOn': 'The deadline of operation "{operation}" ("{deadline}", {length}) can be longer than that of its procedure "{procedure}" ("{procedureDeadline}", {procedureLength}): by the production calendar, for an event on {start} the operation ends on {end} and the procedure on {procedureEnd}. Use one unit for both deadlines or shorten the operation\'s deadline.',
    'rules.operation-deadline-exceeds-procedure.exceeds': 'The deadline of operation "{operation}" ("{deadline}", {length}) is longer than that of its procedure "{procedure}" ("{procedureDeadline}", {procedureLength}). Shorten the operation\'s deadline or check the procedure\'s.',

    'rules.procedure-deadline-fit.description': 'The operations of a procedure, run one after another, fit into the procedure\'s deadline.',
    'rules.procedure-deadline-fit.exceeds': '{count, plural, one {# operation} other {# operations}} of procedure "{procedure}" can take {total} one after another, but the procedure\'s deadline is "{procedureDeadline}". Shorten the operations\' deadlines or check the procedure\'s.',

    'rules.deadline-units-mixed.description': 'Deadlines inside one procedure do not mix working and calendar days.',
    'rules.deadline-units-mixed.mixed': 'The deadline of operation "{operation}" is in {unit}, but that of operation "{other}" in the same procedure "{procedure}" is in {otherUnit}. How working days relate to calendar days depends on the date in the production calendar, so the deadlines do not add up; use one unit.',
    'rules.deadline-units-mixed.mixedWithProcedure': 'The deadline of operation "{operation}" is in {unit}, but that of its procedure "{procedure}" is in {otherUnit}. How working days relate to calendar days depends on the date in the production calendar, so the deadlines compare only through it; use one unit.',

    'rules.techcard-covers-procedures.description': 'A tech card has operations for every mandatory procedure of its standard or service.',
    'rules.techcard-covers-procedures.uncovered': 'The card has no operations for procedure No. {number} "{name}" ({procedure}) of standard "{standard}". Add operations for it or mark the procedure optional in the standard (optional: true).',

    'rules.techcard-edition.description': 'A tech card belongs to the edition of its standard that the repository contains.',
    'rules.techcard-edition.mismatch': 'Card "{card}" was written for edition {edition} of standard "{standard}", but the repository contains edition {standardEdition}. Check the card\'s operations and deadlines against that edition and correct the edition number in the card.',

    'rules.control-point-reached.description': 'Every control point is recorded by at least one operation.',
    'rules.control-point-reached.unreached': 'No operation records control point "{controlPoint}" (event {event}): none has "controlPoint: {controlPoint}". Name the operation that records it or remove the point.',

    'rules.indicator-data-source.description': 'An indicator names the control points or the form its data come from.',
    'rules.indicator-data-source.noControlPoints': 'Indicator No. {number} ("{indicator}") takes its data from control points, but none is listed. List them in dataSource.controlPoints.',
    'rules.indicator-data-source.noForm': 'Indicator No. {number} ("{indicator}") takes its data from a form, but no form is given. Give it in dataSource.form.',

    'rules.indicator-calculation-points.description': 'An indicator\'s calculation reads only control points listed in its data source.',
    'rules.indicator-calculation-points.unlisted': 'The calculation of indicator No. {number} ("{indicator}") reads {count, plural, one {control point {points}, missing from its data source. Add it} other {control points {points}, missing from its data source. Add them}} to dataSource.controlPoints: a regional system learns from this list which events to send.',

    'rules.checklist-formula-questions.description': 'A checklist formula names only questions of its own indicator.',
    'rules.checklist-formula-questions.unknown': 'The formula of indicator No. {number} ("{indicator}") names {count, plural, one {question} other {questions}} {names}, not among its questions ({questions}). Fix the formula or add the questions.',

    'rules.indicator-effective-date.description': 'An indicator takes effect while its edition of the standard is in force.',
    'rules.indicator-effective-date.beforeEdition': 'Indicator No. {number} ("{indicator}") applies from {date}, before the edition of the standard takes effect ({editionFrom}). Give a date not earlier than {editionFrom} or remove it, so the indicator applies from the edition\'s date.',
    'rules.indicator-effective-date.afterEdition': 'Indicator No. {number} ("{indicator}") takes effect on {date}, after the edition of the standard ceases to apply ({editionTo}). Check the date.',

    'rules.edition-dates-ordered.description': 'Dates of editions and acts are in order: start before end, act signed before it takes effect, a new edition after the one it supersedes.',
    'rules.edition-dates-ordered.endBeforeStart': 'The edition of standard "{standard}" applies until {to}, before it takes effect ({from}). Fix the dates.',
    'rules.edition-dates-ordered.beforeApproval': 'The edition of standard "{standard}" takes effect on {from}, before the act No. {number} that approved it was signed ({actDate}). Check the dates of the edition and of the act.',
    'rules.edition-dates-ordered.supersedesLater': 'Edition "{standard}" (from {from}) supersedes "{previous}", which took effect no earlier ({previousFrom}). A new edition must take effect after the one it supersedes.',
    'rules.edition-dates-ordered.overlap': 'The superseded edition "{previous}" applies until {previousTo}, but "{standard}" that supersedes it applies from {from}: the periods overlap. Set the earlier edition\'s effectiveTo before {from}.',
    'rules.edition-dates-ordered.actEffectiveBeforeSigned': 'Act No. {number} takes effect on {effectiveFrom}, before it was adopted ({date}). Check the act\'s dates.',
    'rules.edition-dates-ordered.actRepealedBeforeEffective': 'Act No. {number} was repealed on {repealedOn}, no later than it took effect. Check the act\'s dates.',

    'rules.legal-basis-period.description': 'The legal basis of a standard is in force on the day its edition takes effect: part 2 of article 16 of 565-ФЗ from 2024, point 8 of article 15 of 1032-1 before.',
    'rules.legal-basis-period.missing': 'The edition takes effect on {date}; standards taking effect then are issued under: {expected}. The standard\'s legal basis lacks this norm; add it to legalBasis.',
    'rules.legal-basis-period.outsidePeriod': 'The basis "{basis}" applies to editions taking effect {period}, but this edition takes effect on {date}. Cite the basis in force on that date.',
    'rules.legal-basis-period.actNotYetInForce': 'Act No. {number} takes effect on {actFrom}, after the edition of the standard ({date}), so it is not yet in force on the edition\'s date. Check the basis or the dates.',
    'rules.legal-basis-period.actRepealed': 'Act No. {number} was repealed on {repealedOn}, before the edition of the standard took effect ({date}). Cite the basis in force on that date.',
  },
};
