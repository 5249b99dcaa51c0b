/** Options every renderer accepts. */
export interface RenderOptions {
  /** Called after each block with the number of blocks done and the total, for progress on stderr. */
  onProgress?: (done: number, total: number) => void;
  /** PDF only: write PDF/A-2b (embedded fonts, sRGB output intent, XMP identification). */
  pdfa?: boolean;
}
