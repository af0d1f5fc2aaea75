/**
 * `node scripts/bench-text-step.ts [N]`: times the text step of the ingest
 * (text model, neighbours and related papers, concepts, topic fitting) on the
 * seed dumps, or on N synthetic papers recombined from them (half of one
 * paper's abstract and title joined to half of another's, with a fixed
 * seed). Prints one JSON line; `npm run bench` runs it under /usr/bin/time
 * for the peak memory.
 */
import { dumpToRecords } from '../src/lib/ingest/dump-to-records.ts';
import { mergePapers } from '../src/lib/ingest/merge-papers.ts';
import { neighboursToRelated } from '../src/lib/ingest/neighbours-to-related.ts';
import { papersToTopics } from '../src/lib/ingest/papers-to-topics.ts';
import { readDumps } from '../src/lib/ingest/read-dumps.ts';
import { seededRandom } from '../src/lib/text/vectors-to-concepts.ts';
import { readInputs } from './ingest.ts';

const size = process.argv[2] === undefined ? undefined : Number(process.argv[2]);
const { papers: seeds } = mergePapers((await readDumps('content/dumps')).map(dumpToRecords).flatMap((r) => r.records));
const input = await readInputs('content/dumps', undefined, console.error);
if (input === undefined) throw new Error('cannot read the seed dumps');
const papers = size === undefined ? seeds : synthetic(size);

const start = performance.now();
const { model, neighbours, fitted } = papersToTopics(papers, input.taxonomy);
const topicsOf = (i: number): readonly string[] => fitted.assignments[i] ?? [];
const related = neighbours.map((n, i) => neighboursToRelated(n, model, { topics: topicsOf(i), slugOf: String, topicsOf }));
const seconds = (performance.now() - start) / 1000;
console.log(JSON.stringify({ papers: papers.length, seconds, topics: fitted.topics.length, related: related.length }));

function synthetic(n: number): { title: string; abstract: string }[] {
  const random = seededRandom(7);
  const pick = (): { title: string; abstract: string } => seeds[Math.floor(random() * seeds.length)] ?? { title: '', abstract: '' };
  const half = (text: string, separator: RegExp, first: boolean): string[] => {
    const parts = text.split(separator);
    const middle = Math.ceil(parts.length / 2);
    return first ? parts.slice(0, middle) : parts.slice(middle);
  };
  return Array.from({ length: n }, () => {
    const [a, b] = [pick(), pick()];
    return {
      title: [...half(a.title, / /, true), ...half(b.title, / /, false)].join(' '),
      abstract: [...half(a.abstract, /(?<=\.) /, true), ...half(b.abstract, /(?<=\.) /, false)].join(' '),
    };
  });
}
