import type { Catalogs } from '@tsmp/core';

/** Help and notices of `tsmp export`. */
export const exportCommandMessages: Catalogs = {
  ru: {
    'exportCmd.description': 'выгрузить документ в официальном виде: стандарт, технологическую карту, сравнительную таблицу или отчёт о показателях (DOCX, PDF, HTML, Markdown)',
    'exportCmd.argument.repo': 'папка репозитория модели (для сравнительной таблицы — с новой редакцией)',
    'exportCmd.option.doc': 'документ: standard:<id>, tech-card:<id>, comparison:<id> (с --base) или indicator-report:<файл.json>',
    'exportCmd.option.format': 'формат: docx, pdf, html или md',
    'exportCmd.option.pdfa': 'PDF в формате PDF/A-2b для архивного хранения',
    'exportCmd.option.base': 'папка или файл прежней редакции для сравнительной таблицы',
    'exportCmd.progress': 'Экспорт: {percent} %',
    'exportCmd.written': 'Записан файл {file} ({size} КБ).',
    'exportCmd.error.binaryToTerminal': 'Формат {format} двоичный и не выводится в терминал: укажите файл параметром --out.',
    'exportCmd.error.readReport': 'Не удалось прочитать файл {file}: {detail}.',
    'exportCmd.error.missingId': 'В «{value}» нет идентификатора документа: укажите его после двоеточия, например {kind}:social-adaptation.',
  },
  en: {
    'exportCmd.description': 'export a document in the official layout: a standard, a tech card, a comparison table or an indicator report (DOCX, PDF, HTML, Markdown)',
    'exportCmd.argument.repo': 'model repository folder (for a comparison table, the one with the new edition)',
    'exportCmd.option.doc': 'document: standard:<id>, tech-card:<id>, comparison:<id> (with --base) or indicator-report:<file.json>',
    'exportCmd.option.format': 'format: docx, pdf, html or md',
    'exportCmd.option.pdfa': 'write the PDF as PDF/A-2b for archiving',
    'exportCmd.option.base': 'folder or file of the previous edition, for a comparison table',
    'exportCmd.progress': 'Export: {percent} %',
    'exportCmd.written': 'Wrote {file} ({size} KB).',
    'exportCmd.error.binaryToTerminal': 'Format {format} is binary and is not written to a terminal: give a file with --out.',
    'exportCmd.error.readReport': 'Could not read file {file}: {detail}.',
    'exportCmd.error.missingId': '"{value}" has no document id: add it after a colon, for example {kind}:social-adaptation.',
  },
};
