/** Seconds and the peak resident memory (MiB) of one step. */
export interface Step {
  seconds: number;
  peakMb: number;
}

/** Median and largest size (bytes) of a kind of page, and how many there are. */
export interface PageSizes {
  median: number;
  largest: number;
  count: number;
}

/** What `npm run bench` measured for one corpus. */
export interface BenchRow {
  label: string;
  papers: number;
  dumpBytes: number;
  /** The whole ingest process, and its stages in seconds (read, parse, text, markdown, write). */
  ingest: Step & { stages: Record<string, number> };
  /** scripts/build-site.ts: astro build, then Pagefind, then the service worker (their shares in seconds); the peak is Node's. */
  astro: Step & { pagefindSeconds: number; workerSeconds: number; pagefindPeakMb: number };
  dist: {
    bytes: number;
    files: number;
    artifactBytes: number;
    paperPage: PageSizes;
    listingPage: PageSizes;
    byPart: Record<string, { bytes: number; files: number }>;
  };
  visits: {
    firstVisit: { requests: number; bytes: number };
    firstQuery: { requests: number; bytes: number };
    /** A query with a typo after the first: what it costs more (the vocabulary shards and the corrected query's chunks). */
    typoQuery?: { requests: number; bytes: number };
  };
  baseline: { astro: Step; pagefind: Step; dist: { bytes: number; files: number; artifactBytes: number } };
  incremental?: { seconds: number; cleanSeconds: number };
}

/** One run of the benchmark: when, where, and a row per corpus. */
export interface BenchRun {
  date: string;
  machine: { cores: number; memoryGb: number; node: string };
  rows: BenchRow[];
}

/** The benchmark as markdown tables: time, memory, size and transfer, each against the bare baseline. */
export function benchToMarkdown(run: BenchRun): string {
  const mb = (bytes: number): string => (bytes / 1e6).toFixed(1);
  const kb = (bytes: number): string => (bytes / 1e3).toFixed(1);
  const s = (seconds: number): string => seconds.toFixed(1);
  const table = (head: string[], rows: string[][]): string[] => [
    `| ${head.join(' | ')} |`,
    `|${head.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
    '',
  ];
  const total = (r: BenchRow): number => r.ingest.seconds + r.astro.seconds;
  const bare = (r: BenchRow): number => r.baseline.astro.seconds + r.baseline.pagefind.seconds;
  const withoutText = (r: BenchRow): number =>
    Object.entries(r.ingest.stages)
      .filter(([stage]) => stage !== 'text')
      .reduce((n, [, v]) => n + v, 0);
  const lines = [
    `# npm run bench`,
    '',
    `${run.date}, ${String(run.machine.cores)} cores, ${String(run.machine.memoryGb)} GB, Node ${run.machine.node}.`,
    'Times in seconds, sizes in MB (10^6 bytes) and KB (10^3 bytes). Files on disk uncompressed; transfers as GitHub Pages sends them (HTML, CSS, JavaScript, JSON and text gzipped).',
    '',
    '## Build time',
    '',
    ...table(
      [
        'corpus',
        'papers',
        'dumps MB',
        'ingest',
        'of it: text step',
        'ingest MB/s (without text step)',
        'astro render',
        'Pagefind',
        'service worker',
        'total',
        'baseline',
        'ratio',
      ],
      run.rows.map((r) => [
        r.label,
        String(r.papers),
        mb(r.dumpBytes),
        s(r.ingest.seconds),
        s(r.ingest.stages['text'] ?? 0),
        (r.dumpBytes / 1e6 / Math.max(withoutText(r), 1e-3)).toFixed(1),
        s(r.astro.seconds - r.astro.pagefindSeconds - r.astro.workerSeconds),
        s(r.astro.pagefindSeconds),
        s(r.astro.workerSeconds),
        s(total(r)),
        s(bare(r)),
        `${(total(r) / bare(r)).toFixed(2)}x`,
      ]),
    ),
    '## Peak memory (MiB)',
    '',
    ...table(
      ['corpus', 'ingest', 'astro build (Node)', 'Pagefind', 'baseline astro', 'baseline Pagefind'],
      run.rows.map((r) => [
        r.label,
        String(r.ingest.peakMb),
        String(r.astro.peakMb),
        String(r.astro.pagefindPeakMb),
        String(r.baseline.astro.peakMb),
        String(r.baseline.pagefind.peakMb),
      ]),
    ),
    '## Size',
    '',
    ...table(
      [
        'corpus',
        'dist MB',
        'files',
        'Pages artifact MB',
        'per paper KB',
        'baseline artifact MB',
        'paper page KB (median / largest)',
        'listing page KB (median / largest)',
      ],
      run.rows.map((r) => [
        r.label,
        mb(r.dist.bytes),
        String(r.dist.files),
        mb(r.dist.artifactBytes),
        kb(r.dist.artifactBytes / Math.max(r.papers, 1)),
        mb(r.baseline.dist.artifactBytes),
        `${kb(r.dist.paperPage.median)} / ${kb(r.dist.paperPage.largest)}`,
        `${kb(r.dist.listingPage.median)} / ${kb(r.dist.listingPage.largest)}`,
      ]),
    ),
    '## Transfer',
    '',
    ...table(
      [
        'corpus',
        'first visit: requests',
        'first visit MB',
        'first query: requests',
        'first query KB (page and query)',
        'then a typo: requests',
        'then a typo KB',
      ],
      run.rows.map((r) => [
        r.label,
        String(r.visits.firstVisit.requests),
        mb(r.visits.firstVisit.bytes),
        String(r.visits.firstQuery.requests),
        kb(r.visits.firstQuery.bytes),
        r.visits.typoQuery === undefined ? '–' : String(r.visits.typoQuery.requests),
        r.visits.typoQuery === undefined ? '–' : kb(r.visits.typoQuery.bytes),
      ]),
    ),
  ];
  lines.push(
    '## Where the bytes are (MB, files)',
    '',
    ...table(
      ['corpus', ...parts(run)],
      run.rows.map((r) => [
        r.label,
        ...parts(run).map((part) => `${mb(r.dist.byPart[part]?.bytes ?? 0)} (${String(r.dist.byPart[part]?.files ?? 0)})`),
      ]),
    ),
  );
  const incremental = run.rows.filter((r) => r.incremental !== undefined);
  if (incremental.length > 0)
    lines.push(
      '## Incremental build (one dump added)',
      '',
      ...table(
        ['corpus', 'clean build', 'after adding a dump', 'share of clean'],
        incremental.map((r) => [
          r.label,
          s(r.incremental?.cleanSeconds ?? 0),
          s(r.incremental?.seconds ?? 0),
          `${(((r.incremental?.seconds ?? 0) / (r.incremental?.cleanSeconds ?? 1)) * 100).toFixed(0)}%`,
        ]),
      ),
    );
  return `${lines.join('\n').trimEnd()}\n`;
}

/** The top-level folders of the built sites, largest first. */
function parts(run: BenchRun): string[] {
  const bytes = new Map<string, number>();
  for (const r of run.rows) for (const [part, v] of Object.entries(r.dist.byPart)) bytes.set(part, (bytes.get(part) ?? 0) + v.bytes);
  return [...bytes].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([part]) => part);
}
