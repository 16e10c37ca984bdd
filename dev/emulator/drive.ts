/**
 * The emulated Drive: every document the emulator knows, keyed by file id.
 *
 * A file owns what Google keeps per file rather than per editor: its name and URL, the current
 * user's access (edit or view), its document properties and its document lock. The editor content
 * hangs off the file (`spreadsheet` today; a presentation and plain blobs can sit beside it when
 * SlidesApp and the Advanced Drive service are emulated). Ids are deterministic so test output
 * is stable, and look like Drive ids (44 characters of [A-Za-z0-9_-]).
 */
import { exception, messages } from './errors';
import type { Access, DocumentFile, FileKind } from './file';
import { PropertyStore } from './property-store';
import type { SpreadsheetModel } from './sheets/document-model';
import type { PresentationModel } from './slides/model';

export type { Access, FileKind };

const MIME: Record<FileKind, string> = {
  spreadsheet: 'application/vnd.google-apps.spreadsheet',
  presentation: 'application/vnd.google-apps.presentation',
};

const URL_PATH: Record<FileKind, string> = { spreadsheet: 'spreadsheets', presentation: 'presentation' };

/** A file and its editor content. */
export interface DriveFile extends DocumentFile {
  /** Set for spreadsheets. */
  spreadsheet: SpreadsheetModel | null;
  /** Set for presentations. */
  presentation: PresentationModel | null;
}

const ID_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';

export class Drive {
  private readonly files = new Map<string, DriveFile>();
  private seed = 0x2545f491;

  private nextId(): string {
    let id = '1';
    while (id.length < 44) {
      // xorshift32: deterministic, spread out, no external randomness.
      this.seed ^= this.seed << 13;
      this.seed ^= this.seed >>> 17;
      this.seed ^= this.seed << 5;
      id += ID_CHARS[(this.seed >>> 0) % ID_CHARS.length];
    }
    return id;
  }

  create(kind: FileKind, name: string): DriveFile {
    const id = this.nextId();
    const file: DriveFile = {
      id,
      kind,
      name,
      mimeType: MIME[kind],
      url: `https://docs.google.com/${URL_PATH[kind]}/d/${id}/edit`,
      access: 'edit',
      trashed: false,
      documentProperties: new PropertyStore(() => {
        if (file.access === 'view') throw exception(messages.readOnly);
      }),
      documentLock: { heldHere: false, heldElsewhere: false },
      spreadsheet: null,
      presentation: null,
    };
    this.files.set(id, file);
    return file;
  }

  get(id: string): DriveFile | null {
    return this.files.get(id) ?? null;
  }

  list(): DriveFile[] {
    return [...this.files.values()];
  }
}
