/**
 * The one-time grant of direct access to the open file (src/server/direct-grant.ts): whether to
 * offer it, and its two answers. It is offered while the last word on this file is 'denied': the
 * start-up data's remembered answer, then what each build or read-back result says. In Sheets only
 * reading back gains from it, so there a result must have said 'denied' in this sidebar. "Not now"
 * is kept in this browser per file (no server call: it is only about what the sidebar shows).
 */
import { useEffect, useState } from 'preact/hooks';
import type { DirectAccess } from '../../src/hosts/direct-access';
import type { Problem } from '../../src/model/problems';
import type { PersonaBuild } from '../components/BuildResults';
import { usePicker } from '../team-sharing';
import type { AppCore } from '../use-app';
import { focusOutcome } from './focus';

const NOT_NOW_KEY = 'journey-grid.direct-not-now';
/** Files "not now" is kept for, newest first: a bound on what the browser keeps. */
const NOT_NOW_MAX = 50;

/** What a server answer says about direct access, if anything (a build or read-back result). */
export function directOf(value: unknown): DirectAccess | undefined {
  const direct =
    typeof value === 'object' && value !== null ? (value as { direct?: unknown }).direct : undefined;
  return direct === 'allowed' || direct === 'denied' ? direct : undefined;
}

function readNotNow(): string[] {
  try {
    const parsed: unknown = JSON.parse(window.localStorage.getItem(NOT_NOW_KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
}

function keepNotNow(fileId: string): void {
  try {
    const ids = [fileId, ...readNotNow().filter((id) => id !== fileId)].slice(0, NOT_NOW_MAX);
    window.localStorage.setItem(NOT_NOW_KEY, JSON.stringify(ids));
  } catch {
    // Storage may be blocked in the add-on iframe: "not now" then lasts while the sidebar is open.
  }
}

export interface DirectGrantFeature {
  /** The notice is shown. */
  offered: boolean;
  /** The user granted it in this sidebar (the notice gives way to a short "done"). */
  granted: boolean;
  waiting: boolean;
  problems: Problem[];
  grant: () => Promise<void>;
  notNow: () => void;
  stopWaiting: () => void;
}

export interface Said {
  answer: DirectAccess;
  /** Said by a build or read-back result, not only remembered from before. */
  fromResult: boolean;
}

/** The newest answer among a build's results (the last persona built says it last). */
export function latestDirect(builds: readonly PersonaBuild[]): DirectAccess | undefined {
  return [...builds]
    .reverse()
    .map((b) => directOf(b.result))
    .find(Boolean);
}

/**
 * Whether to offer the grant: the last word is 'denied' (what this sidebar was told, else what
 * was remembered), it was not put away, in Sheets a result of this sidebar said so, and Google
 * Picker is set up (without it the button could only say so).
 */
export function offerGrant(
  host: 'sheets' | 'slides' | 'none' | undefined,
  remembered: DirectAccess | null | undefined,
  said: Said | null,
  dismissed: boolean,
  picker = true,
): boolean {
  const answer = said?.answer ?? remembered;
  return picker && answer === 'denied' && !dismissed && (host === 'slides' || said?.fromResult === true);
}

export function useDirectGrant(app: AppCore, builds: readonly PersonaBuild[]): DirectGrantFeature {
  const { boot, readBack } = app.state;
  const fileId = boot?.direct?.fileId ?? '';
  const [said, setSaid] = useState<Said | null>(null);
  const [dismissed, setDismissed] = useState(false);
  const [granted, setGranted] = useState(false);
  const [problems, setProblems] = useState<Problem[]>([]);
  const { waiting, pick, stop } = usePicker();

  useEffect(() => setDismissed(fileId !== '' && readNotNow().includes(fileId)), [fileId]);
  // The newest result that says anything has the last word.
  useEffect(() => {
    const answer = latestDirect(builds);
    if (answer) setSaid({ answer, fromResult: true });
  }, [builds]);
  useEffect(() => {
    const answer = directOf(readBack);
    if (answer) setSaid({ answer, fromResult: true });
  }, [readBack]);

  const offered = offerGrant(
    boot?.host,
    boot?.direct?.answer,
    said,
    dismissed,
    boot?.direct?.picker !== false,
  );

  const grant = async () => {
    setProblems([]);
    const result = await pick('direct');
    if (!result.ok) {
      setProblems(result.problems);
      focusOutcome('#direct-grant .problems');
      return;
    }
    setProblems(result.value.problems ?? []);
    if (result.value.direct === 'allowed') {
      setSaid({ answer: 'allowed', fromResult: false });
      setGranted(true);
      // The notice and its button are gone: focus what replaced them.
      focusOutcome('#direct-done');
    } else {
      // What the pick said; with nothing to say (the dialog was cancelled), back on the button,
      // not on the page (it was disabled while the dialog was open).
      focusOutcome('#direct-grant .problems', '#direct-allow');
    }
  };

  const notNow = () => {
    if (fileId) keepNotNow(fileId);
    setDismissed(true);
    // Where the user was: Build, or (no persona yet, Build is off) the control just above it.
    focusOutcome('#build:not(:disabled)', '#hints');
  };

  return { offered, granted: granted && !offered, waiting, problems, grant, notNow, stopWaiting: stop };
}
