/** A value of an event attribute after decoding. */
export type AttributeValue = string | number | boolean;

/**
 * A control-point event of one case: the platform recorded that the case
 * reached `controlPoint` at `instant`.
 */
export interface ControlPointEvent {
  caseId: string;
  /** Id of the process standard (power or support measure) that governs the case. */
  standard: string;
  /** Id of the service inside the standard, when the source names it. */
  service?: string;
  centre: string;
  /** Two-digit code of the region (subject of the Russian Federation). */
  region: string;
  controlPoint: string;
  /** Milliseconds since the Unix epoch (UTC). */
  instant: number;
  /** Edition number of the standard that governs the case, when the source names it. */
  edition?: number;
  attributes: Record<string, AttributeValue>;
}

/** A source row that could not become an event, with the reason as a message id. */
export interface RowError {
  /** 1-based line of the source file where the row starts. */
  line: number;
  messageId: string;
  args: Record<string, string | number>;
}

/**
 * A raw record read from a source file before mapping: either named fields
 * (XES, JSON Lines) or the cells of a CSV row, read by the header's column
 * positions.
 */
export interface SourceRecord {
  line: number;
  fields?: Record<string, AttributeValue | undefined>;
  cells?: string[];
}
