import type { Locator } from '@playwright/test';

/** An element's text as a reader hears it: typeset math by its plain reading, KaTeX's hidden rendering left out. */
export async function plainText(locator: Locator): Promise<string> {
  return locator.evaluate((element) => {
    const copy = element.cloneNode(true) as Element;
    for (const hidden of copy.querySelectorAll('[aria-hidden="true"]')) hidden.remove();
    return copy.textContent.trim();
  });
}
