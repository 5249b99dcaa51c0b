import type { ModdleElement, ModdleWarning } from 'bpmn-moddle';
import { finding, type Finding, type SourceLocation } from '@tsmp/core';
import { decodeXml } from '../xml/decode.js';
import { scanXml } from '../xml/scan.js';
import { collectModel } from './collect.js';
import { completeFlowReferences } from './complete-flows.js';
import { BpmnIdIndex } from './id-index.js';
import type { BpmnModel } from './model.js';
import { createModdle } from './moddle.js';
import { BPMN_MODEL_URI } from './namespaces.js';

/** A BPMN file read by {@link importBpmn}: the model when one could be read, and findings either way. */
export interface BpmnImport {
  model?: BpmnModel;
  findings: Finding[];
}

/** Parsed moddle trees of imported models, for the linter; kept here so moddle types stay out of the public API. */
const definitionsOf = new WeakMap<BpmnModel, ModdleElement>();

/** Returns the moddle definitions an imported model was built from. */
export function moddleDefinitions(model: BpmnModel): ModdleElement | undefined {
  return definitionsOf.get(model);
}

/**
 * Imports a BPMN 2.0 file from any modelling tool. Bytes are decoded by
 * byte-order mark and declared encoding. The text is checked for
 * well-formedness and a DOCTYPE before bpmn-moddle parses it in lax mode, so
 * recoverable problems become warnings. Diagram interchange is optional.
 * Problems of the input come back as located findings, not exceptions; the
 * MIWG corpus test checks this for every file of the corpus.
 */
export async function importBpmn(input: Uint8Array | string, file: string): Promise<BpmnImport> {
  const decoded = decodeXml(input);
  const ids = new BpmnIdIndex();
  const scan = scanXml(decoded, file, (element) => ids.add(element));
  const findings = [...scan.findings, ...ids.findings];
  if (!scan.accepted) return { findings };

  if (scan.root?.uri !== BPMN_MODEL_URI || scan.root.local !== 'definitions') {
    findings.push(
      finding({
        ruleId: 'bpmn-not-bpmn',
        severity: 'error',
        messageId: 'bpmn.notBpmn',
        args: { element: scan.root?.local ?? '', namespace: scan.root?.uri || '—' },
        location: { file, line: 1, column: 1 },
      }),
    );
    return { findings };
  }

  const moddle = createModdle();
  try {
    const result = await moddle.fromXML(decoded.text, 'bpmn:Definitions', { lax: true });
    findings.push(...warningsToFindings(result.warnings, file, ids.locations));
    completeFlowReferences(result.rootElement);
    const model = collectModel(result.rootElement, file, ids.locations);
    definitionsOf.set(model, result.rootElement);
    return { model, findings };
  } catch (error) {
    const warnings = (error as { warnings?: ModdleWarning[] }).warnings ?? [];
    findings.push(...warningsToFindings(warnings, file, ids.locations));
    findings.push(
      finding({
        ruleId: 'bpmn-import-failed',
        severity: 'error',
        messageId: 'bpmn.importFailed',
        args: { detail: firstLine(error instanceof Error ? error.message : String(error)) },
        location: positionInMessage(error instanceof Error ? error.message : '', file) ?? { file, line: 1, column: 1 },
      }),
    );
    return { findings };
  }
}

/** Turns moddle's import warnings into findings; duplicate ids are left out because the id index reports them with both places. */
function warningsToFindings(warnings: readonly ModdleWarning[], file: string, locations: ReadonlyMap<string, SourceLocation>): Finding[] {
  const findings: Finding[] = [];
  for (const warning of warnings) {
    const nested = warning.error?.message ?? '';
    if (/^duplicate ID </.test(nested)) continue;
    // The text was already decoded by its declared encoding, so moddle's warning about the declaration is moot.
    if (/^unsupported document encoding/.test(warning.message)) continue;
    const unresolved = /^unresolved reference <([^>]*)>/.exec(warning.message);
    if (unresolved) {
      const elementId = warning.element?.id;
      findings.push(
        finding({
          ruleId: 'bpmn-unresolved-reference',
          severity: 'warning',
          messageId: 'bpmn.unresolvedReference',
          args: { reference: unresolved[1] ?? '', element: elementId ?? '—', property: warning.property ?? '—' },
          location: (elementId && locations.get(elementId)) || { file, line: 1, column: 1 },
        }),
      );
      continue;
    }
    findings.push(
      finding({
        ruleId: 'bpmn-import-warning',
        severity: 'warning',
        messageId: 'bpmn.importWarning',
        args: { detail: nested || firstLine(warning.message) },
        location: positionInMessage(warning.message, file) ?? { file, line: 1, column: 1 },
      }),
    );
  }
  return findings;
}

/** Reads the `line:` and `column:` moddle-xml writes into its messages; its column is 0-based. */
function positionInMessage(message: string, file: string): SourceLocation | undefined {
  const line = /line: (\d+)/.exec(message)?.[1];
  const column = /column: (\d+)/.exec(message)?.[1];
  if (line === undefined) return undefined;
  return { file, line: Number(line) + 1, column: Number(column ?? 0) + 1 };
}

function firstLine(text: string): string {
  return text.split('\n')[0]?.trim() ?? '';
}
