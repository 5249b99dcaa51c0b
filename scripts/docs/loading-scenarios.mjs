// Small repositories that make the loader report each of its fixed rule ids.
// The docs generator writes them to a temporary folder, loads them with the
// real loader and prints the findings on the rule pages.
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const MANIFEST = 'tsmp: 1\nname: Социальная адаптация\n';

const ROLE = `kind: Role
id: specialist
name: специалист, ответственный за предоставление меры
level: territorialCentre
`;

/**
 * A scenario: the files of the incorrect example (path → text or bytes) and
 * optional extra setup, such as a symbolic link. `printedFiles` lists the files
 * the page prints as the incorrect example; bytes are never printed. The page
 * shows every finding of the scenario, as `tsmp validate` prints them, so the
 * `rules-skipped` notice that follows a loading error shows too.
 */
export const LOADING_SCENARIOS = {
  schema: {
    files: {
      'tsmp.yaml': MANIFEST,
      'role.yaml': `kind: Role
id: specialist
title: специалист, ответственный за предоставление меры
level: centre
`,
    },
    printedFiles: ['role.yaml'],
  },
  'yaml-syntax': {
    files: {
      'tsmp.yaml': MANIFEST,
      'role.yaml': `kind: Role
id: specialist
name: "специалист, ответственный за предоставление меры
level: territorialCentre
`,
    },
    printedFiles: ['role.yaml'],
  },
  'yaml-duplicate-key': {
    files: {
      'tsmp.yaml': MANIFEST,
      'role.yaml': `kind: Role
id: specialist
name: специалист
level: territorialCentre
name: специалист, ответственный за предоставление меры
`,
    },
    printedFiles: ['role.yaml'],
  },
  'file-encoding': {
    files: {
      'tsmp.yaml': MANIFEST,
      // The role file saved in Windows-1251, as old Windows editors do.
      'role.yaml': windows1251(ROLE),
      // Bytes that are neither UTF-8 nor Russian text in Windows-1251.
      'form.yaml': Uint8Array.from([...Buffer.from('kind: Form\nid: application-form\nname: '), 0xb6, 0xb6, ...Buffer.from('\nformKind: application\n')]),
    },
    printedFiles: [],
  },
  'file-empty': {
    files: { 'tsmp.yaml': MANIFEST, 'role.yaml': '\n' },
    printedFiles: ['role.yaml'],
  },
  'file-too-large': {
    files: {
      'tsmp.yaml': MANIFEST,
      'roles.yaml': `kind: Catalog\nid: catalog\nroles:\n${'  - id: specialist\n    name: специалист\n    level: territorialCentre\n'.repeat(80_000)}`,
    },
    printedFiles: [],
  },
  'unknown-kind': {
    files: { 'tsmp.yaml': MANIFEST, 'role.yaml': ROLE.replace('kind: Role', 'kind: Roles') },
    printedFiles: ['role.yaml'],
  },
  'manifest-missing': {
    files: { 'role.yaml': ROLE },
    printedFiles: [],
  },
  'path-outside-repository': {
    files: { 'tsmp.yaml': MANIFEST, 'role.yaml': ROLE },
    setup(dir, outside) {
      writeFileSync(join(outside, 'form.yaml'), 'kind: Form\nid: application-form\nname: заявление\nformKind: application\n');
      symlinkSync(join(outside, 'form.yaml'), join(dir, 'form.yaml'));
    },
    printedFiles: [],
  },
  'file-unreadable': {
    files: { 'tsmp.yaml': MANIFEST, 'role.yaml': ROLE },
    setup(dir) {
      // A named pipe where a file is expected: reading it would block forever.
      execFileSync('mkfifo', [join(dir, 'form.yaml')]);
    },
    printedFiles: [],
  },
  'rules-skipped': {
    files: {
      'tsmp.yaml': MANIFEST,
      'role.yaml': ROLE.replace('name:', 'titel:'),
      'form.yaml': 'kind: Form\nid: application-form\nname: заявление о предоставлении меры\nformKind: application\n',
    },
    printedFiles: ['role.yaml'],
  },
  'unknown-rule-id': {
    files: { 'tsmp.yaml': `${MANIFEST}rules:\n  unique-id: warning\n`, 'role.yaml': ROLE },
    printedFiles: ['tsmp.yaml'],
  },
  'repository-empty': {
    files: { 'tsmp.yaml': `${MANIFEST}include: ["standards/**/*.yaml"]\n`, 'role.yaml': ROLE },
    printedFiles: ['tsmp.yaml'],
  },
};

/** Writes the files of a scenario into `dir`. */
export function writeScenario(scenario, dir, outside) {
  for (const [path, content] of Object.entries(scenario.files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  scenario.setup?.(dir, outside);
}

/** Encodes Cyrillic text in Windows-1251; ASCII passes unchanged. */
function windows1251(text) {
  const bytes = [];
  for (const char of text) {
    const code = char.codePointAt(0);
    if (code < 0x80) bytes.push(code);
    else if (char === 'Ё') bytes.push(0xa8);
    else if (char === 'ё') bytes.push(0xb8);
    else if (code >= 0x410 && code <= 0x44f) bytes.push(code - 0x410 + 0xc0);
    else throw new Error(`No Windows-1251 byte for "${char}"`);
  }
  return Uint8Array.from(bytes);
}
