import { Catalog, ProcessStandard, TechCard } from '@tsmp/schema';
import type { Artifact } from '@tsmp/schema';

const deadline = (wording: string) => ({ amount: 1, unit: 'workingDays' as const, anchor: { event: 'application.accepted' }, wording });

/**
 * Builds a small repository in memory with the hard cases of the layout: Ukrainian
 * letters, №, «», dashes, no-break spaces, a line break inside a name, a
 * character XML forbids, a long word for a narrow cell and no services.
 */
export function fixtureArtifacts(options: { operations?: number; title?: string; actions?: number } = {}): Artifact[] {
  const catalog = Catalog.parse({
    kind: 'Catalog',
    id: 'catalog',
    legalActs: [{ id: 'order-1', type: 'ministryOrder', issuer: 'Минтруд России', number: '660н', date: '2024-12-03', title: 'Об утверждении стандарта' }],
    roles: [{ id: 'specialist', name: 'Специалист, ответственный за\nпредоставление меры поддержки', level: 'territorialCentre' }],
    forms: [
      {
        id: 'form-application',
        name: 'Заявление',
        formKind: 'application',
        fields: [
          { id: 'name', name: 'Фамилия, имя, отчество (ґ, є, і, ї)', type: 'string' },
          { id: 'phone', name: 'Телефон', type: 'string', required: false },
        ],
      },
    ],
    informationSystems: [{ id: 'ecp', name: 'ЕЦП «Работа в России»', systemKind: 'ecp' }],
  });
  const standard = ProcessStandard.parse({
    kind: 'ProcessStandard',
    id: 'fixture-standard',
    title: options.title ?? 'Стандарт деятельности по осуществлению полномочия «Проверочная мера»',
    subject: { type: 'supportMeasure', name: 'Проверочная мера' },
    edition: { number: 1, status: 'inForce', approvedBy: { act: 'order-1' }, effectiveFrom: '2025-01-01' },
    legalBasis: [{ act: 'order-1' }],
    points: [
      { id: 'p1', number: '1', text: 'Настоящий Стандарт устанавливает требования — с\u00A0учётом №\u00A0565-ФЗ.' },
      { id: 'p2', number: '2', text: 'Текст со знаком\u0001, который XML не допускает.' },
    ],
    generalProvisions: {
      recipients: [{ id: 'r1', name: 'Граждане, ищущие работу' }, { id: 'r2', name: 'Безработные граждане' }],
      provisionForms: [{ channel: 'ecp' }, { channel: 'inPerson' }],
      performers: ['specialist'],
    },
    order: { results: [{ id: 'res', name: 'Заключение о предоставлении меры поддержки' }] },
    procedures: [
      { id: 'P-1', number: 1, name: 'Приём заявления', composition: ['Регистрация заявления', 'Межведомственный запрос'], deadline: deadline('в день поступления заявления'), performers: ['specialist'], result: 'Заявление принято' },
      { id: 'P-2', number: 2, name: 'Формирование заключения', deadline: deadline('не позднее следующего рабочего дня'), performers: ['specialist'], result: 'Заключение направлено', after: ['P-1'] },
    ],
    indicators: [
      {
        id: 'ind-1',
        number: '1',
        name: 'Доля граждан, трудоустроенных в течение 14 дней',
        unit: 'percent',
        dataSource: { kind: 'ecp', description: 'Сведения, формируемые на единой цифровой платформе' },
        method: { wording: 'Отношение численности трудоустроенных к общей численности, умноженное на 100', formula: 'ЧТ / ЧП × 100', calculation: { kind: 'share', numerator: {}, denominator: {} } },
        direction: 'higherIsBetter',
        effectiveFrom: '2026-01-01',
      },
    ],
    annexes: [{ number: '1', title: 'Форма заявления', annexKind: 'form', form: 'form-application' }],
  });
  const count = options.operations ?? 3;
  const card = TechCard.parse({
    kind: 'TechCard',
    id: 'fixture-card',
    title: 'Технологическая карта проверочной меры',
    standard: 'fixture-standard',
    controlPoints: [{ id: 'cp-1', name: 'Заявление зарегистрировано', event: 'application.registered' }],
    operations: Array.from({ length: count }, (_, index) => ({
      id: `OP-${index + 1}`,
      number: `${index < count / 2 ? 1 : 2}.${index + 1}`,
      name: `Операция ${index + 1}: межведомственного взаимодействия`,
      procedure: index < count / 2 ? 'P-1' : 'P-2',
      performer: 'specialist',
      trigger: 'Поступление заявления',
      actions: options.actions ? Array.from({ length: options.actions }, (_, step) => `Действие ${step + 1} проверки сведений о гражданине`) : ['Проверить сведения', 'Зарегистрировать заявление'],
      result: 'Заявление зарегистрировано',
      deadline: deadline('в день поступления'),
      forms: ['form-application'],
      informationSystem: 'ecp',
      controlPoint: 'cp-1',
    })),
  });
  return [catalog, standard, card];
}
