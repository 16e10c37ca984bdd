/**
 * Team sharing RPCs: Google Picker in a dialog for files teammates share, team persona libraries
 * as `.personas.json` files, and opening any of our files with what it takes to save back safely
 * (its revision, whether it is view-only).
 *
 * How a pick reaches the sidebar: the sidebar calls `showPicker` (which opens the dialog and
 * answers a ticket); the dialog calls `pickerPicked` or `pickerCancelled` with that ticket, which
 * check the files and store the outcome in the user's properties; the sidebar asks `pickerResult`
 * every few seconds until the outcome is there. Two HtmlService pages cannot call each other, and
 * each google.script.run call is its own execution, so the server is the only place they meet.
 * The same dialog grants direct access to the open file (purpose 'direct', direct-grant.ts): it
 * shows that file, and the dialog reports the pick with `directPicked`.
 */
import type { DirectAccess } from '../hosts/direct-access';
import type { DriveContext, ListedFile, SaveBase, SavedFile, SaveMode } from '../hosts/drive/json-files';
import { listJsonFiles, saveJsonFile, toListed } from '../hosts/drive/json-files';
import {
  checkBeforeSave,
  checkOpenable,
  fileInfo,
  kindOf,
  notOurs,
  type OpenedFile,
  PICKER_APP_ID_PROPERTY,
  PICKER_KEY_PROPERTY,
  PICKER_MIME_TYPES,
  type PickStore,
  readShared,
  rememberPicked,
  withPicked,
} from '../hosts/drive/shared-files';
import { KEY_PREFIX } from '../layout/keys';
import { parseDocumentJson } from '../model/migrate';
import { JourneyGridError, type Problem, problem, type Result } from '../model/problems';
import type { JourneyDocument, Language, Persona } from '../model/types';
import { validateDocument } from '../model/validate';
import { isSharedKind, type SharedFileKind } from '../share/files';
import {
  PERSONA_LIBRARY_KIND,
  PERSONA_LIBRARY_SCHEMA_VERSION,
  type PersonaLibraryFile,
  parsePersonaLibraryJson,
  validatePersonaLibrary,
} from '../share/persona-library';
import { parseTemplateJson, type TeamTemplate, validateTemplate } from '../share/template';
import { utf8Length } from '../share/utf8';
import { directTarget, grantDirect } from './direct-grant';
import { activeDocumentId, driveContext } from './drive-context';
import { runRpc } from './errors';
import { SERVER_MESSAGES as M } from './messages';
import { editorUi, htmlService, propertiesService, scriptApp, session } from './services';
import { uiLanguage } from './strings';

/** One user property per open dialog (`journeygrid.pick.<ticket>`): two dialogs never share an outcome. */
const PICK_PREFIX = `${KEY_PREFIX}pick.`;
/** Files one pick checks (each is read whole); more are named in a problem, never dropped unsaid. */
const MAX_PER_PICK = 20;
/**
 * What one stored outcome may take: under a property value's 9 KB ("Properties value size:
 * 9kB / val", https://developers.google.com/apps-script/guides/services/quotas), with room for
 * the note that some results were left out.
 */
const MAX_OUTCOME_BYTES = 8 * 1024;
/** Outcomes never polled (the sidebar closed, gives up after 15 minutes) are dropped after a day. */
const STALE_MS = 24 * 60 * 60 * 1000;

const T = {
  notConfigured: (missing: string) => problem('', 'picker-not-configured', M.pickerNotConfigured(missing)),
  wrongKind: (name: string, kind: SharedFileKind) => problem('fileId', 'wrong-kind', M.wrongKind(name, kind)),
  dialogTitle: M.pickerDialogTitle,
  tooMany: (left: number) => problem('fileId', 'too-many-picked', M.tooManyPicked(MAX_PER_PICK, left)),
  leftOut: (count: number) => problem('fileId', 'picked-results-left-out', M.pickedLeftOut(count)),
};

function userStore(): PickStore {
  return propertiesService().getUserProperties();
}

function language(): Language {
  return uiLanguage(session().getActiveUserLocale());
}

/** What a pick is for: one kind of our files, or 'direct', the open file (direct-grant.ts). */
export type PickPurpose = SharedFileKind | 'direct';

/** What the dialog page gets: everything it needs, printed into it (no round trip to start). */
export interface PickerConfig {
  ticket: string;
  kind: PickPurpose;
  token: string;
  developerKey: string;
  appId: string;
  mimeTypes: string;
  /** For 'direct': the open file, the one the dialog shows. */
  fileIds?: string;
  language: Language;
}

export interface PickOutcome {
  state: 'pending' | 'picked' | 'cancelled';
  kind?: PickPurpose;
  files?: ListedFile[];
  problems?: Problem[];
  /** For 'direct': 'allowed' once the open file was picked and Google lets the add-on open it. */
  direct?: DirectAccess;
}

/** Opens Google Picker in a modal dialog for one purpose; answers the ticket to poll. */
export function showPicker(kind: PickPurpose): Result<{ ticket: string }> {
  return runRpc(() => {
    if (kind !== 'direct' && !isSharedKind(kind)) throw new Error(`Unknown kind ${kind}`);
    // The deployment's own settings, the same for every user (the real global: the shared narrow
    // PropertiesService interface leaves script properties out).
    const script = PropertiesService.getScriptProperties();
    const developerKey = script.getProperty(PICKER_KEY_PROPERTY) ?? '';
    const appId = script.getProperty(PICKER_APP_ID_PROPERTY) ?? '';
    const missing = [!developerKey && PICKER_KEY_PROPERTY, !appId && PICKER_APP_ID_PROPERTY].filter(Boolean);
    if (missing.length > 0) return { ok: false, problems: [T.notConfigured(missing.join(', '))] };
    const ticket = String(Date.now()) + Math.random().toString(36).slice(2, 8);
    const target = kind === 'direct' ? directTarget() : undefined;
    const config: PickerConfig = {
      ticket,
      kind,
      token: scriptApp().getOAuthToken(),
      developerKey,
      appId,
      mimeTypes: target?.mimeType ?? PICKER_MIME_TYPES,
      ...(target ? { fileIds: target.fileId } : {}),
      language: language(),
    };
    dropStale();
    store(ticket, { state: 'pending', kind });
    const template = htmlService().createTemplateFromFile('Picker');
    template.config = JSON.stringify(config).replace(/</g, '\\u003c');
    // 600 × 425: the size Google's Apps Script Picker sample gives its dialog.
    const html = template.evaluate().setWidth(600).setHeight(425);
    const title = kind === 'direct' ? M.directDialogTitle : T.dialogTitle;
    editorUi().ui.showModalDialog(html, title[config.language]);
    return { ok: true, value: { ticket } };
  });
}

function store(ticket: string, outcome: PickOutcome): void {
  userStore().setProperty(PICK_PREFIX + ticket, JSON.stringify(fitted(outcome)));
}

/** The outcome, shortened from the end until it fits a property value, saying how much was left out. */
function fitted(outcome: PickOutcome): PickOutcome {
  const files = [...(outcome.files ?? [])];
  const problems = [...(outcome.problems ?? [])];
  let left = 0;
  const size = () => utf8Length(JSON.stringify({ ...outcome, files, problems }));
  while (size() > MAX_OUTCOME_BYTES && (problems.length > 0 || files.length > 0)) {
    if (problems.length > 0) problems.pop();
    else files.pop();
    left++;
  }
  if (left === 0) return outcome;
  return { ...outcome, files, problems: [...problems, T.leftOut(left)] };
}

/** Tickets start with the time they were given: outcomes nobody came back for are dropped. */
function dropStale(): void {
  const props = propertiesService().getUserProperties();
  for (const key of props.getKeys()) {
    if (
      key.startsWith(PICK_PREFIX) &&
      Number(key.slice(PICK_PREFIX.length, PICK_PREFIX.length + 13)) < Date.now() - STALE_MS
    )
      props.deleteProperty(key);
  }
}

/** Checks one picked file: ours, of the kind asked for, readable and valid. */
function checkPicked(ctx: DriveContext, kind: SharedFileKind, fileId: string): ListedFile {
  const info = fileInfo(ctx, fileId);
  const name = info.name ?? fileId;
  const found = kindOf(info);
  if (!found) throw new JourneyGridError([notOurs(name)]);
  if (found !== kind) throw new JourneyGridError([T.wrongKind(name, kind)]);
  checkOpenable(info);
  const text = ctx.drive.Files.get(fileId, { alt: 'media', supportsAllDrives: true });
  const parsed = parseAs(kind, text);
  if (!parsed.ok)
    throw new JourneyGridError(parsed.problems.map((p) => ({ ...p, message: prefixed(name, p.message) })));
  return toListed(info);
}

function prefixed(name: string, message: Problem['message']): Problem['message'] {
  return M.pickedFile(name, message);
}

function parseAs(kind: SharedFileKind, text: string): Result<unknown> {
  if (kind === 'document') return parseDocumentJson(text);
  if (kind === 'template') return parseTemplateJson(text);
  return parsePersonaLibraryJson(text);
}

/**
 * The dialog's report: the files picked (Picker has granted drive.file access to each). Valid ones
 * are remembered so they are listed from now on; the others come back as problems.
 */
export function pickerPicked(ticket: string, kind: SharedFileKind, fileIds: string[]): Result<PickOutcome> {
  return runRpc(() => {
    if (!isSharedKind(kind)) throw new Error(`Unknown kind ${kind}`);
    const ctx = driveContext();
    const files: ListedFile[] = [];
    const problems: Problem[] = [];
    const ids = (Array.isArray(fileIds) ? fileIds : [])
      .map(String)
      .filter((id, i, all) => all.indexOf(id) === i);
    for (const id of ids.slice(0, MAX_PER_PICK)) {
      try {
        files.push(checkPicked(ctx, kind, String(id)));
        rememberPicked(ctx, userStore(), kind, String(id));
      } catch (error) {
        problems.push(
          ...(error instanceof JourneyGridError ? error.problems : [unreadable(String(id), error)]),
        );
      }
    }
    if (ids.length > MAX_PER_PICK) problems.unshift(T.tooMany(ids.length - MAX_PER_PICK));
    const outcome: PickOutcome = { state: 'picked', kind, files, problems };
    store(ticket, outcome);
    return { ok: true, value: outcome };
  });
}

/**
 * The dialog's report of a pick made to grant direct access (`name` as Picker gave it, shown in
 * the message when it is another file): see grantDirect.
 */
export function directPicked(ticket: string, fileId: string, name: string): Result<PickOutcome> {
  return runRpc(() => {
    const granted = grantDirect(String(fileId ?? ''), String(name ?? ''));
    const outcome: PickOutcome = { state: 'picked', kind: 'direct', ...granted };
    store(ticket, outcome);
    return { ok: true, value: outcome };
  });
}

function unreadable(id: string, error: unknown): Problem {
  const raw = error instanceof Error ? error.message : String(error);
  return problem('fileId', 'drive-unreadable', M.driveUnreadable(id, raw));
}

function readOutcome(ticket: string): PickOutcome | null {
  try {
    return JSON.parse(userStore().getProperty(PICK_PREFIX + ticket) ?? 'null');
  } catch {
    return null;
  }
}

export function pickerCancelled(ticket: string): Result<PickOutcome> {
  return runRpc(() => {
    const outcome: PickOutcome = { state: 'cancelled' };
    store(ticket, outcome);
    return { ok: true, value: outcome };
  });
}

/** The outcome of the dialog opened with `ticket`, or "pending" while it is open. */
export function pickerResult(ticket: string): Result<PickOutcome> {
  return runRpc(() => {
    const outcome = readOutcome(String(ticket));
    if (!outcome) return { ok: true, value: { state: 'cancelled' } };
    // Read once the dialog is done: the outcome has reached the sidebar and its property is freed.
    if (outcome.state !== 'pending')
      propertiesService()
        .getUserProperties()
        .deleteProperty(PICK_PREFIX + ticket);
    return { ok: true, value: outcome };
  });
}

/** The add-on's files of a kind plus the picked ones, newest first. */
export function listSharedFiles(kind: SharedFileKind): Result<ListedFile[]> {
  return runRpc(() => {
    const ctx = driveContext();
    const all = withPicked(ctx, userStore(), kind, listJsonFiles(ctx, kind));
    return { ok: true, value: all.sort((a, b) => b.modifiedTime.localeCompare(a.modifiedTime)) };
  });
}

export interface Opened<T> {
  value: T;
  file: OpenedFile;
}

/** Opens one of our files with its revision (for a later save's conflict check) and access. */
export function openSharedFile(
  kind: SharedFileKind,
  fileId: string,
): Result<Opened<JourneyDocument | TeamTemplate | PersonaLibraryFile>> {
  return runRpc(() => {
    const { file, text } = readShared(driveContext(), fileId);
    const parsed = parseAs(kind, text) as Result<JourneyDocument | TeamTemplate | PersonaLibraryFile>;
    if (!parsed.ok) return parsed;
    return { ok: true, value: { value: parsed.value, file } };
  });
}

function save(
  kind: SharedFileKind,
  title: string,
  source: string,
  value: unknown,
  base: SaveBase | null,
  mode: SaveMode,
): SavedFile {
  const ctx = driveContext();
  const json = `${JSON.stringify(value, null, 2)}\n`;
  // A journey is not known by its title, nor by the file it was built in (one spreadsheet can
  // start several): with no base, a save goes over a file only when the user says so.
  const byName = kind === 'document';
  return saveJsonFile(ctx, kind, mode === 'copy' ? copyTitle(title) : title, source, json, {
    base,
    mode,
    byName,
    beforeUpdate: (fileId, found) => checkBeforeSave(ctx, fileId, base, mode === 'check', byName && found),
  });
}

function copyTitle(title: string): string {
  return language() === 'ja' ? `${title} のコピー` : `Copy of ${title}`;
}

/**
 * Saves the journey over the file it came from, `base` (asking first when a teammate changed it):
 * the sidebar passes the file opened or saved while the user edits that journey, and none once
 * another journey is started. With no base, a new file; a file of the same name among the user's
 * is only gone over after the user answers "save over" (mode overwrite).
 */
export function saveJourneyFile(
  doc: JourneyDocument,
  base: SaveBase | null,
  mode: SaveMode,
): Result<SavedFile> {
  return runRpc(() => {
    const valid = validateDocument(doc);
    if (!valid.ok) return valid;
    return {
      ok: true,
      value: save('document', valid.value.title, activeDocumentId(), valid.value, base, mode),
    };
  });
}

export function saveTemplateFile(
  template: TeamTemplate,
  base: SaveBase | null,
  mode: SaveMode,
): Result<SavedFile> {
  return runRpc(() => {
    const valid = validateTemplate(template);
    if (!valid.ok) return valid;
    const source = `template:${valid.value.name.trim().toLowerCase()}`;
    return { ok: true, value: save('template', valid.value.name, source, valid.value, base, mode) };
  });
}

/** Saves personas as a team library `<name>.personas.json` (a new revision when saved again). */
export function savePersonaLibrary(
  /** Checked again here: the call can come from any client. */
  library: { name: string; personas: Persona[] },
  base: SaveBase | null,
  mode: SaveMode,
): Result<SavedFile> {
  return runRpc(() => {
    const valid = validatePersonaLibrary({
      kind: PERSONA_LIBRARY_KIND,
      schemaVersion: PERSONA_LIBRARY_SCHEMA_VERSION,
      name: library?.name,
      personas: library?.personas,
    });
    if (!valid.ok) return valid;
    const source = `personas:${valid.value.name.toLowerCase()}`;
    return { ok: true, value: save('personas', valid.value.name, source, valid.value, base, mode) };
  });
}
