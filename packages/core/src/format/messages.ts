import type { Catalogs } from '../i18n/types.js';

/** Words of the finding formatters. */
export const formatMessages: Catalogs = {
  ru: {
    'severity.error': 'ошибка',
    'severity.warning': 'предупреждение',
    'severity.info': 'сведение',
    'severity.hint': 'подсказка',
    'format.noFindings': 'Замечаний нет.',
    'format.noFile': '(весь репозиторий)',
    'format.summary':
      '{total, plural, one {# замечание} few {# замечания} many {# замечаний} other {# замечания}}: {errors, plural, one {# ошибка} few {# ошибки} many {# ошибок} other {# ошибки}}, {warnings, plural, one {# предупреждение} few {# предупреждения} many {# предупреждений} other {# предупреждения}}, {infos, plural, one {# сведение} few {# сведения} many {# сведений} other {# сведения}}, {hints, plural, one {# подсказка} few {# подсказки} many {# подсказок} other {# подсказки}}.',
    'format.column.location': 'Место',
    'format.column.severity': 'Уровень',
    'format.column.message': 'Замечание',
    'format.column.rule': 'Правило',
  },
  en: {
    'severity.error': 'error',
    'severity.warning': 'warning',
    'severity.info': 'info',
    'severity.hint': 'hint',
    'format.noFindings': 'No findings.',
    'format.noFile': '(whole repository)',
    'format.summary':
      '{total, plural, one {# finding} other {# findings}}: {errors, plural, one {# error} other {# errors}}, {warnings, plural, one {# warning} other {# warnings}}, {infos, plural, one {# info} other {# infos}}, {hints, plural, one {# hint} other {# hints}}.',
    'format.column.location': 'Location',
    'format.column.severity': 'Level',
    'format.column.message': 'Finding',
    'format.column.rule': 'Rule',
  },
};
