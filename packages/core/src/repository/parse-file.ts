import { LineCounter, parseAllDocuments, type Document } from 'yaml';
import type { SourceLocation } from '../findings/finding.js';
import type { MessageArgs } from '../i18n/types.js';
import { decodeText, firstInvalidUtf8 } from './decode.js';
import { lazyPositions, parseValueFast } from './fast-parse.js';
import { indexPositions } from './positions.js';
import type { PositionIndex } from './types.js';

/** Largest artifact file read, in bytes; real standards and tech cards are well under 1 MB. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** A problem met while reading or parsing a file, before any schema check. */
export interface ParseProblem {
  ruleId: string;
  severity: 'error' | 'warning';
  messageId: string;
  args: MessageArgs;
  location: SourceLocation;
}

export interface ParsedFile {
  value: unknown;
  positions: PositionIndex;
  problems: ParseProblem[];
}

const YAML_ERROR_MESSAGES: Record<string, string> = {
  DUPLICATE_KEY: 'load.yaml.duplicateKey',
  BAD_INDENT: 'load.yaml.badIndent',
  MISSING_CHAR: 'load.yaml.missingChar',
  MULTILINE_IMPLICIT_KEY: 'load.yaml.multilineKey',
  TAB_AS_INDENT: 'load.yaml.tabIndent',
  UNEXPECTED_TOKEN: 'load.yaml.unexpectedToken',
  BLOCK_AS_IMPLICIT_KEY: 'load.yaml.unexpectedToken',
  ALIAS_PROPS: 'load.yaml.unexpectedToken',
  BAD_ALIAS: 'load.yaml.badAlias',
  RESOURCE_EXHAUSTION: 'load.yaml.aliasLimit',
};

/**
 * Reads bytes of a YAML or JSON file into a plain value plus the position of
 * every node. JSON is read by the YAML parser (JSON is YAML 1.2), so both get
 * the same positions and the same duplicate-key check.
 */
export function parseFile(bytes: Uint8Array, file: string): ParsedFile {
  const start: SourceLocation = { file, line: 1, column: 1 };
  const empty: ParsedFile = { value: undefined, positions: { locate: () => start }, problems: [] };

  if (bytes.length > MAX_FILE_BYTES) {
    return withProblem(empty, 'file-too-large', 'load.fileTooLarge', { size: megabytes(bytes.length), limit: megabytes(MAX_FILE_BYTES) }, start);
  }
  const decoded = decodeText(bytes);
  if (!decoded) {
    const at = firstInvalidUtf8(bytes);
    return withProblem(empty, 'file-encoding', 'load.encodingUnknown', {}, { file, ...at });
  }
  const problems: ParseProblem[] = [];
  if (decoded.encoding !== 'utf-8') {
    problems.push({ ruleId: 'file-encoding', severity: 'warning', messageId: 'load.encodingNotUtf8', args: { encoding: decoded.encoding }, location: start });
  }
  if (decoded.text.trim() === '') {
    return { ...empty, problems: [...problems, { ruleId: 'file-empty', severity: 'error', messageId: 'load.fileEmpty', args: {}, location: start }] };
  }

  const fast = parseValueFast(decoded.text);
  if (fast && fast.value !== undefined && fast.value !== null) {
    return { value: fast.value, positions: lazyPositions(decoded.text, file), problems };
  }

  // The careful path: the `yaml` package words each problem and gives its position.
  const lineCounter = new LineCounter();
  const documents = parseAllDocuments(decoded.text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  if (!Array.isArray(documents) || documents.length === 0) {
    return { ...empty, problems: [...problems, { ruleId: 'file-empty', severity: 'error', messageId: 'load.fileEmpty', args: {}, location: start }] };
  }
  const document = documents[0] as Document;
  const locate = (offset: number): SourceLocation => {
    const { line, col } = lineCounter.linePos(offset);
    return { file, line, column: col };
  };
  if (documents.length > 1) {
    const second = documents[1] as Document;
    problems.push({ ruleId: 'yaml-syntax', severity: 'error', messageId: 'load.yaml.multipleDocuments', args: {}, location: locate(second.range?.[0] ?? 0) });
  }
  // Duplicate keys are independent of each other, so all are reported. After any other syntax
  // error the parser's later errors mostly follow from it, so only the first one is reported.
  const syntaxError = document.errors.find((error) => error.code !== 'DUPLICATE_KEY');
  const reported = syntaxError ? [syntaxError] : document.errors;
  for (const error of reported) {
    problems.push({
      ruleId: error.code === 'DUPLICATE_KEY' ? 'yaml-duplicate-key' : 'yaml-syntax',
      severity: 'error',
      messageId: YAML_ERROR_MESSAGES[error.code] ?? 'load.yaml.syntax',
      args: error.code === 'DUPLICATE_KEY' ? { key: keyAt(decoded.text, error.pos[0]) } : {},
      location: locate(error.pos[0]),
    });
  }
  for (const warning of document.warnings) {
    if (warning.code !== 'TAG_RESOLVE_FAILED') continue;
    problems.push({
      ruleId: 'yaml-syntax',
      severity: 'warning',
      messageId: 'load.yaml.unknownTag',
      args: { tag: /tag\s+(\S+)/.exec(warning.message)?.[1] ?? '' },
      location: locate(warning.pos[0]),
    });
  }
  if (problems.some((problem) => problem.severity === 'error')) return { ...empty, problems };

  let value: unknown;
  try {
    value = document.toJS({ maxAliasCount: 100 });
  } catch {
    return withProblem({ ...empty, problems }, 'yaml-syntax', 'load.yaml.aliasLimit', {}, start);
  }
  return { value, positions: indexPositions(document, lineCounter, file), problems };
}

function withProblem(parsed: ParsedFile, ruleId: string, messageId: string, args: MessageArgs, location: SourceLocation): ParsedFile {
  return { ...parsed, problems: [...parsed.problems, { ruleId, severity: 'error', messageId, args, location }] };
}

function megabytes(bytes: number): number {
  return Math.round((bytes / 1024 / 1024) * 10) / 10;
}

/** Reads the mapping key that starts at an offset, for messages about duplicate keys. */
function keyAt(text: string, offset: number): string {
  const line = text.slice(offset, text.indexOf('\n', offset) === -1 ? undefined : text.indexOf('\n', offset));
  return (/^\s*["']?([^"':]*)/.exec(line)?.[1] ?? '').trim();
}
