import type { Deadline } from '@tsmp/schema';
import type { MessageArg, MessageRef } from '../i18n/types.js';
import type { ElementRef } from './types.js';

/** Builds a deadline message value, so that units follow the output language. */
export function deadlineArg(deadline: Deadline): MessageRef {
  return { messageId: `diff.unit.${deadline.unit}`, args: { amount: deadline.amount } };
}

/** Builds the element as a message value: «операция 2.3 «Приём заявления»». */
export function elementArg(element: ElementRef): MessageRef {
  return {
    messageId: `diff.element.${element.kind}`,
    args: { number: element.number ?? element.id, name: element.name ?? element.id },
  };
}

/** Joins a list of values for display. */
export function listArg(values: readonly string[]): MessageArg {
  return values.length === 0 ? '—' : values.join(', ');
}
