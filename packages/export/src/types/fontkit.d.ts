// Local typings of the part of fontkit 2.0.4 that tsmp uses: opening a TTF and looking up glyphs.
declare module 'fontkit' {
  interface Font {
    postscriptName: string;
    familyName: string;
    hasGlyphForCodePoint(codePoint: number): boolean;
  }
  export function openSync(path: string): Font;
}
