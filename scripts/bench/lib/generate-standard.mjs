// Builds one long process standard with its catalogue in memory, deterministic
// for a given number of procedures: the input of the export benchmark.
const deadline = (wording) => ({ amount: 1, unit: 'workingDays', anchor: { event: 'application.registered' }, wording });

const SENTENCE =
  'Специалист центра занятости населения проверяет сведения о гражданине, размещённые на единой цифровой платформе «Работа в России», и при необходимости направляет межведомственный запрос.';

export function generateStandard(procedures) {
  const catalog = {
    kind: 'Catalog',
    id: 'catalog',
    legalActs: [{ id: 'order-bench', type: 'ministryOrder', issuer: 'Минтруд России', number: '1н', date: '2024-10-01', title: 'Об утверждении стандарта (для замера)' }],
    roles: [{ id: 'specialist', name: 'Специалист, ответственный за предоставление меры поддержки', level: 'territorialCentre' }],
    forms: [{ id: 'application', name: 'Заявление', formKind: 'application', fields: [{ id: 'name', name: 'Фамилия, имя, отчество', type: 'string' }] }],
  };
  const standard = {
    kind: 'ProcessStandard',
    id: 'bench-standard',
    title: 'Стандарт деятельности по осуществлению полномочия в сфере занятости населения (для замера)',
    subject: { type: 'supportMeasure', name: 'Мера поддержки для замера' },
    edition: { number: 1, status: 'inForce', approvedBy: { act: 'order-bench' }, effectiveFrom: '2025-01-01' },
    legalBasis: [{ act: 'order-bench' }],
    points: [{ id: 'p1', number: '1', text: `Настоящий Стандарт устанавливает требования к порядку осуществления полномочия. ${SENTENCE}` }],
    generalProvisions: { recipients: [{ id: 'r1', name: 'Безработные граждане' }], provisionForms: [{ channel: 'ecp' }, { channel: 'inPerson' }], performers: ['specialist'] },
    order: { results: [{ id: 'res', name: 'Заключение о предоставлении меры поддержки' }] },
    procedures: Array.from({ length: procedures }, (_, index) => ({
      id: `P-${index + 1}`,
      number: index + 1,
      name: `Процедура ${index + 1}: рассмотрение сведений и принятие решения по заявлению гражданина`,
      composition: [SENTENCE, 'Регистрация результата на единой цифровой платформе.', 'Уведомление гражданина через личный кабинет.'],
      deadline: deadline('не позднее следующего рабочего дня после регистрации заявления'),
      performers: ['specialist'],
      result: 'Решение принято и зарегистрировано на единой цифровой платформе',
    })),
    indicators: Array.from({ length: 20 }, (_, index) => ({
      id: `ind-${index + 1}`,
      number: String(index + 1),
      name: `Доля граждан, получивших меру поддержки в установленный срок (показатель ${index + 1})`,
      unit: 'percent',
      dataSource: { kind: 'ecp', description: 'Сведения, формируемые на единой цифровой платформе «Работа в России»' },
      method: { wording: 'Отношение численности граждан, получивших меру поддержки в срок, к общей численности, умноженное на 100', calculation: { kind: 'share', numerator: {}, denominator: {} } },
      direction: 'higherIsBetter',
    })),
    annexes: [{ number: '1', title: 'Форма заявления', annexKind: 'form', form: 'application' }],
  };
  return { catalog, standard };
}
