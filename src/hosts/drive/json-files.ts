/**
 * Journey Grid's JSON files in the user's Drive, through the Advanced Drive service under
 * `drive.file`: save (the same file again, as a new revision, when it was saved before), list the
 * files the add-on created, and read one. The add-on finds its own files by their appProperties,
 * never by name, so renaming a file in Drive does not break it.
 *
 * Drive caps each property at 124 bytes of UTF-8, key and value together ("Maximum of 124 bytes
 * size per property (including both key and value) string in UTF-8 encoding",
 * https://developers.google.com/drive/api/guides/properties). What a file was saved from (a
 * template's name, a document id) is therefore stored as a fixed 32-character digest, never as
 * the user's text.
 */
import { JourneyGridError, problem } from '../../model/problems';
import {
  APP_PROPERTY_KIND,
  APP_PROPERTY_SOURCE,
  checkFileSize,
  type SharedFileKind,
  sharedFileName,
} from '../../share/files';
import { utf8Length } from '../../share/utf8';
import { HOST_MESSAGES as M } from '../messages';
import type { DriveApi, DriveFile, UtilitiesApi } from './services';

export interface DriveContext {
  drive: DriveApi;
  utilities: UtilitiesApi;
}

export interface SavedFile {
  fileId: string;
  name: string;
  url: string;
  /** False when an earlier save was updated (a new revision of the same file). */
  created: boolean;
  revision: string;
}

export interface ListedFile {
  fileId: string;
  name: string;
  modifiedTime: string;
  url: string;
  /** Who shared it, when it is somebody else's file. */
  owner?: string;
  /** Shared with the user as view-only: it opens, but saving over it is refused. */
  readOnly?: boolean;
}

/** The file a save goes over, as it was when the user opened or last saved it. */
export interface SaveBase {
  fileId: string;
  revision: string;
}

/**
 * check: refuse when the file changed since `base` (the sidebar then asks); overwrite: save over
 * it anyway; copy: a new file beside it, which later saves then go to.
 */
export type SaveMode = 'check' | 'overwrite' | 'copy';

const FIELDS = 'id,name,webViewLink,headRevisionId,modifiedTime';
/** What a listing shows of each file (capabilities and owners: https://developers.google.com/drive/api/reference/rest/v3/files). */
export const LIST_FIELDS =
  'id,name,modifiedTime,webViewLink,ownedByMe,owners(displayName),capabilities(canEdit)';
const MAX_LISTED = 300;
const MIME = 'application/json';

/** Drive query strings quote values in single quotes: escape quotes and backslashes. */
function quote(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

function appQuery(key: string, value: string): string {
  return `appProperties has { key=${quote(key)} and value=${quote(value)} }`;
}

/** The first 128 bits of SHA-256, in hex: 32 bytes whatever the name, so the property always fits. */
function digest(ctx: DriveContext, source: string): string {
  const u = ctx.utilities;
  return u
    .computeDigest(u.DigestAlgorithm.SHA_256, source, u.Charset.UTF_8)
    .slice(0, 16)
    .map((b) => ((b & 255) + 256).toString(16).slice(1))
    .join('');
}

function findSaved(ctx: DriveContext, kind: SharedFileKind, source: string): string | undefined {
  return (
    ctx.drive.Files.list({
      q: `${appQuery(APP_PROPERTY_KIND, kind)} and ${appQuery(APP_PROPERTY_SOURCE, source)} and trashed = false`,
      // A copy saved after a conflict carries the same mark: the newest is the one to update.
      orderBy: 'modifiedTime desc',
      pageSize: 1,
      fields: 'files(id)',
    }).files?.[0]?.id ?? undefined
  );
}

/**
 * A file of this kind and name among the user's (its own or picked): where a first save of a
 * journey would put a second file of the same name, the user is asked instead.
 */
function findNamed(ctx: DriveContext, kind: SharedFileKind, name: string): string | undefined {
  return (
    ctx.drive.Files.list({
      q: `${appQuery(APP_PROPERTY_KIND, kind)} and name = ${quote(name)} and trashed = false`,
      orderBy: 'modifiedTime desc',
      pageSize: 1,
      fields: 'files(id)',
    }).files?.[0]?.id ?? undefined
  );
}

function toSaved(file: DriveFile, created: boolean): SavedFile {
  return {
    fileId: file.id ?? '',
    name: file.name ?? '',
    url: file.webViewLink ?? `https://drive.google.com/file/d/${file.id}/view`,
    created,
    revision: file.headRevisionId ?? '',
  };
}

export function saveJsonFile(
  ctx: DriveContext,
  kind: SharedFileKind,
  title: string,
  sourceId: string,
  json: string,
  options: {
    base?: SaveBase | null;
    mode?: SaveMode;
    /**
     * With no base: find the file to go over by its name, never by its source (a journey, unlike
     * a template, is not known by its title: see saveJourneyFile).
     */
    byName?: boolean;
    /** Told whether the file was found without a base (the caller then asks before going over it). */
    beforeUpdate?: (fileId: string, found: boolean) => void;
  } = {},
): SavedFile {
  const tooLarge = checkFileSize(json);
  if (tooLarge) throw new JourneyGridError([tooLarge]);
  const name = sharedFileName(title, kind);
  const blob = ctx.utilities.newBlob(json, MIME, name);
  const source = digest(ctx, sourceId);
  const appProperties = { [APP_PROPERTY_KIND]: kind, [APP_PROPERTY_SOURCE]: source };
  // The file the user opened or last saved comes first; otherwise the one saved from the same
  // source. Files saved before the digest carry the source itself (only ever one short enough to
  // fit): found that way once, they get the digest with this update.
  const found = (): string | undefined =>
    options.byName
      ? findNamed(ctx, kind, name)
      : (findSaved(ctx, kind, source) ??
        (utf8Length(APP_PROPERTY_SOURCE + sourceId) <= 124 ? findSaved(ctx, kind, sourceId) : undefined));
  const existing = options.mode === 'copy' ? undefined : (options.base?.fileId ?? found());
  if (existing) {
    options.beforeUpdate?.(existing, !options.base);
    // An updated file keeps its name: a copy ("Copy of …", saved after a conflict) is not renamed
    // back to the original's name, which would show two files of one name. A file opened or found
    // by name keeps what it was saved from (a teammate's file stays theirs to find again); one
    // found by its source gets the digest (an earlier version's mark is replaced).
    const marks = options.base || options.byName ? { [APP_PROPERTY_KIND]: kind } : appProperties;
    const resource: DriveFile = { mimeType: MIME, appProperties: marks };
    return toSaved(
      ctx.drive.Files.update(resource, existing, blob, { fields: FIELDS, supportsAllDrives: true }),
      false,
    );
  }
  const resource: DriveFile = { name, mimeType: MIME, appProperties };
  return toSaved(ctx.drive.Files.create(resource, blob, { fields: FIELDS }), true);
}

export function toListed(file: DriveFile): ListedFile {
  const listed: ListedFile = {
    fileId: file.id ?? '',
    name: file.name ?? '',
    modifiedTime: file.modifiedTime ?? '',
    url: file.webViewLink ?? '',
  };
  const owner = file.owners?.[0]?.displayName;
  if (file.ownedByMe === false && owner) listed.owner = owner;
  if (file.capabilities?.canEdit === false) listed.readOnly = true;
  return listed;
}

/** The add-on's files of one kind, newest first (at most MAX_LISTED: the sidebar shows a list, not an archive). */
export function listJsonFiles(ctx: DriveContext, kind: SharedFileKind): ListedFile[] {
  const files: DriveFile[] = [];
  let pageToken: string | undefined;
  do {
    const page = ctx.drive.Files.list({
      q: `${appQuery(APP_PROPERTY_KIND, kind)} and trashed = false`,
      orderBy: 'modifiedTime desc',
      pageSize: 100,
      fields: `nextPageToken,files(${LIST_FIELDS})`,
      ...(pageToken ? { pageToken } : {}),
    });
    files.push(...(page.files ?? []));
    pageToken = page.nextPageToken;
  } while (pageToken && files.length < MAX_LISTED);
  return files.slice(0, MAX_LISTED).map(toListed);
}

export function readJsonFile(ctx: DriveContext, fileId: string): string {
  try {
    // A picked file can sit in a shared drive, which Drive hides from a request without
    // supportsAllDrives (https://developers.google.com/drive/api/guides/enable-shareddrives).
    return ctx.drive.Files.get(fileId, { alt: 'media', supportsAllDrives: true });
  } catch (error) {
    throw unreadable(error);
  }
}

/** Drive's refusal as a translated problem; missing authorization is rethrown for the server's handler. */
export function unreadable(error: unknown): unknown {
  const raw = error instanceof Error ? error.message : String(error);
  if (/permission to call|Authorization is required/i.test(raw)) return error;
  return new JourneyGridError([problem('fileId', 'drive-unreadable', M.driveUnreadable(raw))]);
}
