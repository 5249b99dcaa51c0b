import type { Artifact, Catalog, Form, OrganizationStandard, ProcessStandard, Role, TechCard } from '@tsmp/schema';
import type { DiffContext } from '../context.js';
import { compareCatalogs } from './catalog.js';
import { compareDataFields } from './data-fields.js';
import { compareOrganizationStandards } from './organization-standard.js';
import { compareProcessStandards } from './process-standard.js';
import { compareTechCards } from './tech-card.js';

/** Compares two editions of one artifact; both must be of the same kind. */
export function compareArtifactData(ctx: DiffContext, a: Artifact, b: Artifact): void {
  switch (a.kind) {
    case 'ProcessStandard':
      return compareProcessStandards(ctx, a, b as ProcessStandard);
    case 'OrganizationStandard':
      return compareOrganizationStandards(ctx, a, b as OrganizationStandard);
    case 'TechCard':
      return compareTechCards(ctx, a, b as TechCard);
    case 'Catalog':
      return compareCatalogs(ctx, a, b as Catalog);
    case 'Role': {
      const role = b as Role;
      ctx.text('role.renamed', ctx.element('role', role.id, undefined, role.name), a.name, role.name, { oldPath: ['name'], newPath: ['name'], roles: [role.id] });
      return;
    }
    case 'Form': {
      const form = b as Form;
      ctx.text('form.renamed', ctx.element('form', form.id, undefined, form.name), a.name, form.name, { oldPath: ['name'], newPath: ['name'] });
      return compareDataFields(ctx, form.id, a.fields, form.fields, ['fields'], ['fields']);
    }
    case 'LegalAct':
    case 'InformationSystem':
      // NOTE: acts and information systems are reference data; their changes are not classified yet.
      return;
  }
}
