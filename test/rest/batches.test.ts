/**
 * How the requests of a new file are cut into batchUpdate calls: whole groups (personas) per batch
 * while they fit, a group larger than the budget cut between its requests in order, every batch's
 * byte count exactly the JSON body's, and the emulated APIs refusing a body over 10 MiB as Google does.
 */
import { describe, expect, it } from 'vitest';
import { createEmulator } from '../../dev/emulator';
import { splitIntoBatches } from '../../src/hosts/rest/batches';

const req = (tag: string, bytes: number) => ({ t: `${tag}${'x'.repeat(bytes - 8 - tag.length)}` });

describe('splitIntoBatches', () => {
  it('keeps groups whole while they fit, and counts the exact body bytes', () => {
    const groups = [[req('a1', 300), req('a2', 300)], [req('b1', 300), req('b2', 300)], [req('c1', 300)]];
    const batches = splitIntoBatches(groups, 1000);
    expect(batches.map((b) => b.requests.map((r) => r.t.slice(0, 2)))).toEqual([
      ['a1', 'a2'],
      ['b1', 'b2', 'c1'],
    ]);
    for (const b of batches) {
      expect(b.bytes).toBe(Buffer.byteLength(JSON.stringify({ requests: b.requests })));
      expect(b.bytes).toBeLessThanOrEqual(1000);
    }
  });

  it('cuts a group larger than the budget between requests, in order', () => {
    const big = Array.from({ length: 7 }, (_, i) => req(`g${i}`, 300));
    const batches = splitIntoBatches([[req('a', 300)], big], 1000);
    expect(batches.flatMap((b) => b.requests)).toEqual([req('a', 300), ...big]);
    expect(batches.every((b) => b.bytes <= 1000)).toBe(true);
    expect(batches).toHaveLength(3);
  });

  it('counts UTF-8 bytes, not characters', () => {
    const ja = { t: 'あ'.repeat(300) };
    const batches = splitIntoBatches([[ja], [ja]], 1000);
    expect(batches).toHaveLength(2);
    expect(batches[0]!.bytes).toBe(Buffer.byteLength(JSON.stringify({ requests: [ja] })));
  });
});

describe('the emulated REST APIs refuse a body over 10 MiB', () => {
  it("with Google's words, before applying anything", () => {
    const emu = createEmulator();
    const slides = emu.globals.Slides.Presentations;
    const id = slides.create({ title: 'Big' }).presentationId!;
    const text = 'x'.repeat(10 * 1024 * 1024);
    expect(() => slides.batchUpdate({ requests: [{ insertText: { objectId: 'nope1', text } }] }, id)).toThrow(
      'API call to slides.presentations.batchUpdate failed with error: Request payload size exceeds the limit: 10485760 bytes.',
    );
    const sheets = emu.globals.Sheets.Spreadsheets;
    const sid = sheets.create({ properties: { title: 'Big' } }).spreadsheetId!;
    expect(() =>
      sheets.batchUpdate(
        { requests: [{ updateCells: { rows: [{ values: [{ note: text }] }], fields: 'note' } }] },
        sid,
      ),
    ).toThrow('Request payload size exceeds the limit: 10485760 bytes.');
  });
});
