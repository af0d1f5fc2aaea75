import { getCollection, type CollectionEntry } from 'astro:content';

let notes: Promise<Map<string, CollectionEntry<'notes'>>> | undefined;

/** The reader's note on a paper, if there is one (content/notes/<slug>.md), the notes read once per build. */
export async function noteFor(slug: string): Promise<CollectionEntry<'notes'> | undefined> {
  notes ??= getCollection('notes').then((entries) => new Map(entries.map((entry) => [entry.id, entry])));
  return (await notes).get(slug);
}
