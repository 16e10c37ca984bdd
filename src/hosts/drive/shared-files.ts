/**
 * Files teammates share with the user. Under `drive.file` the add-on sees only the files it created
 * or that the user opened with it; a file chosen in Google Picker (with the Cloud project's number
 * as the Picker's app id) is such a file from then on ("Files the user opens with the Picker are
 * accessible with drive.file", https://developers.google.com/workspace/drive/picker/guides/overview).
 * Picked ids are remembered per user, so a teammate's file without Journey Grid's marks is listed
 * again; before any save over a file, its head revision is compared with the one the user opened
 * (Drive keeps one per upload, https://developers.google.com/drive/api/reference/rest/v3/files
 * "headRevisionId"), and a view-only file is refused with a way out (save as a copy).
 */
import { KEY_PREFIX } from '../../layout/keys';
import { JourneyGridError, type Problem, problem } from '../../model/problems';
import {
  APP_PROPERTY_KIND,
  FILE_SUFFIX,
  isSharedKind,
  MAX_FILE_BYTES,
  type SharedFileKind,
} from '../../share/files';
import { entryBytes, PROPERTY_MAX_BYTES } from '../../share/properties';
import { HOST_MESSAGES as M } from '../messages';
import {
  type DriveContext,
  LIST_FIELDS,
  type ListedFile,
  listJsonFiles,
  type SaveBase,
  toListed,
  unreadable,
} from './json-files';
import type { DriveFile } from './services';

/**
 * The per-user property that remembers the picked files of one kind: `["<id>", …]`, newest first.
 * One per kind, so picks of one kind never push out another's.
 */
export const pickedKey = (kind: SharedFileKind): string => `${KEY_PREFIX}picked.${kind}`;

/** Script Properties the deployer sets (README, "Google Picker"); never in the repository. */
export const PICKER_KEY_PROPERTY = 'PICKER_DEVELOPER_KEY';
export const PICKER_APP_ID_PROPERTY = 'PICKER_APP_ID';
/** JSON files: what Journey Grid uploads, and what Drive types a `.json` upload as. */
export const PICKER_MIME_TYPES = 'application/json';

export interface PickStore {
  getProperty(key: string): string | null;
  setProperty(key: string, value: string): unknown;
}

const INFO_FIELDS = `${LIST_FIELDS},mimeType,appProperties,headRevisionId,trashed,lastModifyingUser(displayName,me),size`;

export function readPicked(store: PickStore, kind: SharedFileKind): string[] {
  try {
    const parsed: unknown = JSON.parse(store.getProperty(pickedKey(kind)) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
}

/** Whether the ids fit one property value (9 KB, key and value in UTF-8: share/properties.ts). */
function fits(kind: SharedFileKind, ids: readonly string[]): boolean {
  return entryBytes(pickedKey(kind), JSON.stringify(ids)) <= PROPERTY_MAX_BYTES;
}

/**
 * Remembers a pick, newest first. When the kind's property is full, the picks Drive lists anyway
 * by Journey Grid's marks (listJsonFiles) are dropped first, oldest first; only then the oldest
 * others, so a teammate's hand-uploaded file stays listed as long as there is room.
 */
export function rememberPicked(ctx: DriveContext, store: PickStore, kind: SharedFileKind, id: string): void {
  const ids = [id, ...readPicked(store, kind).filter((e) => e !== id)];
  if (!fits(kind, ids)) {
    const marked = new Set(listJsonFiles(ctx, kind).map((f) => f.fileId));
    for (let i = ids.length - 1; i > 0 && !fits(kind, ids); i--) if (marked.has(ids[i]!)) ids.splice(i, 1);
    while (!fits(kind, ids)) ids.pop();
  }
  store.setProperty(pickedKey(kind), JSON.stringify(ids));
}

function forgetPicked(store: PickStore, kind: SharedFileKind, ids: readonly string[]): void {
  if (ids.length === 0) return;
  store.setProperty(pickedKey(kind), JSON.stringify(readPicked(store, kind).filter((e) => !ids.includes(e))));
}

/** A file Drive no longer gives: 404 "File not found: {fileId}." (https://developers.google.com/drive/api/guides/handle-errors). */
export const GONE = problem('fileId', 'drive-gone', M.driveGone);

function isNotFound(error: unknown): boolean {
  return /File not found/i.test(error instanceof Error ? error.message : String(error));
}

export function fileInfo(ctx: DriveContext, fileId: string): DriveFile {
  try {
    return ctx.drive.Files.get(fileId, { fields: INFO_FIELDS, supportsAllDrives: true });
  } catch (error) {
    throw isNotFound(error) ? new JourneyGridError([GONE]) : error;
  }
}

/**
 * Journey Grid never writes a file of MAX_FILE_BYTES or more (share/files.ts), so a bigger one is
 * refused from its metadata, before its content is downloaded into the script.
 */
export function checkOpenable(file: DriveFile): void {
  const bytes = Number(file.size ?? 0);
  if (bytes < MAX_FILE_BYTES) return;
  const name = file.name ?? '';
  const mb = (bytes / 1024 / 1024).toFixed(1);
  throw new JourneyGridError([problem('fileId', 'too-large', M.sharedTooLarge(name, mb))]);
}

/**
 * The add-on's own listing plus the picked files of that kind it does not already hold (a
 * teammate's file saved by Journey Grid carries the marks and is listed by them once picked). A
 * picked file Drive no longer gives (deleted, unshared) is forgotten.
 */
export function withPicked(
  ctx: DriveContext,
  store: PickStore,
  kind: SharedFileKind,
  listed: ListedFile[],
): ListedFile[] {
  const have = new Set(listed.map((f) => f.fileId));
  const gone: string[] = [];
  const extra: ListedFile[] = [];
  for (const id of readPicked(store, kind)) {
    if (have.has(id)) continue;
    try {
      const file = fileInfo(ctx, id);
      if (file.trashed) gone.push(id);
      else extra.push(toListed(file));
    } catch {
      gone.push(id);
    }
  }
  forgetPicked(store, kind, gone);
  return [...listed, ...extra];
}

/** Drive's RFC 3339 modifiedTime (always UTC) as "2026-01-01 09:30 UTC", not a raw timestamp. */
function shownTime(iso: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso);
  return m ? `${m[1]} ${m[2]} UTC` : iso;
}

const T = {
  readOnly: (name: string, owner: string) =>
    problem('fileId', 'drive-read-only', M.driveReadOnly(name, owner)),
  conflict: (name: string, who: string, when: string) =>
    problem('fileId', 'drive-conflict', M.driveConflict(name, who, when)),
  /** A save with no file opened found its earlier file, last saved by somebody else. */
  changedByOther: (name: string, who: string, when: string) =>
    problem('fileId', 'drive-conflict', M.driveChangedByOther(name, who, when)),
  trashed: (name: string) => problem('fileId', 'drive-trashed', M.driveTrashed(name)),
  /** A first save of a journey found a file of its name: perhaps another journey. */
  exists: (name: string, when: string) => problem('fileId', 'drive-exists', M.driveExists(name, when)),
};

/**
 * Refuses a save over a view-only or trashed file (Drive updates a trashed file, which is then
 * deleted for good after 30 days), or (mode "check") over one changed since `base`; with no base
 * for this file, over one somebody else saved last (lastModifyingUser.me, Drive's User resource:
 * "Whether this user is the requesting user").
 */
export function checkBeforeSave(
  ctx: DriveContext,
  fileId: string,
  base: SaveBase | null,
  check: boolean,
  /** Found by its name, not opened or saved by this journey: always asked about. */
  byName = false,
): void {
  const file = fileInfo(ctx, fileId);
  const owner = file.owners?.[0]?.displayName ?? '';
  if (file.capabilities?.canEdit === false) throw new JourneyGridError([T.readOnly(file.name ?? '', owner)]);
  if (file.trashed) throw new JourneyGridError([T.trashed(file.name ?? '')]);
  if (!check) return;
  const who = file.lastModifyingUser?.displayName ?? '';
  if (base && base.fileId === fileId) {
    if (file.headRevisionId && file.headRevisionId !== base.revision)
      throw new JourneyGridError([T.conflict(file.name ?? '', who, shownTime(file.modifiedTime ?? ''))]);
  } else if (file.lastModifyingUser?.me === false) {
    throw new JourneyGridError([T.changedByOther(file.name ?? '', who, shownTime(file.modifiedTime ?? ''))]);
  } else if (byName) {
    throw new JourneyGridError([T.exists(file.name ?? '', shownTime(file.modifiedTime ?? ''))]);
  }
}

export interface OpenedFile extends ListedFile {
  revision: string;
}

/** Metadata first, then content: a change in between shows up as a conflict later, never as a lost edit. */
export function readShared(ctx: DriveContext, fileId: string): { file: OpenedFile; text: string } {
  try {
    const info = fileInfo(ctx, fileId);
    checkOpenable(info);
    const text = ctx.drive.Files.get(fileId, { alt: 'media', supportsAllDrives: true });
    return { file: { ...toListed(info), revision: info.headRevisionId ?? '' }, text };
  } catch (error) {
    if (error instanceof JourneyGridError) throw error;
    throw isNotFound(error) ? new JourneyGridError([GONE]) : unreadable(error);
  }
}

/** Which of our kinds a picked file is: our mark first, then its name's suffix; undefined if neither. */
export function kindOf(file: DriveFile): SharedFileKind | undefined {
  const marked = file.appProperties?.[APP_PROPERTY_KIND];
  if (isSharedKind(marked)) return marked;
  const name = (file.name ?? '').toLowerCase();
  // Longest suffix first: `.journey-template.json` also ends in `.json`, never in `.journey.json`.
  return (Object.keys(FILE_SUFFIX) as SharedFileKind[])
    .sort((a, b) => FILE_SUFFIX[b].length - FILE_SUFFIX[a].length)
    .find((k) => name.endsWith(FILE_SUFFIX[k]));
}

export function notOurs(name: string): Problem {
  return problem('fileId', 'not-ours', M.notOurs(name));
}
