/**
 * Keeps the form across closing and reopening the sidebar. The server copy (user properties) is
 * the one that counts, since a sidebar iframe's storage may be partitioned or cleared; saving is
 * debounced so a burst of typing is one call, and a copy in localStorage covers the seconds before
 * that call lands.
 */
import type { SidebarChoices } from '../src/server/rpc-sidebar';
import { callServer } from './rpc';

const LOCAL_KEY = 'journey-grid.choices';
const DEBOUNCE_MS = 1200;

let timer: ReturnType<typeof setTimeout> | undefined;
let lastSaved = '';

export function rememberSaved(choices: SidebarChoices | null): void {
  lastSaved = choices ? JSON.stringify(choices) : '';
}

export function localChoices(): SidebarChoices | null {
  try {
    const text = window.localStorage.getItem(LOCAL_KEY);
    return text ? (JSON.parse(text) as SidebarChoices) : null;
  } catch {
    return null;
  }
}

export function saveChoices(choices: SidebarChoices): void {
  const json = JSON.stringify(choices);
  if (json === lastSaved) return;
  try {
    window.localStorage.setItem(LOCAL_KEY, json);
  } catch {
    // Storage may be blocked in the add-on iframe; the server copy still saves.
  }
  clearTimeout(timer);
  timer = setTimeout(() => {
    lastSaved = json;
    // A failed save only loses a convenience; the next change tries again.
    callServer('saveSidebarChoices', choices).catch(() => {
      lastSaved = '';
    });
  }, DEBOUNCE_MS);
}
