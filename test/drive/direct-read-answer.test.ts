/**
 * A read-back tells the sidebar what it learnt about direct access to the open file, so a Sheets
 * user (whose builds never ask) is offered the one-time grant after a slow read, and no longer
 * once the file is picked: through the built bundle on the emulator, Google's answer unpicked
 * being the conservative one (the emulator's `openDocumentRest` assumption, 'denied').
 */
import { describe, expect, it } from 'vitest';
import { createEmulator } from '../../dev/emulator';
import type { ReadBack } from '../../src/server/rpc';
import { runBundle } from '../support/addon';
import { buildAll, makeDoc } from '../support/journeys';

function opened(host: 'sheets' | 'slides') {
  const emu = createEmulator({ htmlFiles: { Sidebar: '<html>sidebar</html>' }, user: { locale: 'en' } });
  const doc =
    host === 'sheets' ? emu.createSpreadsheet('Plan', { locale: 'en_US' }) : emu.createPresentation('Deck');
  return { emu, id: doc.getId(), ...runBundle(emu) };
}

describe('a read-back says whether direct access reaches the file', () => {
  for (const host of ['sheets', 'slides'] as const) {
    it(`${host}: 'denied' before the file is picked, 'allowed' after`, () => {
      const a = opened(host);
      const doc = makeDoc('aisas', 'en');
      buildAll(a, doc);
      const before = a.ok<ReadBack>('readJourneys', 'all');
      expect(before.direct).toBe('denied');
      // What the grant leaves behind (src/server/direct-grant.ts): the file picked, the answer kept.
      a.emu.pickDocument(a.id);
      a.emu.globals.PropertiesService.getUserProperties().setProperty(
        `journeygrid.direct.${a.id}`,
        'allowed',
      );
      const after = a.ok<ReadBack>('readJourneys', 'all');
      expect(after.direct).toBe('allowed');
      expect(after.document).toEqual(before.document);
    });
  }
});
