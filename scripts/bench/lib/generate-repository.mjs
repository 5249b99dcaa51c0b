// Writes a model repository at the scale of the real system: 25 standards,
// 200 tech cards and 10,000 operations, deterministic for a given size.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';

const deadline = (amount, unit, wording) => ({ amount, unit, anchor: { event: 'application.registered', wording: 'со дня регистрации заявления' }, wording });

function catalog() {
  return {
    kind: 'Catalog',
    id: 'catalog',
    legalActs: [
      { id: 'fz-565', type: 'federalLaw', issuer: 'Государственная Дума', number: '565-ФЗ', date: '2023-12-12', title: 'О занятости населения в Российской Федерации', effectiveFrom: '2024-01-01' },
      { id: 'order-bench', type: 'ministryOrder', issuer: 'Минтруд России', number: '1н', date: '2024-10-01', title: 'Об утверждении стандартов (для замера)' },
    ],
    roles: [
      { id: 'specialist', name: 'Специалист, ответственный за предоставление меры', level: 'territorialCentre' },
      { id: 'head', name: 'Руководитель центра занятости', level: 'territorialCentre' },
      { id: 'ecp', name: 'ЕЦП «Работа в России»', level: 'ecp' },
    ],
    forms: [
      { id: 'application', name: 'Заявление', formKind: 'application' },
      { id: 'conclusion', name: 'Заключение', formKind: 'conclusion' },
    ],
    informationSystems: [{ id: 'ecp-system', name: 'ЕЦП «Работа в России»', systemKind: 'ecp' }],
  };
}

function standard(s, proceduresPerStandard) {
  const procedures = Array.from({ length: proceduresPerStandard }, (_, p) => ({
    id: `S${s}-P${p + 1}`,
    number: p + 1,
    name: `Процедура ${p + 1} стандарта ${s}`,
    composition: ['Приём сведений', 'Проверка сведений', 'Фиксация результата на ЕЦП'],
    after: p === 0 ? [] : [`S${s}-P${p}`],
    deadline: deadline(10, 'workingDays', 'не позднее 10 рабочих дней'),
    performers: ['specialist'],
    result: 'Результат процедуры зафиксирован на ЕЦП',
  }));
  return {
    kind: 'ProcessStandard',
    id: `S${s}`,
    title: `Стандарт деятельности по осуществлению полномочия № ${s} (замер)`,
    subject: { type: 'supportMeasure', name: `Мера государственной поддержки № ${s}` },
    edition: { number: 1, status: 'inForce', approvedBy: { act: 'order-bench' }, effectiveFrom: '2025-03-01' },
    legalBasis: [{ act: 'fz-565', article: '16', part: '2' }],
    generalProvisions: { recipients: [{ id: `S${s}-R1`, name: 'Граждане, ищущие работу' }], provisionForms: [{ channel: 'ecp' }, { channel: 'inPerson' }], performers: ['specialist'] },
    order: { requiredItems: [{ id: `S${s}-D1`, name: 'Заявление', itemKind: 'document', origin: 'applicant', form: 'application' }], results: [{ id: `S${s}-RES`, name: 'Заключение', form: 'conclusion' }] },
    procedures,
    indicators: [],
  };
}

function techCard(s, c, operationsPerCard, proceduresPerStandard) {
  const controlPoints = [];
  const operations = Array.from({ length: operationsPerCard }, (_, o) => {
    const cp = `S${s}-C${c}-CP${o + 1}`;
    controlPoints.push({ id: cp, name: `Точка ${o + 1}`, event: `bench.s${s}.c${c}.o${o + 1}`, data: [{ id: 'caseId', name: 'Номер дела', type: 'string' }, { id: 'at', name: 'Момент', type: 'dateTime' }] });
    return {
      id: `S${s}-C${c}-OP${o + 1}`,
      number: `${Math.floor(o / 10) + 1}.${(o % 10) + 1}`,
      name: `Операция ${o + 1} карты ${c} стандарта ${s}`,
      procedure: `S${s}-P${Math.floor((o * proceduresPerStandard) / operationsPerCard) + 1}`,
      performer: o % 3 === 0 ? 'ecp' : 'specialist',
      trigger: 'Поступление сведений на ЕЦП',
      actions: ['Проверить сведения', 'Зафиксировать результат'],
      result: 'Сведения зафиксированы',
      deadline: deadline(1, 'workingDays', 'не позднее следующего рабочего дня'),
      forms: ['application'],
      informationSystem: 'ecp-system',
      controlPoint: cp,
    };
  });
  return { kind: 'TechCard', id: `S${s}-C${c}`, title: `Технологическая карта ${c} стандарта ${s}`, standard: `S${s}`, edition: 1, controlPoints, operations };
}

/** Generates the repository into `folder`, replacing what was there, and returns its size. */
export function generateRepository(folder, { standards = 25, cardsPerStandard = 8, operationsPerCard = 50, proceduresPerStandard = 8 } = {}) {
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(join(folder, 'standards'), { recursive: true });
  mkdirSync(join(folder, 'cards'), { recursive: true });
  writeFileSync(join(folder, 'tsmp.yaml'), stringify({ tsmp: 1, name: 'Замер: репозиторий в масштабе реальной системы' }));
  writeFileSync(join(folder, 'catalog.yaml'), stringify(catalog()));
  for (let s = 1; s <= standards; s += 1) {
    writeFileSync(join(folder, 'standards', `S${s}.yaml`), stringify(standard(s, proceduresPerStandard)));
    for (let c = 1; c <= cardsPerStandard; c += 1) {
      writeFileSync(join(folder, 'cards', `S${s}-C${c}.yaml`), stringify(techCard(s, c, operationsPerCard, proceduresPerStandard)));
    }
  }
  return { standards, techCards: standards * cardsPerStandard, operations: standards * cardsPerStandard * operationsPerCard };
}
