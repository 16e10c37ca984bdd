/**
 * The start-up data the server printed into the page (showSidebar's template, as JSON in a
 * non-executed script element): taken once, so opening the sidebar needs no google.script.run
 * call. A retry after a failed start, or a page served without it, asks the server instead.
 */
import type { Result } from '../src/model/problems';
import type { SidebarBoot } from '../src/server/rpc-sidebar';

const ELEMENT_ID = 'journey-grid-boot';

export function takePrintedBoot(): Result<SidebarBoot> | undefined {
  const element = document.getElementById(ELEMENT_ID);
  if (!element) return undefined;
  element.remove();
  try {
    const boot = JSON.parse(element.textContent ?? '') as unknown;
    return boot && typeof boot === 'object' && 'ok' in boot ? (boot as Result<SidebarBoot>) : undefined;
  } catch {
    return undefined;
  }
}
