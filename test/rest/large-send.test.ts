/**
 * A large journey sent to a new file: 12 stages × 20 lanes × 6 personas with long Japanese texts is
 * over 10 MiB of requests, which Google refuses in one batchUpdate. Send to Sheets and Send to
 * Slides split it into batches of at most 2 MB and the new file reads back to the same journey;
 * when a later batch fails, the half-made file is moved to the trash and the user is told, in
 * Japanese and English, what Google said.
 */
import { describe, expect, it } from 'vitest';
import type { SheetsApi, SlidesApi } from '../../dev/user-surface/rest';
import { newJourneyDocument } from '../../src/catalog';
import { MAX_BATCH_BYTES } from '../../src/hosts/rest/batches';
import type { SentFile } from '../../src/hosts/rest/send';
import type { JourneyDocument } from '../../src/model/types';
import { startSlidesAddon } from '../slides/support';
import { startAddon } from '../support/addon';
import { openSent, readAll } from './support';

const TEN_MIB = 10 * 1024 * 1024;

/** 12 stages, 20 text lanes, 6 personas; every cell holds ~2,600 characters (≈ 7.8 KB of UTF-8). */
function largeJourney(): JourneyDocument {
  const made = newJourneyDocument(
    'basic-5',
    Array.from({ length: 6 }, (_, i) => ({ id: `p${i + 1}`, name: `ペルソナ${i + 1}` })),
    'ja',
    { title: '大規模ジャーニー' },
  );
  if (!made.ok) throw new Error(JSON.stringify(made.problems));
  const doc = made.value;
  doc.stages = Array.from({ length: 12 }, (_, i) => ({ id: `s${i + 1}`, label: `段階${i + 1}` }));
  doc.lanes = Array.from({ length: 20 }, (_, i) => ({
    id: `l${i + 1}`,
    label: `レーン${i + 1}`,
    kind: 'text',
  }));
  const filler = '顧客はサービスを比較検討し、担当者に問い合わせる。'.repeat(100);
  doc.journeys = doc.personas.map((p) => ({
    personaId: p.id,
    cells: Object.fromEntries(
      doc.lanes.map((l) => [
        l.id,
        Object.fromEntries(doc.stages.map((s) => [s.id, `${p.id}/${l.id}/${s.id} ${filler}`])),
      ]),
    ),
  }));
  return doc;
}

function expectBatches(sent: SentFile): void {
  expect(sent.payloadBytes).toBeGreaterThan(TEN_MIB);
  expect(sent.batches.length).toBeGreaterThanOrEqual(6);
  for (const bytes of sent.batches) expect(bytes).toBeLessThanOrEqual(MAX_BATCH_BYTES);
}

describe('a journey too large for one batchUpdate', () => {
  const doc = largeJourney();

  it('goes to a new spreadsheet in batches of at most 2 MB and reads back whole', () => {
    const addon = startAddon();
    addon.emu.calls.reset();
    const sent = addon.ok<SentFile>('sendToSheets', doc, { hints: false });
    expectBatches(sent);
    expect(addon.emu.calls.count('Sheets.Spreadsheets.batchUpdate')).toBe(sent.batches.length);
    openSent(addon, sent);
    expect(readAll(addon).document).toEqual(doc);
  }, 120_000);

  it('goes to a new deck in batches of at most 2 MB and reads back whole', () => {
    const addon = startSlidesAddon();
    addon.emu.calls.reset();
    const sent = addon.ok<SentFile>('sendToSlides', doc, { hints: false });
    expectBatches(sent);
    expect(addon.emu.calls.count('Slides.Presentations.batchUpdate')).toBe(sent.batches.length);
    openSent(addon, sent);
    expect(readAll(addon).document).toEqual(doc);
  }, 240_000);

  it('moves a half-made spreadsheet to the trash when a later batch fails, and says so', () => {
    const addon = startAddon();
    const before = addon.emu.drive.list().length;
    (
      addon.emu.globals.Sheets.Spreadsheets as SheetsApi['Spreadsheets'] & { _failBatch(n: number): void }
    )._failBatch(2);
    const problems = addon.fail('sendToSheets', doc, { hints: false });
    expect(problems[0]!.code).toBe('batch-rejected');
    expect(problems[0]!.message.en).toMatch(
      /^Google Sheets refused the content \(batchUpdate 2\/\d+: .*Internal error encountered\.\)\. The unfinished spreadsheet was moved to the trash: https:\/\/docs\.google\.com\/spreadsheets\/d\//,
    );
    expect(problems[0]!.message.ja).toContain('途中まで作成されたスプレッドシートはゴミ箱に移動しました');
    const made = addon.emu.drive.list().slice(before);
    expect(made).toHaveLength(1);
    expect(made[0]!.trashed).toBe(true);
    expect(addon.emu.drive.list().filter((f) => !f.trashed)).toHaveLength(before);
  }, 120_000);

  it('moves a half-made deck to the trash when a later batch fails, and says so', () => {
    const addon = startSlidesAddon();
    const before = addon.emu.drive.list().length;
    (
      addon.emu.globals.Slides.Presentations as SlidesApi['Presentations'] & { _failBatch(n: number): void }
    )._failBatch(3);
    const problems = addon.fail('sendToSlides', doc, { hints: false });
    expect(problems[0]!.message.en).toMatch(
      /refused the content \(batchUpdate 3\/\d+: .*Internal error encountered\.\)\. The unfinished presentation was moved to the trash/,
    );
    expect(problems[0]!.message.ja).toContain('ゴミ箱に移動しました');
    expect(addon.emu.drive.list().filter((f) => !f.trashed)).toHaveLength(before);
  }, 240_000);
});
