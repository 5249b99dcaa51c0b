import type { Catalogs } from '@tsmp/core';

/** Texts of the ЕЦП control-point catalogue: export, import and their errors. */
export const ecpMessages: Catalogs = {
  ru: {
    'ecp.standardNotFound': 'Стандарт «{id}» не найден в репозитории. Известные стандарты: {known}.',
    'ecp.serviceNotFound': 'В стандарте {standard} нет сервиса «{id}». Сервисы стандарта: {known}.',
    'ecp.notCatalog': 'Файл не является каталогом контрольных точек: корневой элемент «{element}» из пространства имён {namespace}, а ожидается catalog из {expected}.',
    'ecp.invalid.type': 'Поле «{field}» каталога: ожидается значение типа {expected}.',
    'ecp.invalid.value': 'Поле «{field}» каталога: недопустимое значение; допустимы {allowed}.',
    'ecp.invalid.unknownKey': 'Поле «{field}» каталога: неизвестные поля {keys}.',
    'ecp.invalid.other': 'Поле «{field}» каталога не соответствует схеме (проверка {code}).',
    'ecp.summary': 'Каталог стандарта {standard}, редакция {edition}: {count, plural, one {# контрольная точка} few {# контрольные точки} many {# контрольных точек} other {# контрольной точки}}.',
  },
  en: {
    'ecp.standardNotFound': 'Standard "{id}" is not in the repository. Known standards: {known}.',
    'ecp.serviceNotFound': 'Standard {standard} has no service "{id}". Its services: {known}.',
    'ecp.notCatalog': 'The file is not a control-point catalogue: the root element "{element}" is in namespace {namespace}, but catalog from {expected} is expected.',
    'ecp.invalid.type': 'Catalogue field "{field}": a value of type {expected} is expected.',
    'ecp.invalid.value': 'Catalogue field "{field}": invalid value; allowed are {allowed}.',
    'ecp.invalid.unknownKey': 'Catalogue field "{field}": unknown fields {keys}.',
    'ecp.invalid.other': 'Catalogue field "{field}" does not match the schema (check {code}).',
    'ecp.summary': 'Catalogue of standard {standard}, edition {edition}: {count, plural, one {# control point} other {# control points}}.',
  },
};
