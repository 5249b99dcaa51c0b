import type { Catalogs } from '@tsmp/core';

export const schemaMessages: Catalogs = {
  ru: {
    'schema.description': 'вывести JSON Schema (draft 2020-12) файлов артефактов или манифеста — для подсказок редактора в YAML',
    'schema.option.target': 'что описывает схема: artifact — файлы артефактов, manifest — tsmp.yaml',
    'schema.option.outDir': 'записать artifact.json и manifest.json в папку вместо стандартного вывода',
    'schema.written': 'Схема записана: {file}',
  },
  en: {
    'schema.description': 'print the JSON Schema (draft 2020-12) of artifact files or of the manifest, for editor completion in YAML',
    'schema.option.target': 'what the schema describes: artifact — artifact files, manifest — tsmp.yaml',
    'schema.option.outDir': 'write artifact.json and manifest.json to a folder instead of standard output',
    'schema.written': 'Schema written: {file}',
  },
};
