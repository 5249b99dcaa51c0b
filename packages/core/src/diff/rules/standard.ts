import { rule } from './types.js';

/** Changes of the standard as a whole: title, subject, legal basis, recipients, channels. */
export const STANDARD_RULES = [
  rule('artifact.added', 'major', ['specialist', 'monitoring'], 'artifact.removed'),
  rule('artifact.removed', 'major', ['specialist', 'monitoring', 'integrator'], 'artifact.added'),
  rule('standard.title.changed', 'editorial', ['specialist'], 'self'),
  rule('standard.subject.changed', 'major', ['applicant', 'specialist', 'integrator'], 'self'),
  rule('standard.legalBasis.added', 'minor', ['specialist'], 'standard.legalBasis.removed'),
  rule('standard.legalBasis.removed', 'minor', ['specialist'], 'standard.legalBasis.added'),
  rule('standard.recipient.added', 'major', ['applicant', 'specialist'], 'standard.recipient.removed'),
  rule('standard.recipient.removed', 'major', ['applicant', 'specialist'], 'standard.recipient.added'),
  rule('standard.channel.added', 'minor', ['applicant', 'integrator'], 'standard.channel.removed'),
  rule('standard.channel.removed', 'major', ['applicant', 'integrator'], 'standard.channel.added'),
  rule('standard.reporting.changed', 'minor', ['monitoring'], 'self'),
  rule('standard.requirement.added', 'minor', ['specialist'], 'standard.requirement.removed'),
  rule('standard.requirement.removed', 'minor', ['specialist'], 'standard.requirement.added'),
  rule('standard.requirement.changed', 'minor', ['specialist'], 'self'),
];
