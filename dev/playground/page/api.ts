/** The page's calls to the playground server: the document view and the user's own actions. */
import type { DocumentKind, DocumentView, StructureAction } from '../session';

async function post(path: string, payload: unknown): Promise<{ ok: boolean; error?: string }> {
  const response = await fetch(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(payload),
  });
  return (await response.json()) as { ok: boolean; error?: string };
}

export async function fetchView(): Promise<DocumentView> {
  const response = await fetch('/api/view');
  return (await response.json()) as DocumentView;
}

export const editCell = (sheet: string, a1: string, text: string) => post('/api/edit', { sheet, a1, text });
export const editSlideCell = (table: string, row: number, column: number, text: string) =>
  post('/api/edit-slide', { table, row, column, text });
export const changeSheetStructure = (action: StructureAction, sheet: string, row: number, column: number) =>
  post('/api/structure', { action, sheet, row, column });
export const changeSlideTable = (action: StructureAction, table: string, row: number, column: number) =>
  post('/api/structure-slide', { action, table, row, column });
export const openFile = (id: string) => post('/api/open-file', { id });
export const activateSheet = (sheet: string) => post('/api/activate', { sheet });
export const openDocument = (kind: DocumentKind) => post('/api/open', { kind });
export const resetPlayground = () => post('/api/reset', {});
export const closeDialog = () => post('/api/dialog/close', {});
