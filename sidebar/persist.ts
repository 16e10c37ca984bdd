/**
 * Keeps the form across closing and reopening the sidebar. The server copy (user properties) is
 * the lasting one, since a sidebar iframe's storage may be partitioned or cleared; saving is
 * debounced so a burst of typing is one call. Until the server has confirmed a save, the browser
 * keeps the newer form marked as pending, and a sidebar reopened in the meantime starts from it
 * (and sends it on) instead of the older server copy.
 */
import type { JsonObject } from '../src/model/json';
import { cleanChoices, type SidebarChoices } from './choices';
import { callServer } from './rpc';

const LOCAL_KEY = 'journey-grid.choices';
const DEBOUNCE_MS = 1200;

interface LocalEntry {
  choices: SidebarChoices;
  /** Not yet confirmed by the server. */
  pending: boolean;
}

let timer: ReturnType<typeof setTimeout> | undefined;
let lastSaved = '';

function readLocal(): LocalEntry | null {
  try {
    const text = window.localStorage.getItem(LOCAL_KEY);
    const entry = text ? (JSON.parse(text) as Partial<LocalEntry>) : null;
    const choices = cleanChoices(entry?.choices);
    return choices ? { choices, pending: entry?.pending === true } : null;
  } catch {
    return null;
  }
}

function writeLocal(entry: LocalEntry): void {
  try {
    window.localStorage.setItem(LOCAL_KEY, JSON.stringify(entry));
  } catch {
    // Storage may be blocked in the add-on iframe; the server copy still saves.
  }
}

/** The form to show before the start-up call answers. */
export function localChoices(): SidebarChoices | null {
  return readLocal()?.choices ?? null;
}

/**
 * The form to start from once the server has answered: a pending browser copy (newer than the
 * server's), else the server's (cleaned: the server keeps it as sent), else the defaults. Whatever
 * the server already holds is not sent again, so opening the sidebar costs one call.
 */
export function startingChoices(stored: unknown, defaults: SidebarChoices): SidebarChoices {
  const server = cleanChoices(stored);
  const local = readLocal();
  const start = local?.pending ? local.choices : (server ?? defaults);
  lastSaved = JSON.stringify(local?.pending ? server : start);
  return start;
}

export function saveChoices(choices: SidebarChoices): void {
  const json = JSON.stringify(choices);
  if (json === lastSaved) return;
  writeLocal({ choices, pending: true });
  clearTimeout(timer);
  timer = setTimeout(() => {
    lastSaved = json;
    // What crosses to the server is the JSON text's value: exactly what google.script.run carries.
    callServer('saveSidebarChoices', JSON.parse(json) as JsonObject)
      .then(() => writeLocal({ choices, pending: false }))
      // A failed save only loses a convenience; the next change (or the next opening) tries again.
      .catch(() => {
        lastSaved = '';
      });
  }, DEBOUNCE_MS);
}
