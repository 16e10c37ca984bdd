/**
 * The Apps Script entry module. Only wiring lives here: each export becomes a top-level function
 * of dist/Code.js (triggers, the menu's actions and the sidebar's RPCs). Helpers that must not be
 * callable from the client are simply not exported.
 */

export * from './server/api';
export { onInstall, onOpen } from './server/menu';
export { showSidebar } from './server/sidebar';
