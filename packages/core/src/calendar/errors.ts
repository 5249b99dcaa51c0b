import type { MessageArgs } from '../i18n/types.js';

/**
 * An error of the calendar module that a caller turns into a finding: it
 * carries a catalogue message id and named values instead of finished text.
 */
export class CalendarError extends Error {
  constructor(
    readonly messageId: string,
    readonly args: MessageArgs,
  ) {
    super(`${messageId} ${JSON.stringify(args)}`);
    this.name = 'CalendarError';
  }
}

/**
 * Raised when a date lies outside the years the production calendar has
 * data for. Working days there are unknown, so nothing is guessed.
 */
export class CalendarRangeError extends CalendarError {
  constructor(
    readonly date: string,
    readonly firstYear: number,
    readonly lastYear: number,
  ) {
    // Years go as text so that the message does not format them as numbers with a thousands separator.
    super('calendar.outOfRange', { date, firstYear: String(firstYear), lastYear: String(lastYear) });
    this.name = 'CalendarRangeError';
  }
}

/** Raised for a malformed date, instant, time zone, region code or deadline. */
export class CalendarInputError extends CalendarError {
  constructor(messageId: string, args: MessageArgs) {
    super(messageId, args);
    this.name = 'CalendarInputError';
  }
}
