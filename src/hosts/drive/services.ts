/**
 * The slice of the Advanced Drive service (Drive API v3) and of Utilities that Journey Grid uses
 * to keep JSON files in the user's Drive under the `drive.file` scope: create, update (a new
 * revision of the same file), list the files the add-on created, and read one back.
 *
 * Files are typed with Google's current Drive v3 schema from @googleapis/drive (type-only).
 * As with the other hosts, the compiler checks at the end of this file that the real services
 * satisfy these interfaces; they hold only what src/ calls (scripts/check-surface.mjs).
 */
import type { drive_v3 } from '@googleapis/drive';

export type DriveFile = Pick<
  drive_v3.Schema$File,
  | 'id'
  | 'name'
  | 'mimeType'
  | 'appProperties'
  | 'modifiedTime'
  | 'webViewLink'
  | 'size'
  | 'headRevisionId'
  | 'description'
  | 'trashed'
  | 'capabilities'
  | 'ownedByMe'
  | 'owners'
  | 'lastModifyingUser'
>;

export interface DriveFileList {
  files?: DriveFile[];
  nextPageToken?: string;
}

/** File content made by Utilities.newBlob: the add-on hands it to Drive and never reads it back. */
export type BlobLike = object;

export interface DriveFilesApi {
  create(resource: DriveFile, mediaData: BlobLike, optionalArgs: Record<string, unknown>): DriveFile;
  /** Metadata only (a new name, trashed), for any file the add-on created. */
  update(resource: DriveFile, fileId: string): DriveFile;
  update(
    resource: DriveFile,
    fileId: string,
    mediaData: BlobLike,
    optionalArgs: Record<string, unknown>,
  ): DriveFile;
  list(optionalArgs: Record<string, unknown>): DriveFileList;
  get(fileId: string, optionalArgs: { alt: 'media'; supportsAllDrives?: boolean }): string;
  get(fileId: string, optionalArgs: Record<string, unknown>): DriveFile;
}

export interface DriveApi {
  Files: DriveFilesApi;
}

export interface UtilitiesApi {
  newBlob(data: string, contentType: string, name: string): BlobLike;
  /** SHA-256 of a name, so appProperties hold a fixed-size digest instead of user text. */
  computeDigest(
    algorithm: GoogleAppsScript.Utilities.DigestAlgorithm,
    value: string,
    charset: GoogleAppsScript.Utilities.Charset,
  ): number[];
  DigestAlgorithm: { SHA_256: GoogleAppsScript.Utilities.DigestAlgorithm };
  Charset: { UTF_8: GoogleAppsScript.Utilities.Charset };
}

type Assignable<Real, Narrow> = Real extends Narrow ? true : never;
export const realDriveServicesSatisfyNarrowInterfaces: [
  Assignable<GoogleAppsScript.Drive, DriveApi>,
  Assignable<GoogleAppsScript.Utilities.Utilities, UtilitiesApi>,
] = [true, true];
