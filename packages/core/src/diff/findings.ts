import type { Finding } from '../findings/finding.js';
import { finding } from '../findings/fingerprint.js';
import { LEVEL_SEVERITY } from './levels.js';
import type { Change } from './types.js';

/**
 * Turns a change into a finding, so that SARIF, JUnit and other finding
 * formats can show it: the location is in the new edition when the element
 * exists there, with the old location as related.
 */
export function changeToFinding(change: Change): Finding {
  const location = change.newLocation ?? change.oldLocation;
  const path = change.newPath ?? change.oldPath;
  return finding({
    ruleId: change.ruleId,
    severity: LEVEL_SEVERITY[change.level],
    messageId: change.messageId,
    args: change.args,
    ...(location ? { location } : {}),
    ...(path ? { path } : {}),
    idPath: change.idPath,
    artifactId: change.element.artifactId,
    ...(change.newLocation && change.oldLocation ? { related: [change.oldLocation] } : {}),
  });
}
