import type { ShelfPaper, ShelfTopic } from './build-shelf.ts';
import { paginate } from './paginate.ts';
import { coverage, tellsSomething } from './coverage.ts';
import { ORDERS, orderPapers } from './paper-order.ts';

/** Papers per topic page. */
export const PAGE_SIZE = 50;

/** One static topic page: a topic, an ordering, a page number. */
export interface TopicPage {
  topic: ShelfTopic;
  order: (typeof ORDERS)[number];
  /** The orderings offered: "Most upvoted" only where enough of the topic's papers carry upvotes. */
  orders: typeof ORDERS;
  /** The route rest after `/topics/<slug>/`: undefined, "2", "upvotes", "a-z/3"… */
  rest: string | undefined;
  items: ShelfPaper[];
  number: number;
  total: number;
  start: number;
}

/**
 * Every topic page: the topic newest first, paginated by PAGE_SIZE, and the
 * first page of each other ordering (the 50 most upvoted, the first 50 from
 * A to Z). Paginating every ordering would triple the listings: 467 MB of a
 * 50,000-paper shelf, past what GitHub Pages publishes.
 */
export function topicPages(topics: readonly ShelfTopic[]): TopicPage[] {
  return topics.flatMap((topic) =>
    ORDERS.flatMap((order) =>
      paginate(orderPapers(topic.papers, order.order), PAGE_SIZE)
        .slice(0, order.order === 'newest' ? undefined : 1)
        .map((page) => {
          const parts = [order.segment, page.number > 1 ? String(page.number) : undefined].filter((p) => p !== undefined);
          return {
            topic,
            order,
            orders: offeredOrders(topic.papers),
            rest: parts.length === 0 ? undefined : parts.join('/'),
            ...page,
            total: order.order === 'newest' ? page.total : 1,
          };
        }),
    ),
  );
}

/** The orderings worth offering for these papers: by upvotes only when enough carry them (see tellsSomething). */
export function offeredOrders(papers: readonly ShelfPaper[]): typeof ORDERS {
  const votes = tellsSomething(coverage(papers, (p) => p.upvotes !== undefined));
  return ORDERS.filter((o) => o.order !== 'upvotes' || votes);
}
