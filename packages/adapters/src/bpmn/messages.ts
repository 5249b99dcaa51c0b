import type { Catalogs } from '@tsmp/core';

/** Texts of BPMN import, cross-check and generation. */
export const bpmnMessages: Catalogs = {
  ru: {
    'bpmn.notBpmn':
      'Файл не является моделью BPMN 2.0: корневой элемент «{element}» из пространства имён {namespace}, а ожидается definitions из http://www.omg.org/spec/BPMN/20100524/MODEL.',
    'bpmn.importFailed': 'Не удалось прочитать модель BPMN: {detail}.',
    'bpmn.importWarning': 'Часть файла BPMN пропущена при чтении: {detail}.',
    'bpmn.unresolvedReference': 'Элемент {element} ссылается в свойстве {property} на несуществующий элемент «{reference}».',
    'bpmn.duplicateId': 'Идентификатор «{id}» элемента {element} уже определён в строке {firstLine}, столбце {firstColumn}; дайте одному из элементов другой идентификатор.',
    'bpmn.summary.title': 'Прочитано из {file}:',
    'bpmn.summary.processes': 'процессов: {count}',
    'bpmn.summary.participants': 'пулов: {count}',
    'bpmn.summary.lanes': 'дорожек: {count}',
    'bpmn.summary.tasks': 'задач: {count}',
    'bpmn.summary.subProcesses': 'подпроцессов: {count}',
    'bpmn.summary.events': 'событий: {count}',
    'bpmn.summary.gateways': 'шлюзов: {count}',
    'bpmn.summary.sequenceFlows': 'потоков управления: {count}',
    'bpmn.summary.messageFlows': 'потоков сообщений: {count}',
    'bpmn.summary.diagrams': 'диаграмм: {count}',
  },
  en: {
    'bpmn.notBpmn':
      'The file is not a BPMN 2.0 model: the root element "{element}" is in namespace {namespace}, but definitions from http://www.omg.org/spec/BPMN/20100524/MODEL is expected.',
    'bpmn.importFailed': 'Could not read the BPMN model: {detail}.',
    'bpmn.importWarning': 'Part of the BPMN file was skipped while reading: {detail}.',
    'bpmn.unresolvedReference': 'Element {element} refers in property {property} to a missing element "{reference}".',
    'bpmn.duplicateId': 'Id "{id}" of element {element} is already defined at line {firstLine}, column {firstColumn}; give one of the elements another id.',
    'bpmn.summary.title': 'Read from {file}:',
    'bpmn.summary.processes': 'processes: {count}',
    'bpmn.summary.participants': 'pools: {count}',
    'bpmn.summary.lanes': 'lanes: {count}',
    'bpmn.summary.tasks': 'tasks: {count}',
    'bpmn.summary.subProcesses': 'subprocesses: {count}',
    'bpmn.summary.events': 'events: {count}',
    'bpmn.summary.gateways': 'gateways: {count}',
    'bpmn.summary.sequenceFlows': 'sequence flows: {count}',
    'bpmn.summary.messageFlows': 'message flows: {count}',
    'bpmn.summary.diagrams': 'diagrams: {count}',
  },
};
