import type { Catalogs } from '../i18n/types.js';

/** Messages of validation runs: baseline files. */
export const validateMessages: Catalogs = {
  ru: {
    'validate.baseline.notFound': 'Файл принятых замечаний {file} не найден. Создайте его: tsmp validate --write-baseline {file}.',
    'validate.baseline.unreadable': 'Не удалось прочитать файл принятых замечаний {file}: {detail}. Проверьте права доступа.',
    'validate.baseline.notJson': 'Файл принятых замечаний {file} — не JSON: {detail}. Создайте его заново: tsmp validate --write-baseline {file}.',
    'validate.baseline.invalid': 'Файл {file} — не файл принятых замечаний tsmp версии {version}: нет полей «version» и «findings». Создайте его заново: tsmp validate --write-baseline {file}.',
    'validate.baseline.invalidEntry': 'В файле принятых замечаний {file} запись № {index} неполна: нужны «fingerprint», «ruleId» и «messageId». Создайте файл заново: tsmp validate --write-baseline {file}.',
  },
  en: {
    'validate.baseline.notFound': 'Baseline file {file} not found. Create it with: tsmp validate --write-baseline {file}.',
    'validate.baseline.unreadable': 'Could not read baseline file {file}: {detail}. Check the permissions.',
    'validate.baseline.notJson': 'Baseline file {file} is not JSON: {detail}. Create it again with: tsmp validate --write-baseline {file}.',
    'validate.baseline.invalid': 'File {file} is not a tsmp baseline of version {version}: it lacks "version" and "findings". Create it again with: tsmp validate --write-baseline {file}.',
    'validate.baseline.invalidEntry': 'Entry No. {index} of baseline file {file} is incomplete: it needs "fingerprint", "ruleId" and "messageId". Create the file again with: tsmp validate --write-baseline {file}.',
  },
};
