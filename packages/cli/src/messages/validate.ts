import type { Catalogs } from '@tsmp/core';

export const validateMessages: Catalogs = {
  ru: {
    'validate.description': 'проверить репозиторий модели (папку с tsmp.yaml) или отдельный файл артефакта: структура по схеме и смысловые правила',
    'validate.argument.path': 'папка репозитория модели или файл артефакта',
    'validate.option.baseline': 'файл принятых замечаний: они не показываются и не влияют на код выхода',
    'validate.option.writeBaseline': 'записать все текущие замечания в файл принятых замечаний',
    'validate.option.rule': 'уровень правила: идентификатор=уровень (error, warning, info, hint, off); можно повторять',
    'validate.baselineWritten': 'Записан файл принятых замечаний {file}: {count, plural, one {# замечание} few {# замечания} many {# замечаний} other {# замечания}}.',
    'validate.suppressed': 'Скрыто принятых замечаний из базового списка: {count}.',
    'validate.error.ruleOption': 'Параметр --rule «{value}» записан неверно. Пишите идентификатор=уровень, уровень — один из: {levels}. Пример: --rule unique-ids=warning.',
    'rules.description': 'перечислить правила проверки: идентификатор, уровень по умолчанию, что проверяет',
    'rules.header.id': 'Правило',
    'rules.header.level': 'Уровень',
    'rules.header.description': 'Что проверяет',
  },
  en: {
    'validate.description': 'check a model repository (a folder with tsmp.yaml) or one artifact file: structure by the schema and semantic rules',
    'validate.argument.path': 'folder of a model repository or an artifact file',
    'validate.option.baseline': 'baseline file of accepted findings: they are not shown and do not affect the exit code',
    'validate.option.writeBaseline': 'write all current findings to a baseline file',
    'validate.option.rule': 'level of a rule: id=level (error, warning, info, hint, off); may be repeated',
    'validate.baselineWritten': 'Baseline file {file} written: {count, plural, one {# finding} other {# findings}}.',
    'validate.suppressed': 'Accepted findings hidden by the baseline: {count}.',
    'validate.error.ruleOption': 'Option --rule "{value}" is malformed. Write id=level with a level among: {levels}. Example: --rule unique-ids=warning.',
    'rules.description': 'list the validation rules: id, default level, what each checks',
    'rules.header.id': 'Rule',
    'rules.header.level': 'Level',
    'rules.header.description': 'What it checks',
  },
};
