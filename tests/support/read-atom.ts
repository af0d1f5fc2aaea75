import { z } from 'astro/zod';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';

const text = z.object({ '#text': z.string(), '@type': z.literal('text') });
const link = z.object({ '@rel': z.string(), '@href': z.string(), '@type': z.string().optional() });
const rfc3339 = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/u);

/** An Atom entry as fast-xml-parser reads it, with the elements RFC 4287 requires of a Papershelf entry. */
const entrySchema = z.object({
  id: z.url(),
  title: text,
  updated: rfc3339,
  published: rfc3339.optional(),
  link: z.array(link).min(1),
  summary: text,
  category: z.array(z.object({ '@term': z.string(), '@label': z.string() })).optional(),
});

/** An Atom feed document, with the elements RFC 4287 requires (author at feed level). */
const atomSchema = z.object({
  feed: z.object({
    '@xmlns': z.literal('http://www.w3.org/2005/Atom'),
    id: z.url(),
    title: text,
    subtitle: text.optional(),
    updated: rfc3339,
    author: z.object({ name: z.string().min(1) }),
    link: z.array(link).min(1),
    entry: z.array(entrySchema).default([]),
  }),
});

export type AtomEntry = z.infer<typeof entrySchema>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  htmlEntities: true,
  isArray: (name) => ['entry', 'link', 'category'].includes(name),
});

/** The feed in an Atom document; throws, naming the problem, if the XML is malformed or lacks a required element. */
export function readAtom(xml: string): z.infer<typeof atomSchema>['feed'] {
  // Throws, saying where, on malformed XML, and on `]]>` in text or `<` in an attribute.
  SyntaxValidator.validate(xml, {
    invalidCharSequence: { comment: true, tagValue: true, attrLt: true },
    xmlDeclaraion: { optional: false },
  });
  return atomSchema.parse(parser.parse(xml)).feed;
}
