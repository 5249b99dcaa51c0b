// Local typings of the parts of `hyphen` 1.14.1 that tsmp uses; the package ships none.
declare module 'hyphen/ru/index.js' {
  interface HyphenOptions {
    hyphenChar?: string;
    minWordLength?: number;
    exceptions?: string[];
  }
  export function hyphenateSync(text: string, options?: HyphenOptions): string;
}
