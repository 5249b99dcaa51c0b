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
