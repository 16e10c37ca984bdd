/**
 * The sidebar's side of team sharing: its texts (ja + en, kept here beside the feature), the
 * Picker round trip, and saves that ask before going over a teammate's change.
 *
 * The Picker lives in its own dialog, which cannot talk to the sidebar: the sidebar opens it
 * (showPicker answers a ticket), then asks the server for the outcome every POLL_MS until the
 * dialog has reported a pick or a cancel (src/server/rpc-picker.ts).
 */
import { useRef, useState } from 'preact/hooks';
import type { ListedFile, SaveBase, SavedFile, SaveMode } from '../src/hosts/drive/json-files';
import type { Problem, Result } from '../src/model/problems';
import type { Persona } from '../src/model/types';
import type { PickOutcome, PickPurpose } from '../src/server/rpc-picker';
import { useLanguage } from './i18n';
import { callServer } from './rpc';
import { attempt } from './tasks';

const TEXT = {
  pickJourney: { ja: '共有されたジャーニーを選ぶ…', en: 'Choose a shared journey…' },
  pickTemplate: { ja: 'チームのテンプレートを選ぶ…', en: "Choose a teammate's template…" },
  pickPersonas: { ja: 'チームのペルソナライブラリを選ぶ…', en: "Choose a teammate's persona library…" },
  waiting: {
    ja: 'ダイアログでファイルを選んでください…',
    en: 'Choose the file in the dialog…',
  },
  stopWaiting: { ja: '待つのをやめる', en: 'Stop waiting' },
  picked: { ja: '追加しました', en: 'Added' },
  sharedBy: { ja: '共有元', en: 'shared by' },
  viewOnly: { ja: '閲覧のみ', en: 'view only' },
  openedReadOnly: {
    ja: 'は閲覧のみで共有されています。読み込みはできますが、上書きはできません（コピーとして保存できます）。',
    en: 'is shared with you as view-only: it is opened, but saving goes to a copy.',
  },
  overwrite: { ja: '上書きする', en: 'Save over it' },
  saveCopy: { ja: 'コピーとして保存', en: 'Save as a copy' },
  cancel: { ja: 'キャンセル', en: 'Cancel' },
  libraryTitle: { ja: 'チームのペルソナライブラリ（Drive）', en: 'Team persona libraries (Drive)' },
  libraryHelp: {
    ja: 'ペルソナを <名前>.personas.json として Drive に保存し、チームで共有します。',
    en: 'Keep personas in Drive as <name>.personas.json and share the file with your team.',
  },
  libraryName: { ja: 'ライブラリ名', en: 'Library name' },
  saveLibrary: { ja: 'ペルソナをライブラリに保存', en: 'Save personas to the library' },
  librarySaved: { ja: 'ライブラリを保存しました', en: 'Library saved' },
  showLibraries: { ja: 'ライブラリを表示', en: 'Show libraries' },
  noLibraries: { ja: 'ペルソナライブラリはまだありません。', en: 'No persona libraries yet.' },
  open: { ja: '開く', en: 'Open' },
  add: { ja: 'ジャーニーに追加', en: 'Add to journey' },
  added: { ja: '追加済み', en: 'Added' },
  revision: { ja: '版', en: 'revision' },
} satisfies Record<string, { ja: string; en: string }>;

export type TeamTextKey = keyof typeof TEXT;

export function useTeamText(): (key: TeamTextKey) => string {
  const language = useLanguage();
  return (key) => TEXT[key][language];
}

/** Between two questions to the server while the dialog is open: one execution each. */
export const POLL_MS = 1500;
/** A dialog left open longer than this is taken as abandoned. */
const GIVE_UP_MS = 15 * 60 * 1000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Opens Google Picker for one purpose and resolves with what the user picked (or cancelled). */
export function usePicker(): {
  waiting: boolean;
  pick: (kind: PickPurpose) => Promise<Result<PickOutcome>>;
  stop: () => void;
} {
  const [waiting, setWaiting] = useState(false);
  // Closing the dialog with its × tells the script nothing: the user can stop waiting here.
  const stopped = useRef(false);
  const pick = async (kind: PickPurpose): Promise<Result<PickOutcome>> => {
    const shown = await attempt(() => callServer('showPicker', kind));
    if (!shown.ok) return shown;
    setWaiting(true);
    stopped.current = false;
    try {
      const deadline = Date.now() + GIVE_UP_MS;
      while (Date.now() < deadline && !stopped.current) {
        await sleep(POLL_MS);
        const result = await attempt(() => callServer('pickerResult', shown.value.ticket));
        if (!result.ok || result.value.state !== 'pending') return result;
      }
      return { ok: true, value: { state: 'cancelled' } };
    } finally {
      setWaiting(false);
    }
  };
  const stop = () => {
    stopped.current = true;
  };
  return { waiting, pick, stop };
}

/**
 * Whether a library persona is already in the journey: by its name, as the user sees it. An id
 * says nothing across journeys (two teammates' maps can hold different personas under the same
 * id; adding one then gives it a new id, state.ts addPersonaFromLibrary).
 */
export function inJourney(journey: readonly Persona[], persona: Persona): boolean {
  const name = persona.name.trim();
  return journey.some((p) => p.name.trim() === name);
}

/**
 * What saving the journey's personas to an opened library writes: the library's own personas
 * (one the journey has under the same name replaced by the journey's), then the journey's others.
 * Saving adds to a team's library; it never drops what teammates put there and this journey
 * does not use.
 */
export function mergeIntoLibrary(library: readonly Persona[], journey: readonly Persona[]): Persona[] {
  const mine = new Map(journey.map((p) => [p.name.trim(), p]));
  const theirs = new Set(library.map((p) => p.name.trim()));
  return [
    ...library.map((p) => mine.get(p.name.trim()) ?? p),
    ...journey.filter((p) => !theirs.has(p.name.trim())),
  ];
}

/** Problems a save answers when it should ask the user instead of failing. */
export function askableProblem(problems: readonly Problem[]): Problem | undefined {
  return problems.find(
    (p) =>
      p.code === 'drive-conflict' ||
      p.code === 'drive-exists' ||
      p.code === 'drive-read-only' ||
      p.code === 'drive-trashed' ||
      p.code === 'drive-gone',
  );
}

export interface SaveQuestion {
  problem: Problem;
  /** A view-only, trashed or deleted file can only be saved as a copy. */
  canOverwrite: boolean;
}

/**
 * A Drive save that remembers the file it goes to (its revision), asks when the server says a
 * teammate changed it or it is view-only, and then saves over it or as a copy.
 */
export function useSafeSave(save: (base: SaveBase | null, mode: SaveMode) => Promise<Result<SavedFile>>) {
  const [base, setBase] = useState<SaveBase | null>(null);
  const [question, setQuestion] = useState<SaveQuestion | null>(null);
  /** Resolves with the saved file, null while asking, or the problems to show. */
  const run = async (mode: SaveMode = 'check'): Promise<Result<SavedFile | null>> => {
    setQuestion(null);
    const result = await attempt(() => save(base, mode));
    if (!result.ok) {
      const ask = askableProblem(result.problems);
      if (ask && mode !== 'copy') {
        setQuestion({
          problem: ask,
          canOverwrite: ask.code === 'drive-conflict' || ask.code === 'drive-exists',
        });
        return { ok: true, value: null };
      }
      return result;
    }
    setBase({ fileId: result.value.fileId, revision: result.value.revision });
    return result;
  };
  const opened = (file: ListedFile & { revision: string }) =>
    setBase({ fileId: file.fileId, revision: file.revision });
  return { base, question, run, opened, dismiss: () => setQuestion(null), forget: () => setBase(null) };
}
