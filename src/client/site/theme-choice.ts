const KEY = 'papershelf-theme';

type Choice = 'system' | 'light' | 'dark';

/** The reader's choice: a remembered theme (applied before the first paint by the layout), else the system's. */
function currentChoice(): Choice {
  const chosen = document.documentElement.dataset['theme'];
  return chosen === 'light' || chosen === 'dark' ? chosen : 'system';
}

/**
 * Wires the header's theme menu: System (follow the OS), Light or Dark. The
 * choice is remembered across pages and visits; System forgets it.
 */
export function initThemeChoice(): void {
  for (const label of document.querySelectorAll<HTMLLabelElement>('[data-theme-choice]')) {
    const select = label.querySelector('select');
    if (!select) continue;
    select.value = currentChoice();
    label.hidden = false;
    select.addEventListener('change', () => {
      const choice = select.value as Choice;
      if (choice === 'system') delete document.documentElement.dataset['theme'];
      else document.documentElement.dataset['theme'] = choice;
      try {
        if (choice === 'system') localStorage.removeItem(KEY);
        else localStorage.setItem(KEY, choice);
      } catch {
        /* storage unavailable: the choice lasts for this page only */
      }
    });
  }
}
