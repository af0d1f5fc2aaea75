import { seededRandom } from '../text/vectors-to-concepts.ts';

/** A paper to recombine: a title and its abstract. */
export interface SeedPaper {
  title: string;
  abstract: string;
}

/** A synthetic dump: its file name and its text. */
export interface SyntheticDump {
  name: string;
  text: string;
}

/** Papers per synthetic dump, about a month of daily listings. */
const PAPERS_PER_DUMP = 500;
/** The share of each dump's papers that repeat a paper of an earlier dump (kept by the dedupe). */
const REPEATED = 0.03;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * About `count` synthetic papers in dumps of both layouts, made from the seed
 * papers: each title joins the first half of one seed title to the second
 * half of another, each abstract likewise, with a fixed seed. Every other
 * dump is a daily page whose papers carry an author count, a date and
 * upvotes; the rest are listings without them. A few papers of each dump
 * repeat one of an earlier dump, as real dumps overlap.
 */
export function synthesizeDumps(seeds: readonly SeedPaper[], count: number, seed = 7): SyntheticDump[] {
  const random = seededRandom(seed);
  const pick = (): SeedPaper => seeds[Math.floor(random() * seeds.length)] ?? { title: 'Untitled', abstract: '' };
  const used = new Set<string>();
  const papers: SeedPaper[] = [];
  while (papers.length < count) {
    const [a, b] = [pick(), pick()];
    let title = [...half(a.title, / /, true), ...half(b.title, / /, false)].join(' ');
    // Recombined titles repeat by chance; a part number keeps every synthetic paper its own.
    for (let part = 2; used.has(title.toLowerCase()); part++) title = `${title.replace(/, Part \d+$/, '')}, Part ${part}`;
    used.add(title.toLowerCase());
    papers.push({ title, abstract: [...half(a.abstract, /(?<=\.) /, true), ...half(b.abstract, /(?<=\.) /, false)].join(' ') });
  }
  const dumps: SyntheticDump[] = [];
  for (let start = 0, index = 0; start < papers.length; start += PAPERS_PER_DUMP, index++) {
    const own = papers.slice(start, start + PAPERS_PER_DUMP);
    const repeats =
      start === 0 ? [] : Array.from({ length: Math.round(own.length * REPEATED) }, () => papers[Math.floor(random() * start)]);
    const listed = [...own, ...repeats.filter((p) => p !== undefined)];
    const month = MONTHS[index % 12] ?? 'Jan';
    const year = 2020 + Math.floor(index / 12);
    const name = `synthetic-${String(index).padStart(4, '0')}.txt`;
    dumps.push({
      name,
      text:
        index % 2 === 0
          ? listing(listed)
          : daily(
              listed,
              (i) => `${month} ${1 + (i % 28)}, ${year} ${Math.floor(random() * 200)}`,
              () => 1 + Math.floor(random() * 30),
            ),
    });
  }
  return dumps;
}

function half(text: string, separator: RegExp, first: boolean): string[] {
  const parts = text.split(separator);
  const middle = Math.ceil(parts.length / 2);
  return first ? parts.slice(0, middle) : parts.slice(middle);
}

/** The listing layout: two header lines, then title and abstract lines. */
function listing(papers: readonly SeedPaper[]): string {
  const lines = ['Get trending papers in your email inbox once a day!', 'Get trending papers in your email inbox!'];
  papers.forEach((p, i) => lines.push(i === 0 ? `Subscribe${p.title}` : p.title, p.abstract));
  return `${lines.join('\n')}\n`;
}

/** The daily layout: page chrome, then blocks of title, abstract, author count and date with upvotes. */
function daily(papers: readonly SeedPaper[], dateLine: (i: number) => string, authors: () => number): string {
  const blocks = ['new', 'Get trending papers in your email inbox!', 'Subscribe', 'byAK and the research community'];
  papers.forEach((p, i) => blocks.push(`${p.title}\n\n${p.abstract}\n\n  • ${authors()} authors\n·\n${dateLine(i)}`));
  return `${blocks.join('\n\n')}\n`;
}
