/** An element as xml2js returns it with `xmlns: true` and `explicitArray: true`. */
export interface XmlNode {
  $?: Record<string, { local: string; uri: string; value: string }>;
  $ns?: { local: string; uri: string };
  _?: string;
  [child: string]: unknown;
}

/**
 * Returns the child elements with the given namespace URI and local name,
 * whatever prefix the file binds to the namespace. xml2js keys children by
 * their prefixed name, so every key is searched.
 */
export function childElements(node: XmlNode, uri: string, local: string): XmlNode[] {
  const found: XmlNode[] = [];
  for (const [key, value] of Object.entries(node)) {
    if (key === '$' || key === '$ns' || key === '_' || !Array.isArray(value)) continue;
    for (const child of value as XmlNode[]) {
      if (typeof child === 'object' && child.$ns?.uri === uri && child.$ns.local === local) found.push(child);
    }
  }
  return found;
}

/** Returns the first child element with the given name, if any. */
export function childElement(node: XmlNode, uri: string, local: string): XmlNode | undefined {
  return childElements(node, uri, local)[0];
}

/** Returns the value of an attribute without a namespace. */
export function attribute(node: XmlNode, local: string): string | undefined {
  for (const entry of Object.values(node.$ ?? {})) {
    if (entry.uri === '' && entry.local === local) return entry.value;
  }
  return undefined;
}

/** Returns the text content of an element. */
export function textOf(node: XmlNode | undefined): string | undefined {
  if (!node) return undefined;
  return node._ ?? '';
}

/** Converts `true`/`false` to a boolean and leaves any other text as it is, for the schema to report. */
export function booleanValue(text: string | undefined): boolean | string | undefined {
  if (text === 'true') return true;
  if (text === 'false') return false;
  return text;
}

/** Converts decimal text to a number and leaves any other text as it is, for the schema to report. */
export function numberValue(text: string | undefined): number | string | undefined {
  if (text !== undefined && /^-?\d+(\.\d+)?$/.test(text.trim())) return Number(text);
  return text;
}
