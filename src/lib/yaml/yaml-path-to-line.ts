import type { Document } from 'yaml';

/**
 * The 1-based line of a field in a parsed YAML document, or of its nearest
 * ancestor when the field is missing (line 1 when nothing matches), so a
 * schema complaint can point at the line to fix.
 */
export function yamlPathToLine(doc: Document, text: string, path: readonly PropertyKey[]): number {
  const keys = path.filter((p): p is string | number => typeof p !== 'symbol');
  for (let depth = keys.length; depth > 0; depth--) {
    const node: unknown = doc.getIn(keys.slice(0, depth), true);
    if (node !== null && typeof node === 'object' && 'range' in node && Array.isArray(node.range)) {
      return text.slice(0, Number(node.range[0])).split('\n').length;
    }
  }
  return 1;
}
