import { SaxesParser, type SaxesTagNS } from 'saxes';
import { finding, type Finding, type MessageRef, type SourceLocation } from '@tsmp/core';
import type { DecodedXml } from './decode.js';
import { findBareAmpersand } from './ampersand.js';
import { causeOf } from './causes.js';

/** An element start tag as the scan saw it, with names resolved to namespace URIs. */
export interface ScannedElement {
  uri: string;
  local: string;
  /** Attributes keyed by `{uri}local`, or by `local` when the attribute has no namespace. */
  attributes: ReadonlyMap<string, string>;
  /** Position of the `<` of the start tag. */
  location: SourceLocation;
  /** Names of the open ancestors, outermost first, as `{uri}local`. */
  ancestors: readonly string[];
}

export interface XmlScanResult {
  /** False when the text is not well-formed XML or declares a DOCTYPE; such text must not be parsed further. */
  accepted: boolean;
  findings: Finding[];
  root?: { uri: string; local: string };
}

/** Joins a namespace URI and a local name the way the scan keys names. */
export function qualified(uri: string, local: string): string {
  return uri ? `{${uri}}${local}` : local;
}

/**
 * Checks that decoded XML is well-formed and safe to hand to a parser, and
 * reports each start tag to `onElement`. A DOCTYPE is refused as soon as it
 * is seen: tsmp never reads DTDs, so neither entity expansion (the
 * "billion laughs" file) nor external entities can take effect. Only the
 * first well-formedness error is reported, because later ones usually
 * follow from it.
 */
export function scanXml(decoded: DecodedXml, file: string, onElement?: (element: ScannedElement) => void): XmlScanResult {
  const findings: Finding[] = [];
  let accepted = true;
  let root: XmlScanResult['root'];
  const open: string[] = [];
  const parser = new SaxesParser({ xmlns: true, position: true });
  let tagStart: SourceLocation = { file, line: 1, column: 1 };

  if (decoded.unsupportedEncoding) {
    findings.push(
      finding({
        ruleId: 'xml-encoding-unsupported',
        severity: 'error',
        messageId: 'xml.encodingUnsupported',
        args: { encoding: decoded.unsupportedEncoding },
        location: { file, line: 1, column: 1 },
      }),
    );
  }
  const replacement = decoded.text.indexOf('\uFFFD');
  if (replacement >= 0 && decoded.encoding === 'utf-8') {
    findings.push(
      finding({
        ruleId: 'xml-encoding-invalid',
        severity: 'error',
        messageId: 'xml.encodingInvalid',
        args: { encoding: decoded.declared ?? 'UTF-8' },
        location: locationOfOffset(decoded.text, replacement, file),
      }),
    );
  }

  const ampersand = findBareAmpersand(decoded.text);
  if (ampersand >= 0) {
    findings.push(
      finding({
        ruleId: 'xml-not-well-formed',
        severity: 'error',
        messageId: 'xml.notWellFormed',
        args: { cause: { messageId: 'xml.cause.bareAmpersand' }, detail: decoded.text.slice(ampersand, ampersand + 12).split('\n')[0] ?? '&' },
        location: locationOfOffset(decoded.text, ampersand, file),
      }),
    );
    return { accepted: false, findings };
  }

  const stop = new Error('scan stopped');
  parser.on('doctype', () => {
    accepted = false;
    findings.push(
      finding({
        ruleId: 'xml-doctype-refused',
        severity: 'error',
        messageId: 'xml.doctypeRefused',
        args: {},
        location: { file, line: parser.line, column: 1 },
      }),
    );
    throw stop;
  });
  parser.on('error', (error) => {
    if (!accepted) return;
    accepted = false;
    const detail = error.message.replace(/^\d+:\d+: /, '').replace(/\.$/, '');
    const cause: MessageRef = replacement >= 0 && decoded.encoding === 'utf-8' ? { messageId: 'xml.cause.wrongEncoding' } : causeOf(detail);
    findings.push(
      finding({
        ruleId: 'xml-not-well-formed',
        severity: 'error',
        messageId: 'xml.notWellFormed',
        args: { cause, detail },
        location: { file, line: parser.line, column: Math.max(1, parser.column) },
      }),
    );
  });
  parser.on('opentagstart', (tag) => {
    tagStart = { file, line: parser.line, column: Math.max(1, parser.column - tag.name.length - 1) };
  });
  parser.on('opentag', (tag: SaxesTagNS) => {
    const uri = tag.uri ?? '';
    if (root === undefined) root = { uri, local: tag.local };
    if (onElement) {
      const attributes = new Map<string, string>();
      for (const attribute of Object.values(tag.attributes)) attributes.set(qualified(attribute.uri, attribute.local), attribute.value);
      onElement({ uri, local: tag.local, attributes, location: tagStart, ancestors: [...open] });
    }
    // saxes emits closetag for self-closing tags too, so every start tag is pushed.
    open.push(qualified(uri, tag.local));
  });
  parser.on('closetag', () => {
    open.pop();
  });

  try {
    parser.write(decoded.text).close();
  } catch (error) {
    if (error !== stop) throw error;
  }
  return { accepted, findings, root };
}

/** Converts an offset in the text into a 1-based line and column. */
export function locationOfOffset(text: string, offset: number, file: string): SourceLocation {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return { file, line, column: offset - lineStart + 1 };
}
