/**
 * Case 21 of the "nothing is lost" list: in AuthMode.LIMITED (the add-on is enabled in this file
 * but the user has not granted it everything) a call that needs more authorization must answer
 * a translated message that says what to do, never Google's raw English permission text.
 * Every sidebar RPC is called on the built bundle in LIMITED mode.
 */
import { describe, expect, it } from 'vitest';
import { newJourneyDocument } from '../../src/catalog';
import type { Result } from '../../src/model/problems';
import { startAddon } from '../support/addon';

function journey() {
  const result = newJourneyDocument('aisas', [{ id: 'p-abe', name: 'Abe' }], 'en');
  if (!result.ok) throw new Error('fixture');
  return result.value;
}

describe('case 21: a call that needs more authorization', () => {
  it("answers a translated message in LIMITED mode, with none of Google's raw permission text", () => {
    const addon = startAddon();
    const doc = journey();
    addon.ok('buildJourney', doc, 'p-abe', { hints: false, confirmRemovals: false });
    addon.emu.setAuthMode('LIMITED');
    const calls: [string, ...unknown[]][] = [
      ['saveToDrive', doc],
      ['listDriveJourneys'],
      ['openFromDrive', 'some-file-id'],
      ['listTeamTemplates'],
      ['openTeamTemplate', 'some-file-id'],
      ['saveTeamTemplate', { name: 'Team', frameworkId: 'aisas', language: 'en', lanes: [], personas: [] }],
      ['sendToSheets', doc],
      ['loadSidebar'],
      ['readJourneys', 'all'],
    ];
    const refused: string[] = [];
    for (const [name, ...args] of calls) {
      const result = addon.bundle.call<Result<unknown>>(name, ...args);
      if (result.ok) continue;
      for (const p of result.problems) {
        const text = `${p.message.ja}\n${p.message.en}`;
        expect(text, name).not.toMatch(/do not have permission|Required permissions|googleapis\.com\/auth/i);
        if (p.code === 'needs-authorization') refused.push(name);
        if (p.code === 'needs-authorization') expect(p.message.ja).toMatch(/許可/);
      }
    }
    // The Drive calls need drive.file, which LIMITED mode does not reach.
    expect(refused).toEqual(
      expect.arrayContaining(['saveToDrive', 'listDriveJourneys', 'listTeamTemplates', 'sendToSheets']),
    );
  });
});
