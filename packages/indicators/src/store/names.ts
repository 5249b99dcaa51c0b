export const NAME_KINDS = ['standard', 'cp', 'centre', 'region', 'service'] as const;
export type NameKind = (typeof NAME_KINDS)[number];

/** Integer codes for the names of one kind, assigned in order of first appearance. */
export class NameCodes {
  private readonly codes = new Map<string, number>();
  // Consecutive events mostly repeat the name (events of one case are usually adjacent).
  private lastName: string | undefined;
  private lastCode = 0;

  code(name: string): number {
    if (name === this.lastName) return this.lastCode;
    let code = this.codes.get(name);
    if (code === undefined) {
      code = this.codes.size + 1;
      this.codes.set(name, code);
    }
    this.lastName = name;
    this.lastCode = code;
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
