import type { Catalogs } from '@tsmp/core';

/** Texts of XML reading: encodings, well-formedness, refused DOCTYPE. */
export const xmlMessages: Catalogs = {
  ru: {
    'xml.notWellFormed': 'Файл не является правильно построенным XML: {cause}. Сообщение разборщика: «{detail}».',
    'xml.doctypeRefused':
      'В файле есть объявление DOCTYPE. tsmp не читает DTD, чтобы объявления сущностей не могли раздуть документ или подгрузить внешние файлы; удалите DOCTYPE и замените ссылки на сущности их текстом.',
    'xml.encodingUnsupported':
      'Кодировка «{encoding}» из объявления XML не поддерживается; файл прочитан как UTF-8. Сохраните файл в UTF-8, windows-1251, windows-1252 или ISO-8859-1.',
    'xml.encodingInvalid':
      'Здесь байт, недопустимый в кодировке {encoding}: файл, вероятно, сохранён в другой кодировке (windows-1251 или ISO-8859-1). Укажите её в объявлении XML или пересохраните файл в UTF-8.',
    'xml.cause.mismatchedTag': 'закрывающий тег не соответствует открытому (пропущен или лишний тег)',
    'xml.cause.unboundPrefix': 'префикс пространства имён не объявлен атрибутом xmlns',
    'xml.cause.undefinedEntity': 'неизвестная ссылка на сущность; знак «&» в тексте записывается как «&amp;»',
    'xml.cause.bareAmpersand': 'знак «&» не начинает ссылку на сущность; в тексте он записывается как «&amp;»',
    'xml.cause.invalidCharacter': 'символ, недопустимый в XML',
    'xml.cause.outsideRoot': 'текст или второй корневой элемент вне корневого элемента',
    'xml.cause.truncated': 'файл обрывается до конца документа (пустой или обрезанный файл)',
    'xml.cause.duplicateAttribute': 'атрибут повторяется в одном элементе',
    'xml.cause.attributeSyntax': 'ошибка записи атрибута (нет кавычек, значения или пробела)',
    'xml.cause.wrongEncoding': 'байты файла не соответствуют объявленной кодировке',
    'xml.cause.other': 'ошибка синтаксиса XML',
  },
  en: {
    'xml.notWellFormed': 'The file is not well-formed XML: {cause}. Parser message: "{detail}".',
    'xml.doctypeRefused':
      'The file declares a DOCTYPE. tsmp reads no DTD, so that entity declarations can neither blow the document up nor load external files; remove the DOCTYPE and replace entity references with their text.',
    'xml.encodingUnsupported':
      'The encoding "{encoding}" named in the XML declaration is not supported; the file was read as UTF-8. Save the file in UTF-8, windows-1251, windows-1252 or ISO-8859-1.',
    'xml.encodingInvalid':
      'This byte is invalid in {encoding}: the file was probably saved in another encoding (windows-1251 or ISO-8859-1). Name it in the XML declaration or save the file as UTF-8.',
    'xml.cause.mismatchedTag': 'a closing tag does not match the open one (a tag is missing or extra)',
    'xml.cause.unboundPrefix': 'a namespace prefix is not declared by an xmlns attribute',
    'xml.cause.undefinedEntity': 'unknown entity reference; write "&" in text as "&amp;"',
    'xml.cause.bareAmpersand': 'an "&" starts no entity reference; write it in text as "&amp;"',
    'xml.cause.invalidCharacter': 'a character not allowed in XML',
    'xml.cause.outsideRoot': 'text or a second root element outside the root element',
    'xml.cause.truncated': 'the file ends before the document does (empty or truncated file)',
    'xml.cause.duplicateAttribute': 'an attribute repeats in one element',
    'xml.cause.attributeSyntax': 'an attribute is written wrongly (missing quotes, value or space)',
    'xml.cause.wrongEncoding': 'the bytes of the file do not match the declared encoding',
    'xml.cause.other': 'an XML syntax error',
  },
};
