/**
 * The playground page: an editor-like window with the emulated document on the left (a Sheet's
 * tabs, formula bar and grid, or a deck's slides) and the real sidebar on the right in an iframe,
 * as Google's editors show an add-on. The page redraws the document whenever the sidebar's server
 * call finishes, so a build appears as it would in Sheets or Slides. The Insert and Edit menus add
 * and delete rows and columns; a file link in the sidebar (Send to Slides / Sheets) opens that
 * emulated file here, as following it opens the file in its editor.
 */
import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { DocumentKind, DocumentView, StructureAction } from '../session';
import {
  activateSheet,
  changeSheetStructure,
  changeSlideTable,
  closeDialog,
  editCell,
  editSlideCell,
  fetchView,
  openDocument,
  openFile,
  resetPlayground,
} from './api';
import { EDIT_ITEMS, INSERT_ITEMS, Menu } from './menus';
import { a1Of, type Selection, SheetView } from './sheet-view';
import { type SlideCellRef, SlidesView } from './slides-view';
import './styles.css';

function App() {
  const [view, setView] = useState<DocumentView | null>(null);
  const [selected, setSelected] = useState<Selection | null>(null);
  const [slideCell, setSlideCell] = useState<SlideCellRef | null>(null);
  const [draft, setDraft] = useState('');
  const [status, setStatus] = useState('');
  const [sidebarKey, setSidebarKey] = useState(0);
  const [sidebarOpen, setSidebarOpen] = useState(true);
  const formula = useRef<HTMLInputElement>(null);
  const grid = useRef<HTMLDivElement>(null);

  const refresh = async () => setView(await fetchView());

  useEffect(() => {
    refresh();
    const onMessage = (e: MessageEvent) => {
      const type = (e.data as { type?: string } | null)?.type;
      if (type === 'journey-grid:rpc-start') setStatus('Running script…');
      if (type === 'journey-grid:rpc-done') {
        setStatus('');
        refresh();
      }
      if (type === 'journey-grid:close') setSidebarOpen(false);
      if (type === 'journey-grid:dialog-close') closeDialog().then(refresh);
      if (type === 'journey-grid:open-file') showFile(String((e.data as { id?: unknown }).id));
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, []);

  const sheet = view?.kind === 'sheets' ? (view.activeSheet ?? null) : null;
  const cellText = (s: Selection | null) => {
    if (!sheet || !s) return '';
    const f = sheet.formulas[s.r]?.[s.c];
    return f ? f : String(sheet.values[s.r]?.[s.c] ?? '');
  };

  const select = (s: Selection) => {
    setSelected(s);
    setDraft(cellText(s));
    setTimeout(() => grid.current?.querySelector<HTMLElement>(`td[data-a1="${a1Of(s.r, s.c)}"]`)?.focus(), 0);
  };

  const startEdit = (initial?: string) => {
    if (initial !== undefined) setDraft(initial);
    setTimeout(() => {
      formula.current?.focus();
      if (initial === undefined) formula.current?.select();
    }, 0);
  };

  const commit = async () => {
    if (view?.kind === 'slides') {
      if (!slideCell) return;
      const result = await editSlideCell(slideCell.table, slideCell.row, slideCell.column, draft);
      setStatus(result.ok ? '' : `Not changed: ${result.error ?? ''}`);
      setSlideCell({ ...slideCell, text: draft });
      await refresh();
      return;
    }
    if (!sheet || !selected) return;
    const a1 = a1Of(selected.r, selected.c);
    const result = await editCell(sheet.name, a1, draft);
    setStatus(result.ok ? '' : `Not changed: ${result.error ?? ''}`);
    await refresh();
    select({ r: Math.min(selected.r + 1, sheet.rows - 1), c: selected.c });
  };

  /** The document on screen changed: nothing selected, the sidebar opened afresh on it. */
  const reopen = async () => {
    setSelected(null);
    setSlideCell(null);
    setSidebarOpen(true);
    setSidebarKey((k) => k + 1);
    await refresh();
  };

  const switchTo = async (kind: DocumentKind) => {
    await openDocument(kind);
    await reopen();
  };

  async function showFile(id: string) {
    const result = await openFile(id);
    if (result.ok) await reopen();
    else setStatus(`Cannot open: ${result.error ?? id}`);
  }

  /** Insert / Edit menu commands on the selected sheet cell or slide table cell. */
  const changeStructure = async (action: StructureAction) => {
    const result =
      view?.kind === 'slides'
        ? slideCell && (await changeSlideTable(action, slideCell.table, slideCell.row, slideCell.column))
        : sheet &&
          selected &&
          (await changeSheetStructure(action, sheet.name, selected.r + 1, selected.c + 1));
    if (!result) return;
    setStatus(result.ok ? '' : `Not changed: ${result.error ?? ''}`);
    if (view?.kind === 'slides') setSlideCell(null);
    await refresh();
  };
  const noCell = (view?.kind === 'slides' ? slideCell : selected) ? undefined : 'Select a cell first';

  return (
    <div class="window">
      <header class="titlebar">
        <span class={`doc-icon ${view?.kind ?? 'sheets'}`} aria-hidden="true" />
        <div class="title-block">
          <div class="doc-name" data-testid="doc-name">
            {view?.name ?? '…'}
          </div>
          <nav class="menubar" aria-label="Editor menu">
            <span>File</span>
            <Menu name="Edit" items={EDIT_ITEMS} disabledReason={noCell} onChoose={changeStructure} />
            <span>View</span>
            <Menu name="Insert" items={INSERT_ITEMS} disabledReason={noCell} onChoose={changeStructure} />
            <span>Format</span>
            <button
              type="button"
              class="menu-button"
              title="Extensions → Journey Grid → Open Journey Grid"
              onClick={() => {
                setSidebarOpen(true);
                setSidebarKey((k) => k + 1);
              }}
            >
              Extensions ▸ Journey Grid ▸ Open
            </button>
          </nav>
        </div>
        <fieldset class="switcher">
          <legend class="visually-hidden">Document</legend>
          <button type="button" aria-pressed={view?.kind === 'sheets'} onClick={() => switchTo('sheets')}>
            Sheets
          </button>
          <button
            type="button"
            aria-pressed={view?.kind === 'slides'}
            disabled={!view?.slidesAvailable}
            title={view?.slidesAvailable ? undefined : 'Slides is not emulated yet'}
            onClick={() => switchTo('slides')}
          >
            Slides
          </button>
          <button
            type="button"
            onClick={async () => {
              await resetPlayground();
              setSelected(null);
              setSidebarKey((k) => k + 1);
              await refresh();
            }}
          >
            Reset
          </button>
        </fieldset>
      </header>
      {view && (
        <div class="formula-bar">
          <input
            class="name-box"
            aria-label="Selected cell"
            readOnly
            value={
              view.kind === 'sheets'
                ? selected
                  ? a1Of(selected.r, selected.c)
                  : ''
                : slideCell
                  ? `R${slideCell.row + 1}C${slideCell.column + 1}`
                  : ''
            }
          />
          <span class="fx" aria-hidden="true">
            fx
          </span>
          <input
            ref={formula}
            class="formula"
            aria-label="Cell content"
            disabled={view.kind === 'sheets' ? !selected : !slideCell}
            value={draft}
            onInput={(e) => setDraft(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                commit();
              } else if (e.key === 'Escape') {
                setDraft(view.kind === 'sheets' ? cellText(selected) : (slideCell?.text ?? ''));
                if (selected && view.kind === 'sheets') select(selected);
              }
            }}
          />
        </div>
      )}
      <div class="workspace">
        <div class="doc-pane" ref={grid}>
          {view?.kind === 'sheets' &&
            (sheet ? (
              <SheetView sheet={sheet} selected={selected} onSelect={select} onEdit={startEdit} />
            ) : (
              <p class="empty-doc">No sheet.</p>
            ))}
          {view?.kind === 'slides' && (
            <SlidesView
              presentation={view.presentation}
              selected={slideCell}
              onSelect={(cell) => {
                setSlideCell(cell);
                setDraft(cell.text);
                startEdit();
              }}
            />
          )}
        </div>
        {view?.dialog && (
          <div class="dialog-backdrop">
            <div
              class="modal-dialog"
              role="dialog"
              aria-label={view.dialog.title}
              style={{ width: `${view.dialog.width}px` }}
            >
              <div class="dialog-title">
                <span>{view.dialog.title}</span>
                <button
                  type="button"
                  class="close"
                  aria-label="Close dialog"
                  onClick={() => closeDialog().then(refresh)}
                >
                  ×
                </button>
              </div>
              <iframe
                title={view.dialog.title}
                src="/dialog"
                name="dialog"
                style={{ height: `${view.dialog.height}px` }}
              />
            </div>
          </div>
        )}
        {sidebarOpen && (
          <aside class="sidebar-pane" aria-label="Journey Grid sidebar">
            <div class="sidebar-title">
              <span>Journey Grid</span>
              <button
                type="button"
                class="close"
                aria-label="Close sidebar"
                onClick={() => setSidebarOpen(false)}
              >
                ×
              </button>
            </div>
            <iframe key={sidebarKey} title="Journey Grid" src="/sidebar" name="sidebar" />
          </aside>
        )}
      </div>
      {view?.kind === 'sheets' && (
        <footer class="tabs">
          <div class="tab-strip" role="tablist" aria-label="Sheets">
            {view.tabs?.map((tab) => (
              <button
                key={tab.name}
                type="button"
                role="tab"
                aria-selected={tab.name === sheet?.name}
                class="tab"
                style={tab.tabColor ? { borderBottomColor: tab.tabColor } : undefined}
                onClick={async () => {
                  await activateSheet(tab.name);
                  setSelected(null);
                  await refresh();
                }}
              >
                {tab.name}
              </button>
            ))}
          </div>
          <span class="status" role="status">
            {status}
          </span>
        </footer>
      )}
    </div>
  );
}

const root = document.getElementById('root');
if (root) render(<App />, root);
