/**
 * The kit's services on the emulator: its globals, and scratch files made in its Drive as if the
 * script had created them (so the Advanced services reach them under drive.file, as on Google).
 * No document is open, as for a standalone script run from the editor.
 */
import type { Emulator } from '../emulator';
import { markCreated } from '../emulator/rest/common';
import type { KitServices } from './env';

export function emulatorServices(emu: Emulator): KitServices & { trashed: string[] } {
  const g = emu.globals;
  const trashed: string[] = [];
  const created = (id: string) => {
    const file = emu.drive.get(id);
    if (file) markCreated(file);
  };
  return {
    platform: 'emulator',
    spreadsheetApp: g.SpreadsheetApp,
    charts: g.Charts,
    slidesApp: g.SlidesApp,
    properties: g.PropertiesService,
    locks: g.LockService,
    slidesApi: g.Slides,
    sheetsApi: g.Sheets,
    drive: g.Drive,
    utilities: g.Utilities,
    flushPresentation: (deck) => deck,
    now: () => Date.now(),
    trashed,
    files: {
      spreadsheet(name) {
        const doc = emu.createSpreadsheet(name, { activate: false });
        created(doc.getId());
        return doc;
      },
      presentation(name) {
        const deck = emu.createPresentation(name, { activate: false });
        created(deck.getId());
        return deck;
      },
      // The emulated Drive has no bin: the ids are only noted.
      trash(fileId) {
        trashed.push(fileId);
      },
    },
  };
}
