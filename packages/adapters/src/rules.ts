import type { Catalogs, RuleDescriptor, Severity } from '@tsmp/core';

type RuleRow = readonly [id: string, severity: Severity, ru: string, en: string];

/** Rules of @tsmp/adapters with their default severity and a one-line description in both languages. */
const ROWS: readonly RuleRow[] = [
  ['xml-not-well-formed', 'error', 'Файл не является правильно построенным XML.', 'The file is not well-formed XML.'],
  ['xml-doctype-refused', 'error', 'Объявление DOCTYPE отклонено: tsmp не читает DTD и сущности.', 'A DOCTYPE declaration is rejected: tsmp reads no DTD or entities.'],
  ['xml-encoding-unsupported', 'error', 'Кодировка из объявления XML не поддерживается.', 'The encoding named in the XML declaration is not supported.'],
  ['xml-encoding-invalid', 'error', 'Байты файла не соответствуют объявленной кодировке.', 'The bytes of the file do not match the declared encoding.'],
  ['bpmn-not-bpmn', 'error', 'Корневой элемент файла не definitions из пространства имён BPMN 2.0.', 'The root element is not definitions of the BPMN 2.0 namespace.'],
  ['bpmn-import-failed', 'error', 'bpmn-moddle не смог прочитать модель.', 'bpmn-moddle could not read the model.'],
  ['bpmn-import-warning', 'warning', 'Часть файла BPMN пропущена при чтении.', 'Part of the BPMN file was skipped while reading.'],
  ['bpmn-unresolved-reference', 'warning', 'Ссылка на несуществующий элемент BPMN.', 'A reference to a missing BPMN element.'],
  ['bpmn-duplicate-id', 'error', 'Идентификатор элемента BPMN определён дважды.', 'A BPMN element id is defined twice.'],
  ['bpmnlint-rule-error', 'warning', 'Правило bpmnlint завершилось с ошибкой.', 'A bpmnlint rule failed.'],
  ['bpmn-operation-without-task', 'error', 'У операции технологической карты нет задачи в модели BPMN.', 'A tech card operation has no task in the BPMN model.'],
  ['bpmn-task-without-operation', 'error', 'Задача модели BPMN не связана с операцией карты.', 'A BPMN task is not linked to an operation of the card.'],
  ['bpmn-task-unknown-operation', 'error', 'Задача ссылается на операцию, которой нет в карте.', 'A task links an operation the card does not have.'],
  ['bpmn-duplicate-operation-link', 'warning', 'Две задачи ссылаются на одну операцию.', 'Two tasks link the same operation.'],
  ['bpmn-lane-role-mismatch', 'error', 'Дорожка задачи не соответствует исполнителю операции.', 'The lane of a task is not the performer of its operation.'],
  ['bpmn-timer-deadline-mismatch', 'error', 'Таймер задачи не совпадает со сроком операции.', 'The timer of a task differs from the operation deadline.'],
  ['bpmn-timer-unreadable', 'warning', 'Таймер задан не длительностью ISO 8601 в минутах, часах или днях.', 'A timer is not an ISO 8601 duration in minutes, hours or days.'],
  ['bpmn-control-point-missing', 'error', 'Контрольная точка карты не отмечена в модели BPMN.', 'A control point of the card is not marked in the BPMN model.'],
  ['bpmn-control-point-off-path', 'error', 'Контрольная точка не лежит на пути от начала к концу процесса.', 'A control point is not on a path from start to end.'],
  ['bpmn-control-point-unknown', 'error', 'Модель отмечает контрольную точку, которой нет в карте.', 'The model marks a control point the card does not have.'],
  ['ecp-catalog-invalid', 'error', 'Каталог контрольных точек не соответствует схеме.', 'The control-point catalogue does not match its schema.'],
  ['mapping-wrong-kind', 'error', 'Файл не является сопоставлением контрольных точек.', 'The file is not a control-point mapping.'],
  ['mapping-standard-mismatch', 'error', 'Сопоставление составлено для другого стандарта.', 'The mapping was written for another standard.'],
  ['mapping-edition-changed', 'info', 'Сопоставление проверяется по другой редакции стандарта.', 'The mapping is checked against another edition.'],
  ['mapping-unknown-control-point', 'error', 'Контрольной точки нет в редакции стандарта.', 'The control point is not in the standard edition.'],
  ['mapping-duplicate-control-point', 'error', 'Контрольная точка сопоставлена дважды.', 'A control point is mapped twice.'],
  ['mapping-duplicate-event', 'warning', 'Одно событие системы сопоставлено двум контрольным точкам.', 'One system event is mapped to two control points.'],
  ['mapping-required-unmapped', 'error', 'Обязательная контрольная точка не сопоставлена.', 'A required control point is not mapped.'],
  ['mapping-optional-unmapped', 'info', 'Необязательная контрольная точка не сопоставлена.', 'An optional control point is not mapped.'],
  ['mapping-unknown-field', 'error', 'У контрольной точки нет такого сведения.', 'The control point has no such field.'],
  ['mapping-duplicate-field', 'error', 'Сведение контрольной точки сопоставлено дважды.', 'A field of a control point is mapped twice.'],
  ['mapping-field-type-mismatch', 'error', 'Тип поля системы не совпадает с типом сведения.', 'The system field type differs from the field type.'],
  ['mapping-required-field-unmapped', 'error', 'Обязательное сведение контрольной точки не сопоставлено.', 'A required field of a control point is not mapped.'],
];

/** Rule descriptors for SARIF output and rule listings. bpmnlint rules are described by their bpmnlint name. */
export const ADAPTERS_RULES: readonly RuleDescriptor[] = ROWS.map(([id, defaultSeverity]) => ({ id, defaultSeverity, descriptionId: `adapters.rule.${id}` }));

/** Descriptions of the adapters rules. */
export const ruleMessages: Catalogs = {
  ru: Object.fromEntries(ROWS.map(([id, , ru]) => [`adapters.rule.${id}`, ru])),
  en: Object.fromEntries(ROWS.map(([id, , , en]) => [`adapters.rule.${id}`, en])),
};
