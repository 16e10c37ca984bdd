/**
 * Moving keyboard focus to what an action produced (its problems, its question, its result). The
 * button pressed is disabled while the action runs, so focus would otherwise fall to the page and
 * a keyboard or screen-reader user would have to find the outcome again from the top.
 */

/** Focuses the first of `selectors` on the page once it is drawn. */
export function focusOutcome(...selectors: string[]): void {
  requestAnimationFrame(() => {
    for (const selector of selectors) {
      const element = document.querySelector<HTMLElement>(selector);
      if (element) {
        element.focus();
        return;
      }
    }
  });
}

/** The build section's problems. */
export const BUILD_PROBLEMS = 'section[aria-labelledby="step-build"] .problems';
/** What the open file's banner said: its problems or its notice, right under it. */
export const START_OUTCOME = 'main > .problems, main > .notice';
