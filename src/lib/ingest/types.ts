import type { PaperSource } from '../paper/paper-schema.ts';

/** Something wrong with the input, located at a file and a 1-based line. */
export interface Diagnostic {
  file: string;
  /** The 1-based line, or 0 when the trouble is the file as a whole (a folder, a named pipe, too large). */
  line: number;
  severity: 'error' | 'warning';
  message: string;
}

/** The two layouts a Hugging Face paper listing can be copied in. */
export type Layout = 'listing' | 'daily';

/** One dump as read from disk: its file name, raw bytes and optional sidecar text. */
export interface DumpFile {
  name: string;
  bytes: Uint8Array;
  sidecar?: { name: string; text: string; refused?: string };
  /** Why the entry was not read (a folder, a named pipe, too large, unreadable); bytes are then empty. */
  refused?: string;
}

/** One title occurrence in a dump, before any cleaning. */
export interface RawRecord {
  dump: string;
  line: number;
  title: string;
  abstract: string;
  authorCount?: number;
  dateText?: string;
  upvotes?: number;
}

/** A record that could not become a paper, and why. */
export interface Rejection {
  file: string;
  line: number;
  reason: string;
}

/** What a layout parser makes of one dump's lines. */
export interface ParsedDump {
  records: RawRecord[];
  rejections: Rejection[];
  warnings: Diagnostic[];
  /** The page date of a daily listing, as printed ("Nov 18"). */
  pageDateText?: string;
}

/** A cleaned record: one occurrence of a paper with resolved metadata. */
export interface PaperRecord {
  key: string;
  source: PaperSource;
  title: string;
  abstract: string;
  date?: string;
  dateHasYear?: boolean;
  authorCount?: number;
  upvotes?: number;
  codeLinks: string[];
}

/** A unique paper: every occurrence of one title key merged. */
export interface MergedPaper {
  key: string;
  title: string;
  abstract: string;
  date?: string;
  year?: number;
  authorCount?: number;
  upvotes?: number;
  sources: PaperSource[];
  codeLinks: string[];
}

/** Two occurrences of a paper disagreeing; the report lists these. */
export interface Conflict {
  title: string;
  field: 'abstract' | 'date' | 'authorCount' | 'upvotes';
  kept: PaperSource;
  others: PaperSource[];
}
