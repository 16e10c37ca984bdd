/**
 * Drive blobs as the emulator and the tests read them back (content and type), on top of the
 * opaque blob the add-on only hands to Drive (src/hosts/drive/services.ts).
 */
export type * from '../../src/hosts/drive/services';

export interface BlobLike {
  getDataAsString(): string;
  getContentType(): string | null;
}

type Assignable<Real, Wide> = Real extends Wide ? true : never;
export const realBlobsSatisfyUserInterfaces: [Assignable<GoogleAppsScript.Base.Blob, BlobLike>] = [true];
