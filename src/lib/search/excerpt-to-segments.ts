import { withoutNameParts } from './text-to-name-parts.ts';

/** A run of excerpt text, marked when it matched the query. */
export interface Segment {
  text: string;
  mark: boolean;
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };

/**
 * Splits a Pagefind excerpt (escaped text with `<mark>` around matched
 * terms) into plain-text segments, so the page builds text nodes and
 * `<mark>` elements itself and never parses the excerpt as HTML.
 */
export function excerptToSegments(excerpt: string): Segment[] {
  const segments: Segment[] = [];
  let mark = false;
  // The name parts indexed beside the text (marked words, possibly inside a <mark>) are not for reading.
  for (const part of withoutNameParts(excerpt.replace(/<mark>\u2042/gu, '\u2042<mark>')).split(/(<\/?mark>)/)) {
    if (part === '<mark>') mark = true;
    else if (part === '</mark>') mark = false;
    else if (part !== '') segments.push({ text: part.replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (e) => ENTITIES[e] ?? e), mark });
  }
  return segments;
}
