import { z } from 'zod';
import { Catalog, Form, InformationSystem, LegalAct, Role } from './catalog.js';
import { OrganizationStandard } from './organization-standard.js';
import { ProcessStandard } from './process-standard.js';
import { RegionalMapping } from './regional-mapping.js';
import { TechCard } from './tech-card.js';

/** Every kind of artifact file, told apart by `kind`. */
export const Artifact = z
  .discriminatedUnion('kind', [ProcessStandard, OrganizationStandard, TechCard, Catalog, LegalAct, Role, Form, InformationSystem, RegionalMapping])
  .meta({
    title: 'Артефакт модели',
    description: 'Файл репозитория модели: стандарт, технологическая карта, справочник, акт, роль, форма, информационная система или региональное сопоставление контрольных точек.',
  });
export type Artifact = z.infer<typeof Artifact>;
export type ArtifactKind = Artifact['kind'];

export const ARTIFACT_SCHEMAS = {
  ProcessStandard,
  OrganizationStandard,
  TechCard,
  Catalog,
  LegalAct,
  Role,
  Form,
  InformationSystem,
  RegionalMapping,
} as const;

export const ARTIFACT_KINDS = Object.keys(ARTIFACT_SCHEMAS) as ArtifactKind[];
