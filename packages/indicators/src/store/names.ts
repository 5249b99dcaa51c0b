export const NAME_KINDS = ['standard', 'cp', 'centre', 'region', 'service'] as const;
export type NameKind = (typeof NAME_KINDS)[number];

/** Integer codes for the names of one kind, assigned in order of first appearance. */
export class NameCodes {
  private readonly codes = new Map<string, number>();

  code(name: string): number {
    let code = this.codes.get(name);
    if (code === undefined) {
      code = this.codes.size + 1;
      this.codes.set(name, code);
    }
    return code;
  }

  find(name: string): number | undefined {
    return this.codes.get(name);
  }

  entries(): IterableIterator<[string, number]> {
    return this.codes.entries();
  }

  get size(): number {
    return this.codes.size;
  }
}
