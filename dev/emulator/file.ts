/**
 * What a document model knows of the Drive file it lives in: its id, name and URL, the current
 * user's access, its document properties and its document lock. Declared apart from drive.ts,
 * which also links each file to its editor content, so that the document models can refer to
 * their file without importing the Drive (which imports them).
 */
import type { PropertyStore } from './property-store';

export type FileKind = 'spreadsheet' | 'presentation';

export type Access = 'edit' | 'view';

export interface LockState {
  /** This execution holds the lock. */
  heldHere: boolean;
  /** Another (simulated) execution holds the lock. */
  heldElsewhere: boolean;
}

export interface DocumentFile {
  readonly id: string;
  readonly kind: FileKind;
  name: string;
  readonly mimeType: string;
  readonly url: string;
  access: Access;
  /** Moved to the trash (Drive API files.update with trashed: true); still opens by id, as in Drive. */
  trashed: boolean;
  readonly documentProperties: PropertyStore;
  readonly documentLock: LockState;
}
