/**
 * What the builder stores in developer metadata: split into pieces well under the size Sheets
 * allows for one value, cut between whole characters, and read back whole.
 */
import { describe, expect, it } from 'vitest';
import type { DeveloperMetadata } from '../../dev/user-surface/sheets';
import { joinedValue, PIECE_CHARS, splitText, writeStored } from '../../src/hosts/sheets/store';
import { JOURNEY_KEY } from '../../src/layout/keys';
import { setup } from '../emulator/setup';

describe('stored keys', () => {
  it('cuts text into pieces without splitting an emoji', () => {
    const text = `a${'😀'.repeat(PIECE_CHARS)}`;
    const pieces = splitText(text);
    expect(pieces.join('')).toBe(text);
    for (const piece of pieces) {
      expect(piece.length).toBeLessThanOrEqual(PIECE_CHARS);
      expect(piece).not.toMatch(/^[\udc00-\udfff]|[\ud800-\udbff]$/);
    }
  });

  it('writes long values in pieces on the sheet, reads them back whole, and drops leftover pieces', () => {
    const { emu, app, sheet } = setup();
    const visibility = app.DeveloperMetadataVisibility.DOCUMENT;
    const head = () =>
      sheet.getDeveloperMetadata().find((md) => md.getKey() === JOURNEY_KEY) as DeveloperMetadata;
    const long = JSON.stringify({ text: '"\n😀'.repeat(20_000) });
    writeStored(sheet, JOURNEY_KEY, long, visibility);
    expect(joinedValue(head(), () => sheet)).toBe(long);
    // The piece size is the contract: a quarter of the 30,000 characters assumed per value (PIECE_CHARS).
    const sizes = emu.inspect(sheet).metadata.map((m) => (m.value ?? '').length);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(PIECE_CHARS);
    writeStored(sheet, JOURNEY_KEY, '{"short":true}', visibility);
    expect(joinedValue(head(), () => sheet)).toBe('{"short":true}');
    // Leftover pieces would show nowhere, yet travel with every copy of the sheet: only the metadata tells.
    expect(emu.inspect(sheet).metadata).toHaveLength(1);
  });
});
