/** The items before and after `item` in a list, if any. */
export function neighbours<T>(list: readonly T[], item: T): { previous: T | undefined; next: T | undefined } {
  const index = list.indexOf(item);
  if (index === -1) return { previous: undefined, next: undefined };
  return { previous: list[index - 1], next: list[index + 1] };
}
