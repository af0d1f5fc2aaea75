/** Each list's positions, computed once: a topic's thousands of paper pages each ask for their neighbours. */
const positions = new WeakMap<readonly unknown[], Map<unknown, number>>();

/** The items before and after `item` in a list, if any. */
export function neighbours<T>(list: readonly T[], item: T): { previous: T | undefined; next: T | undefined } {
  let index = positions.get(list);
  if (index === undefined) {
    index = new Map(list.map((x, i) => [x, i]));
    positions.set(list, index);
  }
  const at = index.get(item);
  if (at === undefined) return { previous: undefined, next: undefined };
  return { previous: list[at - 1], next: list[at + 1] };
}
