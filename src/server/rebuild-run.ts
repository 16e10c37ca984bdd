/**
 * A build of several personas runs as several server calls (a few personas each, the sidebar's
 * batches: hosts/sheets/batches.ts), and each persona's build holds the document lock only for
 * itself. In between, the file shows some personas rebuilt and others not, and a read-back there
 * would mix the form before and after without saying so. So the run leaves a marker in the
 * document properties from its first persona to its last, and a read-back answers "busy" while it
 * is there. The marker expires, so a run that never ends (sidebar closed, execution stopped)
 * blocks reading only for a while; a run that fails ends at once.
 */

import type { Properties } from '../hosts/ui';
import { JourneyGridError, problem } from '../model/problems';
import { SERVER_MESSAGES as M } from './messages';
import { propertiesService } from './services';

/** Which run a call belongs to, sent by the sidebar with each batch. */
export interface RebuildRun {
  id: string;
  /** Personas built by the earlier calls of the run. */
  done: number;
  total: number;
}

interface Marker extends RebuildRun {
  /** Epoch ms after which the marker no longer counts. */
  until: number;
}

const KEY = 'journeygrid.rebuilding';
/** One call runs at most 6 minutes (Apps Script quotas: "Script runtime 6 min / execution"). */
const DURING_CALL_MS = 6.5 * 60_000;
/** Between two calls the sidebar only waits for the answer of one before it sends the next. */
const BETWEEN_CALLS_MS = 2 * 60_000;

function store(): Properties | null {
  return propertiesService().getDocumentProperties();
}

function markerOf(properties: Properties): Marker | undefined {
  try {
    const marker = JSON.parse(properties.getProperty(KEY) ?? 'null') as Marker | null;
    return marker && typeof marker.until === 'number' ? marker : undefined;
  } catch {
    return undefined;
  }
}

/** The run as the sidebar sent it, or undefined if it is not one (plain JSON from the client). */
function validRun(run: RebuildRun | undefined): RebuildRun | undefined {
  if (!run || typeof run.id !== 'string' || run.id.length > 100) return undefined;
  const count = (n: unknown) => typeof n === 'number' && Number.isInteger(n) && n >= 0;
  return count(run.done) && count(run.total) ? { id: run.id, done: run.done, total: run.total } : undefined;
}

/**
 * Runs one call of a run (`personas` of them) with the marker up: written before the first
 * persona, made short-lived after a call that leaves some for the next, removed after the last
 * one or a failure. A single persona alone needs none: its build holds the document lock.
 */
export function inRebuildRun<T>(
  run: RebuildRun | undefined,
  personas: number,
  body: () => { value: T; failed: boolean },
): T {
  const properties = store();
  const own = validRun(run) ?? { id: `${Date.now()}.${Math.random()}`, done: 0, total: personas };
  if (!properties || own.total <= 1) return body().value;
  const write = (done: number, ms: number) => {
    try {
      properties.setProperty(KEY, JSON.stringify({ ...own, done, until: Date.now() + ms }));
    } catch {
      // A full property store must not stop the build: reads are then only guarded by the lock.
    }
  };
  write(own.done, DURING_CALL_MS);
  let outcome: { value: T; failed: boolean } | undefined;
  try {
    outcome = body();
    return outcome.value;
  } finally {
    const done = own.done + personas;
    if (outcome && !outcome.failed && done < own.total) write(done, BETWEEN_CALLS_MS);
    else if (markerOf(properties)?.id === own.id) properties.deleteProperty(KEY);
  }
}

/** Refuses a read-back while a run of builds is under way in the open file, in both languages. */
export function assertNoRebuildRunning(): void {
  const properties = store();
  const marker = properties && markerOf(properties);
  const left = marker ? marker.until - Date.now() : 0;
  if (!marker || left <= 0) return;
  const minutes = Math.ceil(left / 60_000);
  throw new JourneyGridError([problem('', 'busy', M.rebuildRunning(marker.done, marker.total, minutes))]);
}
