/** What the page and the service worker say to each other, and what the build tells both. */

/** What the build wrote to offline/manifest.json, which "Save for offline reading" reads. */
export interface OfflineManifest {
  version: string;
  /** Whether the index comes with the first visit (a small shelf) rather than with "Save for offline". */
  searchOnInstall: boolean;
  searchPacks: { url: string; bytes: number }[];
  pages: { count: number };
}

/** What the build bakes into the service worker. */
export interface WorkerConfig {
  /** Names this build's caches. */
  version: string;
  /** The site's base path, with a trailing slash. */
  base: string;
  /** URLs cached on install: the shell (home page, styles, scripts, offline page). */
  precache: string[];
  /** Packs of the search index unpacked on install (none where the index waits for "Save for offline"). */
  searchPacks: string[];
}

/** The page asks the worker to save the whole index, pack by pack, answering on the message's port. */
export interface SaveAllRequest {
  type: 'save-all';
  packs: { url: string; bytes: number }[];
}

/** The worker's answers while saving: one per pack, then done; or failed. */
export type SaveProgress = { type: 'failed' } | { type: 'progress' | 'done'; done: number; total: number; papers: number };
