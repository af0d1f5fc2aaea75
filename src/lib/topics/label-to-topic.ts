import { titleToSlug } from '../ingest/title-to-slug.ts';

/** A topic found in the text: what readers see of it, and the phrases a taxonomy would need to keep it. */
export interface NamedTopic {
  slug: string;
  name: string;
  description: string;
  phrases: string[];
}

/** Words in a discovered topic's name. */
const NAME_WORDS = 3;
const MAX_TOPIC_SLUG = 60;

/**
 * Names a discovered topic from its label words, most distinctive first:
 * "Speech synthesis · TTS · voice", slug "speech-synthesis-tts", a
 * one-line description, and the words as phrases. The slug is the most
 * distinctive word alone ("speech-synthesis"; a subtopic's is its parent's
 * slug and that word), so it stays while that word leads the label, which
 * a few papers joining or leaving rarely change (the second word is far
 * less settled). When the slug is taken, the next word is added, then a
 * number.
 */
export function labelToTopic(words: readonly string[], taken: ReadonlySet<string>, parent?: { slug: string; name: string }): NamedTopic {
  const usable = words.filter((w) => titleToSlug(w) !== '');
  const name = usable.length === 0 ? 'More papers' : capitalise(usable.slice(0, NAME_WORDS).join(' · '));
  const base = parent === undefined ? [] : [parent.slug];
  let slug = '';
  for (let count = 1; count <= Math.max(1, usable.length); count++) {
    slug = titleToSlug([...base, ...usable.slice(0, count)].join(' '), MAX_TOPIC_SLUG) || 'more-papers';
    if (!taken.has(slug)) break;
  }
  for (let n = 2; taken.has(slug); n++) slug = `${slug.replace(/-\d+$/, '')}-${n}`;
  const list = usable.slice(0, 5);
  const spelled = list.length > 1 ? `${list.slice(0, -1).join(', ')} and ${list.at(-1) ?? ''}` : (list[0] ?? 'nothing in common');
  const description =
    parent === undefined
      ? `Found in the papers' own words: ${spelled}.`
      : `Part of ${parent.name}, found in the papers' own words: ${spelled}.`;
  return { slug, name, description, phrases: usable.slice(0, 6) };
}

function capitalise(text: string): string {
  return /^\p{Ll}/u.test(text) ? `${text[0]?.toUpperCase() ?? ''}${text.slice(1)}` : text;
}
