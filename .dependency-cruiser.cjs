/**
 * The rooms of the code and the doors between them, checked by `npm run check:rooms` (part of `npm test`).
 * src/lib/<room>/ is build-side code, one room per capability; src/client/<room>/ runs in the browser;
 * scripts/ are the Node commands. See README, "Project structure".
 */
const NODE_BUILTINS =
  '^(node:)?(assert|async_hooks|buffer|child_process|cluster|crypto|dgram|dns|events|fs|fs/promises|http|http2|https|module|net|os|path|perf_hooks|process|readline|stream|tls|url|util|v8|vm|worker_threads|zlib)$';

/** Which rooms of src/lib each room may use (its own always): the layers, bottom first. */
const LIB_DOORS = {
  paper: [],
  math: [],
  yaml: [],
  text: ['math'],
  cite: ['math', 'paper'],
  search: ['math', 'paper'],
  feed: ['math', 'paper'],
  offline: [],
  site: ['math', 'paper'],
  build: [],
  topics: ['math', 'paper', 'text', 'yaml'],
  'reading-list': ['cite', 'math', 'paper', 'text'],
  content: ['math', 'paper'],
  ingest: ['cite', 'math', 'paper', 'site', 'text', 'topics', 'yaml'],
  bench: ['paper', 'text'],
};
/** Which rooms of src/lib the browser code may use: pure ones, which never reach Node. */
const BROWSER_LIB = ['cite', 'math', 'offline', 'paper', 'reading-list', 'search', 'site', 'text'];

module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', comment: 'No import cycles.', from: {}, to: { circular: true } },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment: 'Every import resolves.',
      from: {},
      to: { couldNotResolve: true, pathNot: '^astro:' },
    },
    {
      name: 'lib-below-pages-and-browser',
      severity: 'error',
      comment: 'src/lib/ never imports pages, components, layouts, page data or browser code.',
      from: { path: '^src/lib/' },
      to: { path: '^src/(client|pages|components|layouts|data)/' },
    },
    {
      name: 'src-not-to-scripts',
      severity: 'error',
      comment: 'Site and library code never imports the Node commands in scripts/.',
      from: { path: '^src/' },
      to: { path: '^scripts/' },
    },
    {
      name: 'browser-never-reaches-node',
      severity: 'error',
      comment: 'Browser code never imports, even through other modules, a Node built-in.',
      from: { path: '^src/client/' },
      to: { path: NODE_BUILTINS, reachable: true },
    },
    {
      name: 'browser-uses-pure-rooms',
      severity: 'error',
      comment: `Browser code uses only the pure rooms of src/lib: ${BROWSER_LIB.join(', ')}.`,
      from: { path: '^src/client/' },
      to: { path: '^src/lib/', pathNot: `^src/lib/(${BROWSER_LIB.join('|')})/` },
    },
    ...Object.entries(LIB_DOORS).map(([room, doors]) => ({
      name: `lib-${room}-doors`,
      severity: 'error',
      comment: `src/lib/${room}/ uses only ${doors.length === 0 ? 'itself' : `src/lib/{${doors.join(',')}}/`}.`,
      from: { path: `^src/lib/${room}/` },
      to: { path: '^src/lib/', pathNot: `^src/lib/(${[room, ...doors].join('|')})/` },
    })),
    {
      name: 'every-lib-file-in-a-room',
      severity: 'error',
      comment: `Every file of src/lib/ sits in a room listed here: ${Object.keys(LIB_DOORS).join(', ')}.`,
      from: { path: '^src/lib/', pathNot: `^src/lib/(${Object.keys(LIB_DOORS).join('|')})/` },
      to: {},
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
  },
};
