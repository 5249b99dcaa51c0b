import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The shared read-only corpora folder beside the checkout. */
export const CORPORA = fileURLToPath(new URL('../../../../../shared/corpora/', import.meta.url));
export const MIWG = join(CORPORA, 'bpmn-miwg');

/** Lists every `.bpmn` file under a folder, sorted. */
export function bpmnFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return bpmnFiles(path);
      return name.endsWith('.bpmn') ? [path] : [];
    });
}

/** windows-1251 bytes of the non-letter characters Russian test texts use. */
const WINDOWS_1251_SPECIAL: Readonly<Record<string, number>> = { Ё: 0xa8, ё: 0xb8, '«': 0xab, '»': 0xbb, '—': 0x97, '№': 0xb9 };

/** Encodes text as windows-1251, for Russian-language test files: ASCII, Cyrillic letters and a few signs. */
export function encodeWindows1251(text: string): Uint8Array {
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    const special = WINDOWS_1251_SPECIAL[char];
    if (code < 0x80) bytes.push(code);
    else if (code >= 0x410 && code <= 0x44f) bytes.push(code - 0x410 + 0xc0);
    else if (special !== undefined) bytes.push(special);
    else throw new Error(`No windows-1251 byte for U+${code.toString(16)}`);
  }
  return Uint8Array.from(bytes);
}
