import type { Artifact, Form, InformationSystem, LegalAct, OrganizationStandard, ProcessStandard, Role, TechCard } from '@tsmp/schema';

type Entry<T extends { kind: string }> = Omit<T, 'kind'>;

/** Artifacts a document refers to by id: acts, roles, forms, systems, standards and tech cards. */
export interface ExportSources {
  legalActs: Map<string, Entry<LegalAct>>;
  roles: Map<string, Entry<Role>>;
  forms: Map<string, Entry<Form>>;
  informationSystems: Map<string, Entry<InformationSystem>>;
  standards: Map<string, ProcessStandard | OrganizationStandard>;
  techCards: Map<string, TechCard>;
}

/** Indexes artifacts by id, including the entries of catalogue files. */
export function collectSources(artifacts: Iterable<Artifact>): ExportSources {
  const sources: ExportSources = {
    legalActs: new Map(),
    roles: new Map(),
    forms: new Map(),
    informationSystems: new Map(),
    standards: new Map(),
    techCards: new Map(),
  };
  for (const artifact of artifacts) {
    switch (artifact.kind) {
      case 'Catalog':
        for (const act of artifact.legalActs) sources.legalActs.set(act.id, act);
        for (const role of artifact.roles) sources.roles.set(role.id, role);
        for (const form of artifact.forms) sources.forms.set(form.id, form);
        for (const system of artifact.informationSystems) sources.informationSystems.set(system.id, system);
        break;
      case 'LegalAct':
        sources.legalActs.set(artifact.id, artifact);
        break;
      case 'Role':
        sources.roles.set(artifact.id, artifact);
        break;
      case 'Form':
        sources.forms.set(artifact.id, artifact);
        break;
      case 'InformationSystem':
        sources.informationSystems.set(artifact.id, artifact);
        break;
      case 'ProcessStandard':
      case 'OrganizationStandard':
        sources.standards.set(artifact.id, artifact);
        break;
      case 'TechCard':
        sources.techCards.set(artifact.id, artifact);
        break;
    }
  }
  return sources;
}

/** Looks up the name of a role, falling back to its id when the repository does not define it. */
export function roleName(sources: ExportSources, id: string): string {
  return sources.roles.get(id)?.name ?? id;
}

export function formName(sources: ExportSources, id: string): string {
  return sources.forms.get(id)?.name ?? id;
}

export function systemName(sources: ExportSources, id: string): string {
  return sources.informationSystems.get(id)?.name ?? id;
}
