import type { ShelfPaper, ShelfTopic } from './build-shelf.ts';
import { paginate } from './paginate.ts';
import { ORDERS, orderPapers } from './paper-order.ts';

/** Papers per topic page. */
export const PAGE_SIZE = 50;

/** One static topic page: a topic, an ordering, a page number. */
export interface TopicPage {
  topic: ShelfTopic;
  order: (typeof ORDERS)[number];
  orders: typeof ORDERS;
  /** The route rest after `/topics/<slug>/`: undefined, "2", "upvotes", "a-z/3"… */
  rest: string | undefined;
  items: ShelfPaper[];
  number: number;
  total: number;
  start: number;
}

/** Every topic page: each ordering of each topic, paginated by PAGE_SIZE. */
export function topicPages(topics: readonly ShelfTopic[]): TopicPage[] {
  return topics.flatMap((topic) =>
    ORDERS.flatMap((order) =>
      paginate(orderPapers(topic.papers, order.order), PAGE_SIZE).map((page) => {
        const parts = [order.segment, page.number > 1 ? String(page.number) : undefined].filter((p) => p !== undefined);
        return { topic, order, orders: ORDERS, rest: parts.length === 0 ? undefined : parts.join('/'), ...page };
      }),
    ),
  );
}
