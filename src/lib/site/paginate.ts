/** One page of a paginated list. */
export interface Page<T> {
  /** 1-based page number. */
  number: number;
  total: number;
  items: T[];
  /** Index of the first item on this page, 0-based. */
  start: number;
}

/** Splits items into pages of `size` (at least one page, even when empty). */
export function paginate<T>(items: readonly T[], size: number): Page<T>[] {
  const total = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: total }, (_, i) => ({
    number: i + 1,
    total,
    items: items.slice(i * size, (i + 1) * size),
    start: i * size,
  }));
}
