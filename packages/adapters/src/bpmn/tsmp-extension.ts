import { TSMP_BPMN_URI } from './namespaces.js';

/**
 * A moddle package that adds tsmp's link attributes to every BPMN element.
 * moddle reads them by namespace URI, so a file may bind any prefix to it.
 */
export const TSMP_MODDLE_PACKAGE = {
  name: 'tsmp',
  uri: TSMP_BPMN_URI,
  prefix: 'tsmp',
  xml: { tagAlias: 'lowerCase' },
  types: [
    {
      name: 'Link',
      isAbstract: true,
      extends: ['bpmn:BaseElement'],
      properties: [
        { name: 'card', isAttr: true, type: 'String' },
        { name: 'operation', isAttr: true, type: 'String' },
        { name: 'role', isAttr: true, type: 'String' },
        { name: 'controlPoint', isAttr: true, type: 'String' },
        { name: 'deadlineUnit', isAttr: true, type: 'String' },
      ],
    },
  ],
} as const;
