/** A run of text as the page shows it: plain text, or TeX to typeset. */
export type Segment = { kind: 'text'; value: string } | { kind: 'math'; tex: string; display: boolean };

/** Segments with neighbouring plain runs joined into one, and no empty plain run. */
export function mergeText(segments: readonly Segment[]): Segment[] {
  const merged: Segment[] = [];
  for (const segment of segments) {
    const last = merged[merged.length - 1];
    if (segment.kind === 'text' && last?.kind === 'text') merged[merged.length - 1] = { kind: 'text', value: last.value + segment.value };
    else merged.push(segment);
  }
  return merged.filter((s) => s.kind === 'math' || s.value !== '');
}
