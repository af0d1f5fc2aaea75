import { parseDocument } from 'yaml';
import { taxonomySchema, type Taxonomy } from './taxonomy-schema.ts';
import { yamlPathToLine } from '../yaml/yaml-path-to-line.ts';

/** The validated taxonomy, or an error message naming the file, line and field. */
export function textToTaxonomy(file: string, text: string): { ok: true; taxonomy: Taxonomy } | { ok: false; message: string } {
  const doc = parseDocument(text);
  const yamlError = doc.errors[0];
  if (yamlError !== undefined)
    return { ok: false, message: `${file}:${yamlError.linePos?.[0].line ?? 1}: invalid YAML: ${yamlError.message}` };
  // An empty file (or one of comments only) is an empty taxonomy.
  const result = taxonomySchema.safeParse(doc.toJS() ?? {});
  if (result.success) return { ok: true, taxonomy: result.data };
  const messages = result.error.issues.slice(0, 5).map((issue) => {
    const line = yamlPathToLine(doc, text, issue.path);
    return `${file}:${line}: ${issue.path.join('.') || 'topics file'}: ${issue.message}`;
  });
  return { ok: false, message: messages.join('\n') };
}
