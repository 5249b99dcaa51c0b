import type { Finding, Severity } from '../findings/finding.js';
import { RULES } from '../rules/index.js';
import { LOAD_RULE_IDS } from '../validate/known-rules.js';
import { displayFile, messageOf } from './paths.js';
import type { Formatter, RuleDescriptor } from './types.js';

const LEVELS: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

/** Ids that have a page under `docs/rules/`; a test keeps the pages in step with these lists. */
const DOCUMENTED_IDS = new Set([...RULES.map((rule) => rule.id), ...LOAD_RULE_IDS]);

/**
 * Returns the path of a rule's page in the tsmp repository: `docs/rules/<id>.md`
 * for Russian output, `docs/rules/en/<id>.md` for English. Ids without a page,
 * such as those of other packages, get `undefined`.
 */
export function defaultRuleHelpUri(ruleId: string, lang: string): string | undefined {
  if (!DOCUMENTED_IDS.has(ruleId)) return undefined;
  return lang === 'en' ? `docs/rules/en/${ruleId}.md` : `docs/rules/${ruleId}.md`;
}

/**
 * SARIF 2.1.0 as code-scanning services accept it: one run, the rules that
 * fired (with their descriptions), results with a relative file URI, region,
 * logical location (the id path) and a partial fingerprint.
 */
export const formatSarif: Formatter = (findings, options) => {
  const t = options.localizer;
  const known = new Map((options.rules ?? []).map((rule) => [rule.id, rule]));
  const ruleIds = [...new Set(findings.map((item) => item.ruleId))].sort();
  const helpUri = options.ruleHelpUri ?? defaultRuleHelpUri;
  const rules = ruleIds.map((id) => describeRule(id, known.get(id), t, helpUri(id, t.lang)));
  const ruleIndex = new Map(ruleIds.map((id, index) => [id, index]));

  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'tsmp',
            version: options.toolVersion ?? '0.0.0',
            informationUri: 'https://github.com/tsmp-dev/tsmp',
            language: t.lang,
            rules,
          },
        },
        language: t.lang,
        // Columns come from JavaScript string offsets, which count UTF-16 code units.
        columnKind: 'utf16CodeUnits',
        ...(options.baseUri ? { originalUriBaseIds: { SRCROOT: { uri: options.baseUri } } } : {}),
        results: findings.map((item) => result(item, ruleIndex.get(item.ruleId) ?? 0, options, t)),
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
};

function describeRule(id: string, rule: RuleDescriptor | undefined, t: Parameters<Formatter>[1]['localizer'], helpUri: string | undefined) {
  const text = rule && t.has(rule.descriptionId) ? t.format(rule.descriptionId) : id;
  return {
    id,
    shortDescription: { text },
    ...(helpUri ? { helpUri } : {}),
    ...(rule ? { defaultConfiguration: { level: LEVELS[rule.defaultSeverity] } } : {}),
  };
}

function result(item: Finding, ruleIndex: number, options: Parameters<Formatter>[1], t: Parameters<Formatter>[1]['localizer']) {
  const file = displayFile(item, options.basePath);
  return {
    ruleId: item.ruleId,
    ruleIndex,
    level: LEVELS[item.severity],
    message: { text: messageOf(item, t) },
    ...(item.location && file
      ? {
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: fileUri(file), ...(options.baseUri ? { uriBaseId: 'SRCROOT' } : {}) },
                region: {
                  startLine: item.location.line,
                  startColumn: item.location.column,
                  ...(item.location.endLine ? { endLine: item.location.endLine } : {}),
                  ...(item.location.endColumn ? { endColumn: item.location.endColumn } : {}),
                },
              },
              ...(item.idPath ? { logicalLocations: [{ fullyQualifiedName: item.idPath, kind: 'member' }] } : {}),
            },
          ],
        }
      : {}),
    partialFingerprints: { 'tsmpFingerprint/v1': item.fingerprint },
  };
}

/** Percent-encodes each segment of a relative path, so `#`, `?` and spaces survive as part of the file name. */
function fileUri(path: string): string {
  return path.split('/').map((segment) => (segment === '..' || segment === '.' ? segment : encodeURIComponent(segment))).join('/');
}
