import { titleToSlug } from '../paper/title-to-slug.ts';

/** A topic found in the text: what readers see of it, and the phrases a taxonomy would need to keep it. */
export interface NamedTopic {
  slug: string;
  name: string;
  description: string;
  phrases: string[];
}

/** Words in a discovered topic's name at most: the first alone, more only where another topic has that name. */
const NAME_WORDS = 3;
const MAX_TOPIC_SLUG = 60;
/** How far down the label words a phrase is looked for to lead the name. */
const PHRASE_REACH = 3;

/** A bigram, a compound or an acronym: words that name a subject. */
function isPhrase(word: string): boolean {
  return /[ -]/u.test(word) || /^[\p{Lu}\p{N}]{2,}s?$/u.test(word);
}

/**
 * Names a discovered topic from its label words, most distinctive first:
 * "Speech synthesis" (the next word where another topic is already called
 * that, and the words joined where all are), slug "speech-synthesis", a
 * one-line description, and the words as phrases. The slug is the most
 * distinctive word alone ("speech-synthesis"; a subtopic's is its parent's
 * slug and that word), so it stays while that word leads the label, which
 * a few papers joining or leaving rarely change (the second word is far
 * less settled). When the slug is taken, the next word is added, then a
 * number.
 */
export function labelToTopic(
  words: readonly string[],
  taken: ReadonlySet<string>,
  parent?: { slug: string; name: string },
  /** The subjects other topics are named by (the subjectKeys of their names). */
  names: ReadonlySet<string> = new Set(),
): NamedTopic {
  const usable = words.filter((w) => titleToSlug(w) !== '');
  // A phrase among the leading words names a subject better than a single word ("Speech synthesis" over "speech").
  const phrase = usable.slice(0, PHRASE_REACH).findIndex(isPhrase);
  const ordered = phrase > 0 ? [usable[phrase] ?? '', ...usable.filter((_, i) => i !== phrase)] : usable;
  // The first word that names no other topic's subject; else the first words joined, until the name is new.
  const said = (text: string): boolean => subjectKeys(text).asks.some((key) => names.has(key));
  const lead = Math.max(
    0,
    ordered.findIndex((w) => !said(w)),
  );
  const leading = [ordered[lead] ?? '', ...ordered.filter((_, i) => i !== lead)].filter((w) => w !== '');
  let name = capitalise(leading[0] ?? 'More papers');
  for (let count = 2; said(name) && count <= Math.min(NAME_WORDS, leading.length); count++)
    name = capitalise(leading.slice(0, count).join(' · '));
  const base = parent === undefined ? [] : [parent.slug];
  let slug = '';
  for (let count = 1; count <= Math.max(1, leading.length); count++) {
    slug = titleToSlug([...base, ...leading.slice(0, count)].join(' '), MAX_TOPIC_SLUG) || 'more-papers';
    if (!taken.has(slug)) break;
  }
  for (let n = 2; taken.has(slug); n++) slug = `${slug.replace(/-\d+$/, '')}-${n}`;
  const list = leading.slice(0, 5);
  const spelled = list.length > 1 ? `${list.slice(0, -1).join(', ')} and ${list.at(-1) ?? ''}` : (list[0] ?? 'nothing in common');
  const description =
    parent === undefined
      ? `Found in the papers' own words: ${spelled}.`
      : `Part of ${parent.name}, found in the papers' own words: ${spelled}.`;
  return { slug, name, description, phrases: leading.slice(0, 6) };
}

/**
 * What a topic's name says, whatever the spelling: the part before " and ",
 * a comma or " · ", lower-case, hyphens as spaces, without a trailing
 * "models", "model", "LLMs", "LLM" or plural "s"; and an acronym stands for
 * the words whose initials it spells. "Vision-language models" and "Vision
 * language", "LLM agents" and "LLM agent", "RAG" and "Retrieval-augmented
 * generation" each say one thing. `keys` are what a name says, `asks` what
 * another name must say to say the same (an acronym asks for an expansion,
 * an expansion for an acronym).
 */
export function subjectKeys(name: string): { keys: string[]; asks: string[] } {
  const head = (name.split(/ and |, | · /u)[0] ?? name).trim();
  const bare = head
    .toLowerCase()
    .replace(/[-‐–]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .replace(/ (models?|llms?|networks?)$/u, '')
    .replace(/(?<=\p{L}{3})(es|s)$/u, '');
  const words = bare.split(' ').filter((w) => w.length > 0);
  if (words.length > 1) {
    const initials = words.map((w) => w[0] ?? '').join('');
    return { keys: [bare, `expands:${initials}`], asks: [bare, `acronym:${initials}`] };
  }
  if (/^[\p{Lu}\p{N}]{2,}s?$/u.test(head)) return { keys: [bare, `acronym:${bare}`], asks: [bare, `expands:${bare}`] };
  return { keys: [bare], asks: [bare] };
}

function capitalise(text: string): string {
  return /^\p{Ll}/u.test(text) ? `${text[0]?.toUpperCase() ?? ''}${text.slice(1)}` : text;
}
