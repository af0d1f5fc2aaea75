import { z } from 'astro/zod';
import { parseDocument } from 'yaml';
import { cleanText } from './clean-text.ts';
import type { Diagnostic } from './types.ts';
import { yamlPathToLine } from '../yaml/yaml-path-to-line.ts';

/** The optional `<dump>.yaml` next to a dump: when it was captured and a human title. */
export const sidecarSchema = z
  .object({
    captured: z.iso.date().optional(),
    // Cleaned as titles are: a noncharacter or control character in it would reach the collection's feed.
    title: z.string().transform(cleanText).pipe(z.string().min(1)).optional(),
  })
  .strict();

/** A dump's sidecar settings. */
export type Sidecar = z.infer<typeof sidecarSchema>;

/** The parsed sidecar, or a diagnostic naming the sidecar file, line and field. */
export function textToSidecar(file: string, text: string): { ok: true; sidecar: Sidecar } | { ok: false; error: Diagnostic } {
  const doc = parseDocument(text, { prettyErrors: false });
  const yamlError = doc.errors[0];
  if (yamlError !== undefined) {
    return {
      ok: false,
      error: { file, line: yamlError.linePos?.[0].line ?? 1, severity: 'error', message: `invalid YAML: ${yamlError.message}` },
    };
  }
  const result = sidecarSchema.safeParse(doc.toJS() ?? {});
  if (result.success) return { ok: true, sidecar: result.data };
  const issue = result.error.issues[0];
  const field = issue?.path.join('.') ?? '';
  const line = yamlPathToLine(doc, text, issue?.path ?? []);
  const message = `${field === '' ? 'sidecar' : `field "${field}"`}: ${issue?.message ?? 'invalid'}${field === 'captured' ? ' (expected YYYY-MM-DD)' : ''}`;
  return { ok: false, error: { file, line, severity: 'error', message } };
}
