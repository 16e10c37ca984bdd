/**
 * The start-up data the server printed into the page (showSidebar's template): taken once, so
 * opening the sidebar needs no google.script.run call. A retry after a failed start, or a page
 * served without it, asks the server instead.
 */

import type { Result } from '../src/model/problems';
import type { SidebarBoot } from '../src/server/rpc-sidebar';

declare global {
  interface Window {
    journeyGridBoot?: Result<SidebarBoot>;
  }
}

export function takePrintedBoot(): Result<SidebarBoot> | undefined {
  const boot = window.journeyGridBoot;
  window.journeyGridBoot = undefined;
  return boot && typeof boot === 'object' && 'ok' in boot ? boot : undefined;
}
