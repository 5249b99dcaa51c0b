/**
 * Compiles a glob of the manifest to a regular expression over paths with
 * forward slashes: `**` matches any folders, `*` any characters but `/`,
 * `?` one character, `{a,b}` alternatives.
 */
export function globToRegExp(glob: string): RegExp {
  let source = '';
  let i = 0;
  while (i < glob.length) {
    const ch = glob[i] ?? '';
    if (ch === '*' && glob[i + 1] === '*') {
      const slash = glob[i + 2] === '/';
      source += slash ? '(?:.*/)?' : '.*';
      i += slash ? 3 : 2;
      continue;
    }
    if (ch === '*') source += '[^/]*';
    else if (ch === '?') source += '[^/]';
    else if (ch === '{') source += '(?:';
    else if (ch === '}') source += ')';
    else if (ch === ',' && glob.lastIndexOf('{', i) > glob.lastIndexOf('}', i)) source += '|';
    else source += ch.replace(/[.+^$()|[\]\\]/g, '\\$&');
    i += 1;
  }
  return new RegExp(`^${source}$`);
}

/** Tells whether a relative path is selected by the include and exclude globs. */
export function matchesGlobs(path: string, include: readonly RegExp[], exclude: readonly RegExp[]): boolean {
  return include.some((re) => re.test(path)) && !exclude.some((re) => re.test(path));
}

/** Names what is wrong with a manifest glob, or returns `undefined` when it can be used. */
export function globProblem(glob: string): 'braces' | 'outside' | undefined {
  let depth = 0;
  for (const ch of glob) {
    if (ch === '{') depth += 1;
    if (ch === '}') depth -= 1;
    if (depth < 0) return 'braces';
  }
  if (depth !== 0) return 'braces';
  if (glob.startsWith('/') || glob.split('/').includes('..')) return 'outside';
  return undefined;
}
