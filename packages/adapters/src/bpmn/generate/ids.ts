/**
 * Makes BPMN element ids from tsmp ids. moddle accepts only ASCII word
 * characters, dots and hyphens in ids (bpmn-moddle 10.3.1 rejects others as
 * illegal), so other characters become `_` and a counter keeps ids unique.
 */
export class IdFactory {
  private readonly used = new Set<string>();

  make(prefix: string, source: string): string {
    const base = `${prefix}_${source.replace(/[^\w.-]/g, '_')}`;
    let id = base;
    for (let counter = 2; this.used.has(id); counter += 1) id = `${base}_${counter}`;
    this.used.add(id);
    return id;
  }
}
