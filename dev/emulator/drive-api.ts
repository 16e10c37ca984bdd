/**
 * The Advanced Drive service (Drive API v3) for plain files, as the add-on uses it under the
 * `drive.file` scope: files.create and files.update with a media upload, files.list with the
 * query forms the add-on writes, files.get (metadata, or content with alt=media). Every call is
 * validated against drive.v3.json first; failures read like Apps Script's
 * "GoogleJsonResponseException: API call to drive.files.create failed with error: …".
 *
 * What drive.file means here: a script sees only the files it created (or that were opened with
 * it, which tests can grant with `grantAccess`); files other apps or people put in the Drive
 * exist but stay invisible to list and get. Each update adds a revision of the same file.
 * A teammate's file (`addShared`) has its owner and the user's access (edit or view); a view-only
 * file refuses updates as Drive does, and `changeAs` is the teammate saving a new revision. A file
 * in a shared drive is only there for requests with supportsAllDrives.
 * Utilities.newBlob, which the upload needs, lives here too.
 */
import { createHash } from 'node:crypto';
import type { EmulatorContext } from './context';
import { loadApi, validateCall } from './discovery';
import type { DriveFile as EditorFile } from './drive';
import { type AppsScriptException, exception, messages } from './errors';
import { expose, ServiceObject } from './expose';
import { reachable } from './rest/common';

const DRIVE_FILE_SCOPE = 'https://www.googleapis.com/auth/drive.file';

export interface BlobFile {
  id: string;
  name: string;
  mimeType: string;
  description?: string;
  appProperties: Record<string, string>;
  trashed: boolean;
  /** Content of each revision, oldest first. */
  revisions: { id: string; content: string; modifiedTime: string }[];
  /** Created by this script, or opened with it: visible under drive.file. */
  visibleToScript: boolean;
  owner: string;
  /** The user's access to a file somebody shared: view-only files cannot be updated. */
  canEdit?: boolean;
  /** Display names, as Drive's User resource gives them: the owner's and the last editor's. */
  ownerName?: string;
  lastModifiedBy?: string;
  /** Who saved the head revision (the owner when unset): what lastModifyingUser.me is computed from. */
  lastModifierEmail?: string;
  /** The shared drive holding the file, if any. */
  driveId?: string;
}

export interface SharedFileOptions {
  owner: string;
  ownerName: string;
  access: 'edit' | 'view';
  appProperties?: Record<string, string>;
  mimeType?: string;
  /** In a shared drive (its id) rather than the owner's My Drive. */
  sharedDrive?: string;
}

/** "taro@example.com" → "taro": the display name when a test gives none. */
function nameOf(email: string): string {
  return email.split('@')[0] ?? email;
}

export class BlobImpl extends ServiceObject {
  constructor(
    ctx: EmulatorContext,
    private readonly data: string,
    private readonly contentType: string | null,
    private readonly name: string | null,
  ) {
    super(ctx, 'Blob');
  }
  getDataAsString(): string {
    return this.data;
  }
  getContentType(): string | null {
    return this.contentType;
  }
  getName(): string | null {
    return this.name;
  }
}

export class UtilitiesImpl extends ServiceObject {
  constructor(ctx: EmulatorContext) {
    super(ctx, 'Utilities');
  }
  readonly DigestAlgorithm = Object.freeze({ MD5: 'MD5', SHA_1: 'SHA_1', SHA_256: 'SHA_256' });
  readonly Charset = Object.freeze({ US_ASCII: 'US_ASCII', UTF_8: 'UTF_8' });

  newBlob(data: string, contentType?: string, name?: string): BlobImpl {
    return new BlobImpl(this.ctx, String(data), contentType ?? null, name ?? null);
  }

  /**
   * Java's signed bytes (-128…127), as Apps Script returns them: "Compute a digest using the
   * specified algorithm on the specified String value with the given character set"
   * (https://developers.google.com/apps-script/reference/utilities/utilities#computeDigest(DigestAlgorithm,String,Charset)).
   */
  computeDigest(algorithm: string, value: string, charset = 'UTF_8'): number[] {
    const name = { MD5: 'md5', SHA_1: 'sha1', SHA_256: 'sha256' }[algorithm];
    if (!name) throw exception(`Invalid argument: algorithm (${String(algorithm)})`);
    const bytes = createHash(name)
      .update(String(value), charset === 'US_ASCII' ? 'ascii' : 'utf8')
      .digest();
    return [...bytes].map((b) => (b > 127 ? b - 256 : b));
  }
}

/**
 * "Maximum of 124 bytes size per property (including both key and value) string in UTF-8
 * encoding" (https://developers.google.com/drive/api/guides/properties). Drive answers 403
 * propertyLengthLimitExceeded with the message below (as quoted in
 * https://github.com/naturalcrit/homebrewery/issues/1250 and
 * https://github.com/RichardX366/Obsidian-Google-Drive/issues/34).
 */
export const MAX_PROPERTY_BYTES = 124;
const PROPERTY_TOO_LONG =
  'Properties and app properties are limited to 124 bytes in UTF-8 encoding, counting both the key and the value.';

function propertiesFit(properties: unknown): boolean {
  if (typeof properties !== 'object' || properties === null) return true;
  return Object.entries(properties).every(
    ([key, value]) =>
      value === null || Buffer.byteLength(key) + Buffer.byteLength(String(value)) <= MAX_PROPERTY_BYTES,
  );
}

type Resource = Record<string, unknown>;

/** The emulated Drive's plain files (JSON and the like), beside the editor documents of drive.ts. */
export class BlobStore {
  readonly files = new Map<string, BlobFile>();
  private counter = 0;
  private clock = Date.UTC(2026, 0, 1);

  nextId(): string {
    this.counter += 1;
    return `1blob${this.counter.toString(36).padStart(6, '0')}${'x'.repeat(22)}`;
  }

  /** A steadily increasing timestamp, so "newest first" is stable in tests. */
  now(): string {
    this.clock += 1000;
    return new Date(this.clock).toISOString();
  }

  /** A file somebody else put in the Drive (a teammate's share, another app): invisible until granted. */
  addForeign(
    name: string,
    content: string,
    mimeType = 'application/json',
    owner = 'someone@example.com',
  ): BlobFile {
    const file: BlobFile = {
      id: this.nextId(),
      name,
      mimeType,
      appProperties: {},
      trashed: false,
      revisions: [{ id: '1', content, modifiedTime: this.now() }],
      visibleToScript: false,
      owner,
    };
    this.files.set(file.id, file);
    return file;
  }

  /**
   * A file a teammate owns and shared with the user (in "Shared with me" or a shared drive): the
   * user sees it in Drive and in Google Picker, the script only once it is picked (`grantAccess`).
   */
  addShared(name: string, content: string, options: SharedFileOptions): BlobFile {
    const file = this.addForeign(name, content, options.mimeType ?? 'application/json', options.owner);
    file.appProperties = { ...(options.appProperties ?? {}) };
    file.canEdit = options.access === 'edit';
    file.ownerName = options.ownerName;
    file.lastModifiedBy = options.ownerName;
    if (options.sharedDrive) file.driveId = options.sharedDrive;
    return file;
  }

  /** The teammate saves a new revision (their own copy of the add-on, or Drive's upload). */
  changeAs(id: string, content: string, who: string, email = `${who.toLowerCase()}@example.com`): void {
    const file = this.files.get(id);
    if (!file) throw new Error(`No file ${id}`);
    const previous = file.revisions[file.revisions.length - 1]!;
    file.revisions.push({ id: String(Number(previous.id) + 1), content, modifiedTime: this.now() });
    file.lastModifiedBy = who;
    file.lastModifierEmail = email;
  }

  /** The user opened the file with the add-on (e.g. through a picker): drive.file now covers it. */
  grantAccess(id: string): void {
    const file = this.files.get(id);
    if (file) file.visibleToScript = true;
  }
}

function apiError(method: string, message: string): AppsScriptException {
  const error = exception(`API call to drive.${method} failed with error: ${message}`);
  Object.defineProperty(error, 'name', { value: 'GoogleJsonResponseException' });
  return error;
}

function isBlob(value: unknown): value is BlobImpl {
  return value instanceof BlobImpl;
}

/** `a and b`, split outside quoted values and `{ … }` (a file name may say "and"). */
function splitClauses(q: string): string[] {
  const clauses: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < q.length; i++) {
    const c = q[i];
    if (quoted) {
      if (c === '\\') i++;
      else if (c === "'") quoted = false;
    } else if (c === "'") quoted = true;
    else if (c === '{') depth++;
    else if (c === '}') depth--;
    else if (depth === 0 && /^\s+and\s+/.test(q.slice(i)) && /\s/.test(c ?? '')) {
      const m = /^\s+and\s+/.exec(q.slice(i))!;
      clauses.push(q.slice(start, i));
      i += m[0].length - 1;
      start = i + 1;
    }
  }
  clauses.push(q.slice(start));
  return clauses;
}

/**
 * The query forms the add-on writes: `a and b`, with appProperties, `name =`, mimeType and
 * trashed clauses (https://developers.google.com/drive/api/guides/ref-search-terms). Any other
 * clause is refused rather than guessed: `name contains`, for one, matches word prefixes only on
 * Drive ("name contains 'World'" does not find "HelloWorld"), which a substring test would hide.
 */
function matchesQuery(file: BlobFile, q: string): boolean {
  const clauses = splitClauses(q);
  return clauses.every((raw) => {
    const clause = raw.trim();
    const app = /^appProperties has \{ key='((?:[^'\\]|\\.)*)' and value='((?:[^'\\]|\\.)*)' \}$/.exec(
      clause,
    );
    if (app) return file.appProperties[unquote(app[1]!)] === unquote(app[2]!);
    const trashed = /^trashed\s*=\s*(true|false)$/.exec(clause);
    if (trashed) return file.trashed === (trashed[1] === 'true');
    const named = /^name\s*=\s*'((?:[^'\\]|\\.)*)'$/.exec(clause);
    if (named) return file.name === unquote(named[1]!);
    const mime = /^mimeType\s*=\s*'((?:[^'\\]|\\.)*)'$/.exec(clause);
    if (mime) return file.mimeType === unquote(mime[1]!);
    throw new Error(`Invalid Value: q (${clause})`);
  });
}

function unquote(value: string): string {
  return value.replace(/\\(.)/g, '$1');
}

export class DriveFilesImpl extends ServiceObject {
  constructor(
    ctx: EmulatorContext,
    private readonly store: BlobStore,
  ) {
    super(ctx, 'Drive.Files');
  }

  private guard(method: string, parameters: Record<string, unknown>, body?: unknown): void {
    if (this.ctx.authMode !== 'FULL')
      throw exception(messages.permission(`Drive.Files.${method}`, DRIVE_FILE_SCOPE));
    const errors = validateCall(loadApi('drive.v3'), `files.${method}`, parameters, body);
    if (errors.length > 0) throw apiError(`files.${method}`, errors.join('; '));
    const resource = (body ?? {}) as Resource;
    if (!propertiesFit(resource.appProperties) || !propertiesFit(resource.properties))
      throw apiError(`files.${method}`, PROPERTY_TOO_LONG);
  }

  /**
   * A shared drive's file is there only for a request that says it supports them: "supportsAllDrives
   * … If false, shared drive items are not included in the response" (the shared drives guide,
   * https://developers.google.com/drive/api/guides/enable-shareddrives); get answers 404 then.
   */
  private visible(fileId: string, method: string, args: Record<string, unknown> = {}): BlobFile {
    const file = this.store.files.get(fileId);
    if (!file?.visibleToScript || (file.driveId && args.supportsAllDrives !== true))
      throw apiError(`files.${method}`, `File not found: ${fileId}`);
    return file;
  }

  private view(file: BlobFile): Resource {
    const head = file.revisions[file.revisions.length - 1]!;
    const me = this.ctx.user.email;
    return {
      kind: 'drive#file',
      id: file.id,
      name: file.name,
      mimeType: file.mimeType,
      ...(file.description ? { description: file.description } : {}),
      appProperties: { ...file.appProperties },
      trashed: file.trashed,
      modifiedTime: head.modifiedTime,
      headRevisionId: head.id,
      size: String(Buffer.byteLength(head.content)),
      webViewLink: `https://drive.google.com/file/d/${file.id}/view?usp=drivesdk`,
      ownedByMe: file.owner === me,
      owners: [{ displayName: file.ownerName ?? nameOf(file.owner), emailAddress: file.owner }],
      capabilities: { canEdit: file.canEdit !== false },
      // User.me: "Whether this user is the requesting user" (https://developers.google.com/drive/api/reference/rest/v3/User).
      lastModifyingUser: {
        displayName: file.lastModifiedBy ?? file.ownerName ?? nameOf(file.owner),
        me: (file.lastModifierEmail ?? file.owner) === me,
      },
    };
  }

  create(resource: Resource, mediaData?: unknown, optionalArgs: Record<string, unknown> = {}): Resource {
    this.guard('create', optionalArgs, resource);
    if (mediaData !== undefined && !isBlob(mediaData))
      throw apiError('files.create', 'The media must be a Blob');
    const file: BlobFile = {
      id: this.store.nextId(),
      name: typeof resource.name === 'string' ? resource.name : 'Untitled',
      mimeType:
        typeof resource.mimeType === 'string'
          ? resource.mimeType
          : (mediaData?.getContentType() ?? 'application/octet-stream'),
      appProperties: { ...((resource.appProperties as Record<string, string>) ?? {}) },
      trashed: false,
      revisions: [{ id: '1', content: mediaData?.getDataAsString() ?? '', modifiedTime: this.store.now() }],
      visibleToScript: true,
      owner: this.ctx.user.email,
    };
    if (typeof resource.description === 'string') file.description = resource.description;
    this.store.files.set(file.id, file);
    return this.view(file);
  }

  update(
    resource: Resource,
    fileId: string,
    mediaData?: unknown,
    optionalArgs: Record<string, unknown> = {},
  ): Resource {
    this.guard('update', { ...optionalArgs, fileId }, resource);
    const editor = this.ctx.drive.get(String(fileId));
    if (editor && !this.store.files.has(fileId)) return this.updateEditorFile(editor, resource, mediaData);
    const file = this.visible(fileId, 'update', optionalArgs);
    // Drive's 403 insufficientFilePermissions: "The user does not have sufficient permissions for
    // file {fileId}." (https://developers.google.com/drive/api/guides/handle-errors).
    if (file.canEdit === false)
      throw apiError('files.update', `The user does not have sufficient permissions for file ${fileId}.`);
    if (typeof resource.trashed === 'boolean') file.trashed = resource.trashed;
    if (typeof resource.name === 'string') file.name = resource.name;
    if (typeof resource.description === 'string') file.description = resource.description;
    // A property set to null is removed ("set … to null", Drive properties guide).
    for (const [key, value] of Object.entries((resource.appProperties as Resource) ?? {})) {
      if (value === null) delete file.appProperties[key];
      else file.appProperties[key] = String(value);
    }
    if (mediaData !== undefined) {
      if (!isBlob(mediaData)) throw apiError('files.update', 'The media must be a Blob');
      const previous = file.revisions[file.revisions.length - 1]!;
      file.revisions.push({
        id: String(Number(previous.id) + 1),
        content: mediaData.getDataAsString(),
        modifiedTime: this.store.now(),
      });
      file.lastModifiedBy = nameOf(this.ctx.user.email);
      file.lastModifierEmail = this.ctx.user.email;
    }
    return this.view(file);
  }

  /**
   * A spreadsheet or presentation: under drive.file, one the script created or the open one.
   * Only metadata changes (name, trashed); their content is not uploaded through Drive here.
   */
  private updateEditorFile(file: EditorFile, resource: Resource, mediaData: unknown): Resource {
    const id = file.id;
    if (!reachable(this.ctx, file)) throw apiError('files.update', `File not found: ${id}`);
    if (mediaData !== undefined)
      throw apiError('files.update', 'Uploading content to a Google Docs editor file is not emulated.');
    if (typeof resource.name === 'string') file.name = resource.name;
    if (typeof resource.trashed === 'boolean') file.trashed = resource.trashed;
    return {
      kind: 'drive#file',
      id: file.id,
      name: file.name,
      mimeType: file.mimeType,
      trashed: file.trashed,
    };
  }

  list(optionalArgs: Record<string, unknown> = {}): Resource {
    this.guard('list', optionalArgs);
    const q = typeof optionalArgs.q === 'string' ? optionalArgs.q : '';
    const allDrives =
      optionalArgs.supportsAllDrives === true && optionalArgs.includeItemsFromAllDrives === true;
    let files = [...this.store.files.values()].filter((f) => f.visibleToScript && (!f.driveId || allDrives));
    try {
      if (q) files = files.filter((f) => matchesQuery(f, q));
    } catch (error) {
      throw apiError('files.list', (error as Error).message);
    }
    if (typeof optionalArgs.orderBy === 'string' && optionalArgs.orderBy.startsWith('modifiedTime desc')) {
      files.sort((a, b) => b.revisions.at(-1)!.modifiedTime.localeCompare(a.revisions.at(-1)!.modifiedTime));
    }
    const pageSize = typeof optionalArgs.pageSize === 'number' ? optionalArgs.pageSize : 100;
    // Page tokens are opaque to callers; here they are simply the offset of the next page.
    const start = typeof optionalArgs.pageToken === 'string' ? Number(optionalArgs.pageToken) : 0;
    const end = start + pageSize;
    return {
      kind: 'drive#fileList',
      files: files.slice(start, end).map((f) => this.view(f)),
      ...(end < files.length ? { nextPageToken: String(end) } : {}),
    };
  }

  get(fileId: string, optionalArgs: Record<string, unknown> = {}): Resource | string {
    this.guard('get', { ...optionalArgs, fileId });
    const file = this.visible(fileId, 'get', optionalArgs);
    if (optionalArgs.alt === 'media') return file.revisions[file.revisions.length - 1]!.content;
    return this.view(file);
  }
}

export class DriveImpl extends ServiceObject {
  readonly Files: DriveFilesImpl;
  constructor(ctx: EmulatorContext, store: BlobStore) {
    super(ctx, 'Drive');
    // Exposed itself, so calls on Drive.Files are counted and checked like any service call.
    this.Files = expose(new DriveFilesImpl(ctx, store));
  }
}
