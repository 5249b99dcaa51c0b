import type { Catalogs } from '@tsmp/core';

type RuleTexts = Readonly<Record<string, readonly [ru: string, en: string]>>;

/**
 * Russian and English texts of bpmnlint's recommended rules (bpmnlint
 * 11.15.0). Each keeps bpmnlint's own English report as `{detail}`, because
 * several rules report more than one kind of problem.
 */
const RULES: RuleTexts = {
  'ad-hoc-sub-process': ['В произвольном подпроцессе {element} не допускаются начальные и конечные события', 'Ad-hoc subprocess {element} must not contain start or end events'],
  'conditional-flows': ['У потока {element} нет условия, хотя он выходит из ветвления', 'Sequence flow {element} has no condition although it leaves a split'],
  'end-event-required': ['В процессе или подпроцессе {element} нет конечного события', 'Process or subprocess {element} has no end event'],
  'event-based-gateway': ['Шлюз по событиям {element} построен неверно', 'Event-based gateway {element} is built wrongly'],
  'event-sub-process-typed-start-event': ['Начальное событие {element} событийного подпроцесса должно иметь тип', 'Start event {element} of an event subprocess must have a type'],
  'fake-join': ['Входящие потоки элемента {element} не объединяются шлюзом', 'Incoming flows of {element} are not joined by a gateway'],
  global: ['Глобальный элемент {element} без имени, не используется или имя не уникально', 'Global element {element} has no name, is unused or its name is not unique'],
  'label-required': ['У элемента {element} нет подписи (name)', 'Element {element} has no label (name)'],
  'link-event': ['Событие-ссылка {element} не имеет пары или имени', 'Link event {element} has no pair or no name'],
  'no-bpmndi': ['Элемент {element} не нарисован на диаграмме (нет BPMNDI)', 'Element {element} is not drawn in the diagram (no BPMNDI)'],
  'no-complex-gateway': ['Сложный шлюз {element} не рекомендуется', 'Complex gateway {element} is discouraged'],
  'no-disconnected': ['Элемент {element} не связан с другими потоками', 'Element {element} is not connected by flows'],
  'no-duplicate-sequence-flows': ['Поток {element} повторяет другой поток', 'Flow {element} duplicates another flow'],
  'no-gateway-join-fork': ['Шлюз {element} одновременно объединяет и разветвляет потоки', 'Gateway {element} both joins and forks'],
  'no-implicit-split': ['Из элемента {element} выходят несколько потоков без шлюза', 'Element {element} splits into several flows without a gateway'],
  'no-implicit-end': ['Элемент {element} завершает процесс без конечного события', 'Element {element} ends the process without an end event'],
  'no-implicit-start': ['Элемент {element} начинает процесс без начального события', 'Element {element} starts the process without a start event'],
  'no-inclusive-gateway': ['Включающий шлюз {element} не рекомендуется', 'Inclusive gateway {element} is discouraged'],
  'no-overlapping-elements': ['Элемент {element} на диаграмме перекрывает другой или выходит за границы', 'Element {element} overlaps another or lies outside its parent in the diagram'],
  'single-blank-start-event': ['В {element} несколько пустых начальных событий', '{element} has several blank start events'],
  'single-event-definition': ['У события {element} несколько определений', 'Event {element} has several event definitions'],
  'start-event-required': ['В процессе или подпроцессе {element} нет начального события', 'Process or subprocess {element} has no start event'],
  'sub-process-blank-start-event': ['Начальное событие {element} подпроцесса должно быть пустым', 'Start event {element} of a subprocess must be blank'],
  'superfluous-gateway': ['Шлюз {element} лишний: у него один вход и один выход', 'Gateway {element} is superfluous: it has one incoming and one outgoing flow'],
  'superfluous-label': ['Подпись потока {element} лишняя', 'Label of flow {element} is superfluous'],
  'superfluous-termination': ['Завершающее событие {element} лишнее', 'Terminate event {element} is superfluous'],
};

/** Names of the bpmnlint rules that have their own tsmp message. */
export const LINT_RULE_MESSAGES: ReadonlySet<string> = new Set(Object.keys(RULES));

function catalog(index: 0 | 1, detailLabel: string, open: string, close: string): Record<string, string> {
  const texts: Record<string, string> = {};
  for (const [rule, pair] of Object.entries(RULES)) texts[`bpmn.lint.${rule}`] = `${pair[index]} (bpmnlint ${detailLabel}: {rule}, ${open}{detail}${close}).`;
  return texts;
}

/** Texts of the BPMN hygiene findings mapped from bpmnlint. */
export const lintMessages: Catalogs = {
  ru: {
    ...catalog(0, 'правило', '«', '»'),
    'bpmn.lint.other': 'Элемент {element}: замечание правила bpmnlint {rule}: «{detail}».',
    'bpmn.lint.ruleError': 'Правило bpmnlint {rule} завершилось с ошибкой и пропущено: {detail}.',
  },
  en: {
    ...catalog(1, 'rule', '"', '"'),
    'bpmn.lint.other': 'Element {element}: bpmnlint rule {rule} reports "{detail}".',
    'bpmn.lint.ruleError': 'bpmnlint rule {rule} failed and was skipped: {detail}.',
  },
};
