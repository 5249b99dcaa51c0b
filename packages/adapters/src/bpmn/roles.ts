import type { LoadedArtifact } from '@tsmp/core';

/** Role data that BPMN generation and checks use. */
export interface RoleInfo {
  name: string;
  level?: string;
}

/** Collects roles by id from Role artifacts and the role lists of catalogues. */
export function rolesOf(artifacts: readonly LoadedArtifact[]): Map<string, RoleInfo> {
  const roles = new Map<string, RoleInfo>();
  for (const artifact of artifacts) {
    const data = artifact.data;
    if (data.kind === 'Role') roles.set(data.id, { name: data.name, level: data.level });
    if (data.kind === 'Catalog') for (const role of data.roles) roles.set(role.id, { name: role.name, level: role.level });
  }
  return roles;
}
