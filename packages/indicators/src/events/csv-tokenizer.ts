/** One parsed CSV row and the 1-based line where it starts. */
export interface CsvRow {
  line: number;
  cells: string[];
}

const QUOTE = 34;
const CR = 13;
const LF = 10;

/**
 * Splits CSV text into rows incrementally, as RFC 4180 describes. Fields in
 * double quotes may contain the delimiter, line breaks and doubled quotes, and
 * rows end with LF or CRLF. Text arrives in chunks of any size, so only the
 * unfinished row is kept between calls.
 */
export class CsvTokenizer {
  private readonly delimiter: number;
  private cells: string[] = [];
  private field = '';
  private inQuotes = false;
  private quoteJustClosed = false;
  private pendingCr = false;
  private line = 1;
  private rowLine = 1;
  private rowHasContent = false;

  constructor(delimiter: string) {
    this.delimiter = delimiter.charCodeAt(0);
  }

  /** True between rows: no cell, quote or carriage return is pending. */
  private atRowStart(): boolean {
    return this.cells.length === 0 && this.field === '' && !this.inQuotes && !this.quoteJustClosed && !this.pendingCr && !this.rowHasContent;
  }

  /** Consumes a chunk and returns the rows it completed. */
  push(text: string): CsvRow[] {
    const rows: CsvRow[] = [];
    const delimiter = this.delimiter;
    const delimiterText = String.fromCharCode(delimiter);
    let start = 0;
    let i = 0;
    const length = text.length;
    while (i < length) {
      // Fast path: a whole line without quotes is split natively.
      if (i === start && this.atRowStart()) {
        const end = text.indexOf('\n', i);
        if (end >= 0) {
          const lineEnd = end > i && text.charCodeAt(end - 1) === CR ? end - 1 : end;
          const line = text.slice(i, lineEnd);
          if (!line.includes('"') && !line.includes('\r')) {
            if (line !== '') rows.push({ line: this.rowLine, cells: line.split(delimiterText) });
            this.line += 1;
            this.rowLine = this.line;
            i = end + 1;
            start = i;
            continue;
          }
        }
      }
      const code = text.charCodeAt(i);
      if (this.pendingCr) {
        this.pendingCr = false;
        if (code === LF) {
          i += 1;
          start = i;
          continue;
        }
      }
      if (this.inQuotes) {
        if (code === QUOTE) {
          this.field += text.slice(start, i);
          if (i + 1 < length) {
            if (text.charCodeAt(i + 1) === QUOTE) {
              this.field += '"';
              i += 2;
              start = i;
              continue;
            }
            this.inQuotes = false;
            this.quoteJustClosed = true;
            i += 1;
            start = i;
            continue;
          }
          // The quote is the last character of the chunk: decide on the next one.
          this.inQuotes = false;
          this.quoteJustClosed = true;
          i += 1;
          start = i;
          continue;
        }
        if (code === LF) this.line += 1;
        else if (code === CR && text.charCodeAt(i + 1) !== LF) this.line += 1;
        i += 1;
        continue;
      }
      if (code === QUOTE) {
        if (this.quoteJustClosed) {
          // A doubled quote split across chunks, or `"a""b"`: the quote is literal.
          this.field += text.slice(start, i) + '"';
          this.inQuotes = true;
          this.quoteJustClosed = false;
          i += 1;
          start = i;
          continue;
        }
        if (this.field === '' && start === i) {
          this.inQuotes = true;
          this.rowHasContent = true;
          i += 1;
          start = i;
          continue;
        }
        i += 1;
        continue;
      }
      this.quoteJustClosed = false;
      if (code === delimiter) {
        this.cells.push(this.field + text.slice(start, i));
        this.field = '';
        this.rowHasContent = true;
        i += 1;
        start = i;
        continue;
      }
      if (code === LF || code === CR) {
        const last = this.field + text.slice(start, i);
        if (this.rowHasContent || last !== '') {
          this.cells.push(last);
          rows.push({ line: this.rowLine, cells: this.cells });
        }
        this.cells = [];
        this.field = '';
        this.rowHasContent = false;
        this.line += 1;
        this.rowLine = this.line;
        if (code === CR) {
          if (i + 1 < length) {
            if (text.charCodeAt(i + 1) === LF) i += 1;
          } else {
            this.pendingCr = true;
          }
        }
        i += 1;
        start = i;
        continue;
      }
      i += 1;
    }
    if (start < length) this.field += text.slice(start, length);
    return rows;
  }

  /** Returns the last row when the text did not end with a line break. */
  end(): CsvRow[] {
    const last = this.field;
    if (!this.rowHasContent && last === '') return [];
    this.cells.push(last);
    const row = { line: this.rowLine, cells: this.cells };
    this.cells = [];
    this.field = '';
    this.rowHasContent = false;
    return [row];
  }

  /** True when the text ended inside a quoted field. */
  get unterminatedQuote(): boolean {
    return this.inQuotes;
  }

  /** Line where the unfinished row started. */
  get currentRowLine(): number {
    return this.rowLine;
  }
}
