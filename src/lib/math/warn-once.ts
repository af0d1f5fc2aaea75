const warned = new Set<string>();

/** Logs a build warning once, however many pages show the same text. */
export function warnOnce(message: string): void {
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(`papershelf: ${message}`);
}
