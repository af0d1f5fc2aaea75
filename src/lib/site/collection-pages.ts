import type { ShelfCollection, ShelfPaper } from './build-shelf.ts';
import { paginate } from './paginate.ts';
import { PAGE_SIZE } from './topic-pages.ts';

/** One static page of a collection: its papers in the dump's order, PAGE_SIZE at a time. */
export interface CollectionPage {
  collection: ShelfCollection;
  /** The route rest after `/collections/<id>/`: undefined for the first page, then "2", "3"… */
  rest: string | undefined;
  items: ShelfPaper[];
  number: number;
  total: number;
  start: number;
}

/** Every collection page, paginated like topic pages so a 500-paper dump is ten light pages, not one heavy one. */
export function collectionPages(collections: readonly ShelfCollection[]): CollectionPage[] {
  return collections.flatMap((collection) =>
    paginate(collection.papers, PAGE_SIZE).map((page) => ({
      collection,
      rest: page.number > 1 ? String(page.number) : undefined,
      ...page,
    })),
  );
}
