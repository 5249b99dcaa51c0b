import type { Catalogs } from '@tsmp/core';

/** Messages of event ingestion, indicator computation and corridor breaches. */
export const indicatorsMessages: Catalogs = {
  ru: {
    'indicators.csv.noDelimiter':
      'В заголовке файла {file} нет разделителя столбцов («;», «,» или табуляции). Проверьте, что это CSV, или укажите delimiter в файле сопоставления.',
    'indicators.csv.ambiguousDelimiter':
      'В заголовке файла {file} встречаются разные разделители ({found}), выбрать один нельзя. Укажите delimiter в файле сопоставления.',
    'indicators.csv.unterminatedQuote':
      'Файл {file}: кавычка, открытая в строке {line}, не закрыта до конца файла. Закройте кавычку или удалите её.',
    'indicators.csv.empty': 'Файл {file} пуст: нет даже строки заголовка.',
    'indicators.xes.invalid': 'Файл {file} не является корректным XML (строка {line}): {detail}. Исправьте файл или выгрузите журнал заново.',
    'indicators.source.unknownFormat':
      'Не удалось определить формат файла {file} по расширению. Укажите format (csv, xes или jsonl) в файле сопоставления или параметр --format.',
    'indicators.source.missingColumns':
      'В файле {file} нет столбцов {columns}, которые названы в сопоставлении. Столбцы файла: {header}. Исправьте имена в файле сопоставления.',
    'indicators.mapping.notFound': 'Файл сопоставления {file} не найден. Проверьте путь.',
    'indicators.mapping.syntax': 'Файл сопоставления {file}, строка {line}: ошибка синтаксиса YAML: {detail}.',
    'indicators.mapping.invalid': 'Файл сопоставления {file}: неверное значение в «{path}»: {detail}.',
    'indicators.mapping.required':
      'Для файла {file} нужен файл сопоставления (--mapping): определить столбцы автоматически можно только для CSV.',
    'indicators.mapping.detectFailed':
      'Столбцы файла {file} не удалось сопоставить однозначно. Не найдены: {missing}. Неоднозначны: {ambiguous}. Укажите файл сопоставления (--mapping).',
    'indicators.composite.notFound': 'Файл методики интегрального показателя {file} не найден. Проверьте путь.',
    'indicators.composite.syntax': 'Файл методики интегрального показателя {file}, строка {line}: ошибка синтаксиса YAML: {detail}.',
    'indicators.composite.invalid': 'Файл методики интегрального показателя {file}: неверное значение в «{path}»: {detail}.',
    'indicators.period.invalid':
      'Неверный период «{value}». Укажите месяцы в виде ГГГГ-ММ..ГГГГ-ММ, например 2025-01..2025-06, или год, например 2025.',
    'indicators.formula.invalid': 'Неверная формула чек-листа «{formula}» (позиция {position}). Пример формулы: q1 && (q2 || !q3).',
    'indicators.row.cellCount': 'в строке {actual} ячеек, а в заголовке {expected}',
    'indicators.row.invalidJson': 'строка не является JSON: {detail}',
    'indicators.row.notObject': 'строка JSON не является объектом',
    'indicators.row.missingField': 'не заполнено поле {field}',
    'indicators.row.unknownRegion': 'неизвестный код субъекта РФ «{value}»',
    'indicators.row.invalidTimestamp': 'неверная дата и время «{value}»; ожидается ГГГГ-ММ-ДДTчч:мм[:сс][±чч:мм] или дд.мм.гггг[ чч:мм[:сс]]',
    'indicators.row.invalidEdition': 'неверный номер редакции «{value}»; ожидается целое положительное число',
    'indicators.skipped.notPublished': 'методика расчёта не опубликована, значение не вычисляется',
    'indicators.skipped.noDeadline':
      'срок не задан ни в показателе, ни в операции технологической карты, которая завершается контрольной точкой «to»',
    'indicators.corridor.red':
      'Показатель {indicator} «{name}»: {unit}, {period} — значение {value} в красной зоне (зелёная граница {green}, жёлтая {yellow}). Требуется задание на улучшение работы.',
    'indicators.corridor.yellow':
      'Показатель {indicator} «{name}»: {unit}, {period} — значение {value} в жёлтой зоне (зелёная граница {green}, жёлтая {yellow}).',
  },
  en: {
    'indicators.csv.noDelimiter':
      'The header of {file} has no column delimiter (";", "," or tab). Check that the file is CSV, or set delimiter in the mapping file.',
    'indicators.csv.ambiguousDelimiter':
      'The header of {file} contains several delimiters ({found}), so none can be chosen. Set delimiter in the mapping file.',
    'indicators.csv.unterminatedQuote':
      'File {file}: the quote opened on line {line} is not closed before the end of the file. Close or remove the quote.',
    'indicators.csv.empty': 'File {file} is empty: it has no header line.',
    'indicators.xes.invalid': 'File {file} is not valid XML (line {line}): {detail}. Fix the file or export the log again.',
    'indicators.source.unknownFormat':
      'Cannot tell the format of {file} from its extension. Set format (csv, xes or jsonl) in the mapping file or pass --format.',
    'indicators.source.missingColumns':
      'File {file} has no columns {columns}, which the mapping names. The file has: {header}. Fix the names in the mapping file.',
    'indicators.mapping.notFound': 'Mapping file {file} not found. Check the path.',
    'indicators.mapping.syntax': 'Mapping file {file}, line {line}: YAML syntax error: {detail}.',
    'indicators.mapping.invalid': 'Mapping file {file}: invalid value at "{path}": {detail}.',
    'indicators.mapping.required': 'File {file} needs a mapping file (--mapping): columns are detected automatically for CSV only.',
    'indicators.mapping.detectFailed':
      'The columns of {file} cannot be mapped unambiguously. Not found: {missing}. Ambiguous: {ambiguous}. Pass a mapping file (--mapping).',
    'indicators.composite.notFound': 'Composite index method file {file} not found. Check the path.',
    'indicators.composite.syntax': 'Composite index method file {file}, line {line}: YAML syntax error: {detail}.',
    'indicators.composite.invalid': 'Composite index method file {file}: invalid value at "{path}": {detail}.',
    'indicators.period.invalid': 'Invalid period "{value}". Give months as YYYY-MM..YYYY-MM, for example 2025-01..2025-06, or a year, for example 2025.',
    'indicators.formula.invalid': 'Invalid checklist formula "{formula}" (position {position}). Example: q1 && (q2 || !q3).',
    'indicators.row.cellCount': 'the row has {actual} cells but the header has {expected}',
    'indicators.row.invalidJson': 'the line is not JSON: {detail}',
    'indicators.row.notObject': 'the JSON line is not an object',
    'indicators.row.missingField': 'field {field} is empty',
    'indicators.row.unknownRegion': 'unknown subject code "{value}"',
    'indicators.row.invalidTimestamp': 'invalid date and time "{value}"; expected YYYY-MM-DDThh:mm[:ss][±hh:mm] or dd.mm.yyyy[ hh:mm[:ss]]',
    'indicators.row.invalidEdition': 'invalid edition number "{value}"; expected a positive whole number',
    'indicators.skipped.notPublished': 'the calculation method is not published, so no value is computed',
    'indicators.skipped.noDeadline': 'no deadline is set, neither in the indicator nor in the tech card operation that ends at the "to" control point',
    'indicators.corridor.red':
      'Indicator {indicator} "{name}": {unit}, {period}: value {value} is in the red zone (green bound {green}, yellow {yellow}). An improvement assignment is due.',
    'indicators.corridor.yellow': 'Indicator {indicator} "{name}": {unit}, {period}: value {value} is in the yellow zone (green bound {green}, yellow {yellow}).',
  },
};
