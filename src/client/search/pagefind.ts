/** The subset of Pagefind's browser API the shelf uses (https://pagefind.app/docs/api/). */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  /** The page's whole indexed text. */
  content?: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}
export interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindResultData>;
}
export interface PagefindSearch {
  results: PagefindResult[];
  unfilteredResultCount: number;
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}
export interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (query: string | null, options?: { filters?: unknown; sort?: unknown }) => Promise<PagefindSearch | null>;
  debouncedSearch: (query: string | null, options?: { filters?: unknown; sort?: unknown }, ms?: number) => Promise<PagefindSearch | null>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

/** The URL parameter that carries search terms to a paper page to highlight them. */
export const HIGHLIGHT_PARAM = 'highlight';

const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
let loading: Promise<Pagefind> | undefined;

/** Pagefind, loaded on first use from this build's bundle, with cache busting tied to the build. */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
    await pagefind.options({
      baseUrl: base,
      excerptLength: 28,
      highlightParam: HIGHLIGHT_PARAM,
      metaCacheTag: import.meta.env.PUBLIC_BUILD_ID,
    });
    await pagefind.init();
    return pagefind;
  })();
  return loading;
}

/** The site's base path, with a trailing slash. */
export function basePath(): string {
  return base;
}
