import type { Catalogs } from '@tsmp/core';

/** Texts of regional mapping checks and templates. */
export const mappingMessages: Catalogs = {
  ru: {
    'mapping.wrongKind': 'Файл содержит артефакт вида {kind}, а не RegionalMapping. Укажите файл сопоставления контрольных точек.',
    'mapping.standardMismatch': 'Сопоставление составлено для стандарта «{declared}», а проверяется по стандарту «{standard}». Укажите в поле standard стандарт, который реализует система.',
    'mapping.editionChanged':
      'Сопоставление составлено по редакции {declared}, проверяется по редакции {edition}. Замечания ниже показывают строки, которые нужно изменить; после правки укажите edition: {edition}.',
    'mapping.unknownControlPoint': 'Контрольной точки «{controlPoint}» нет в редакции {edition} стандарта {standard}. Удалите это сопоставление или укажите действующую точку.',
    'mapping.duplicateControlPoint': 'Контрольная точка «{controlPoint}» сопоставлена повторно. Оставьте одно сопоставление.',
    'mapping.duplicateEvent': 'Событие «{event}» уже сопоставлено контрольной точке «{other}» и не может реализовать также «{controlPoint}». Укажите отдельное событие.',
    'mapping.requiredUnmapped': 'Обязательная контрольная точка «{controlPoint}» ({name}, событие {event}) не сопоставлена. Добавьте в список mappings событие системы, которое её реализует.',
    'mapping.optionalUnmapped': 'Необязательная контрольная точка «{controlPoint}» ({name}) не сопоставлена.',
    'mapping.unknownField': 'У контрольной точки «{controlPoint}» нет сведения «{field}». Сведения точки: {known}.',
    'mapping.duplicateField': 'Сведение «{field}» контрольной точки «{controlPoint}» сопоставлено повторно. Оставьте одно.',
    'mapping.fieldTypeMismatch': 'Сведение «{field}» контрольной точки «{controlPoint}» имеет тип {expected}, а поле системы — {actual}. Приведите тип поля к {expected}.',
    'mapping.requiredFieldUnmapped': 'Обязательное сведение «{field}» ({name}, тип {type}) контрольной точки «{controlPoint}» не сопоставлено полю системы. Добавьте его в fields.',
    'mapping.coverage':
      'Покрытие стандарта {standard} (редакция {edition}): {mapped} из {total} контрольных точек ({percent} %), обязательных — {requiredMapped} из {required}.',
    'mapping.templateWritten': 'Шаблон сопоставления записан в {file}: {count, plural, one {# контрольная точка} few {# контрольные точки} many {# контрольных точек} other {# контрольной точки}}.',
    'mapping.template.header': 'Сопоставление контрольных точек стандарта «{title}» (редакция {edition})\nсобытиям системы «{system}».',
    'mapping.template.howTo':
      'Когда система начнёт передавать событие точки, раскомментируйте её блок и заполните\nкод события (event) и поля системы (source). Проверка: tsmp mapping check ФАЙЛ --repo ПАПКА.',
    'mapping.template.requiredPoint': '{name} — обязательная; событие {event}; операция {operation}; срок: {deadline}',
    'mapping.template.optionalPoint': '{name} — необязательная; событие {event}; операция {operation}; срок: {deadline}',
    'mapping.template.eventHint': 'код события в системе',
    'mapping.template.requiredField': '{name}, обязательное',
    'mapping.template.optionalField': '{name}, необязательное',
  },
  en: {
    'mapping.wrongKind': 'The file contains an artifact of kind {kind}, not RegionalMapping. Name a control-point mapping file.',
    'mapping.standardMismatch': 'The mapping was written for standard "{declared}" but is checked against "{standard}". Name the standard the system implements in the standard field.',
    'mapping.editionChanged':
      'The mapping was written for edition {declared} and is checked against edition {edition}. The findings below show the lines to change; then set edition: {edition}.',
    'mapping.unknownControlPoint': 'Control point "{controlPoint}" is not in edition {edition} of standard {standard}. Remove this mapping or name a current point.',
    'mapping.duplicateControlPoint': 'Control point "{controlPoint}" is mapped again. Keep one mapping.',
    'mapping.duplicateEvent': 'Event "{event}" already realises control point "{other}" and cannot realise "{controlPoint}" too. Use a separate event.',
    'mapping.requiredUnmapped': 'Required control point "{controlPoint}" ({name}, event {event}) is not mapped. Add the system event that realises it to mappings.',
    'mapping.optionalUnmapped': 'Optional control point "{controlPoint}" ({name}) is not mapped.',
    'mapping.unknownField': 'Control point "{controlPoint}" has no data field "{field}". Its fields: {known}.',
    'mapping.duplicateField': 'Field "{field}" of control point "{controlPoint}" is mapped again. Keep one.',
    'mapping.fieldTypeMismatch': 'Field "{field}" of control point "{controlPoint}" has type {expected}, but the system field has {actual}. Change the field type to {expected}.',
    'mapping.requiredFieldUnmapped': 'Required field "{field}" ({name}, type {type}) of control point "{controlPoint}" is not mapped to a system field. Add it to fields.',
    'mapping.coverage': 'Coverage of standard {standard} (edition {edition}): {mapped} of {total} control points ({percent} %), required: {requiredMapped} of {required}.',
    'mapping.templateWritten': 'Mapping template written to {file}: {count, plural, one {# control point} other {# control points}}.',
    'mapping.template.header': 'Mapping of the control points of standard "{title}" (edition {edition})\nto the events of system "{system}".',
    'mapping.template.howTo':
      'When the system starts sending a point\'s event, uncomment its block and fill in\nthe event code (event) and the system fields (source). Check: tsmp mapping check FILE --repo FOLDER.',
    'mapping.template.requiredPoint': '{name} — required; event {event}; operation {operation}; deadline: {deadline}',
    'mapping.template.optionalPoint': '{name} — optional; event {event}; operation {operation}; deadline: {deadline}',
    'mapping.template.eventHint': 'event code in the system',
    'mapping.template.requiredField': '{name}, required',
    'mapping.template.optionalField': '{name}, optional',
  },
};
