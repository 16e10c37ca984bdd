/**
 * Pure helpers of the sharing UI: the banner's sentence about the open file's journeys, Drive
 * lists newest first, and a team template's name as people typed it.
 */
import type { ListedFile } from '../src/hosts/drive/json-files';
import type { Language } from '../src/model/types';
import type { FileJourneys } from '../src/server/rpc-drive';
import { FILE_SUFFIX } from '../src/share/files';

/** "This file holds 3 journeys: Tanaka, Sato, Suzuki". */
export function fileSummary(file: FileJourneys, language: Language): string {
  const n = file.journeys.length;
  const names = file.journeys.map((j) => j.personaName).join(language === 'ja' ? '、' : ', ');
  return language === 'ja'
    ? `このファイルには ${n} 件のジャーニーがあります: ${names}`
    : `This file holds ${n} journey${n === 1 ? '' : 's'}: ${names}`;
}

/** Newest first, whatever order the list arrived in (ISO times compare as text). */
export function newestFirst(files: readonly ListedFile[]): ListedFile[] {
  return [...files].sort((a, b) =>
    a.modifiedTime < b.modifiedTime ? 1 : a.modifiedTime > b.modifiedTime ? -1 : 0,
  );
}

/** A team template's name as people typed it: the file name without its suffix. */
export function teamTemplateName(fileName: string): string {
  const suffix = FILE_SUFFIX.template;
  return fileName.endsWith(suffix) ? fileName.slice(0, -suffix.length) : fileName;
}

/** "3 cells" / "3 セル". */
export function cellCount(n: number, language: Language): string {
  return language === 'ja' ? `${n} セル` : `${n} ${n === 1 ? 'cell' : 'cells'}`;
}
