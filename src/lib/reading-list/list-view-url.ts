import type { ListOrder, ListView } from './reading-list.ts';

const ORDERS: readonly ListOrder[] = ['saved', 'title', 'date'];

/**
 * The reading list's view read from its address (`?order=title&tag=ml&read=unread`),
 * so a reload, Back and a shared link show the same papers. Unknown values
 * fall back to the default (newest saved first, every paper); a tag is kept
 * as written, even one this browser's list does not have.
 */
export function paramsToListView(params: URLSearchParams): ListView {
  const order = params.get('order');
  const tag = params.get('tag')?.trim().replace(/\s+/gu, ' ').toLowerCase() ?? '';
  const read = params.get('read');
  return {
    order: ORDERS.find((o) => o === order) ?? 'saved',
    tag: tag === '' ? undefined : tag,
    read: read === 'read' ? true : read === 'unread' ? false : undefined,
  };
}

/** The address parameters of a view: only what differs from the default, in a fixed order. */
export function listViewToParams(view: ListView): URLSearchParams {
  const params = new URLSearchParams();
  if (view.order !== 'saved') params.set('order', view.order);
  if (view.tag !== undefined) params.set('tag', view.tag);
  if (view.read !== undefined) params.set('read', view.read ? 'read' : 'unread');
  return params;
}
