/**
 * Adopting a hand-made journey table in Slides: "Adopt this grid" stores the deck keys of the
 * table's slide without redrawing anything, after which Read back reads the same model as a built
 * journey and an edit typed into the table reads back; "Rebuild in Journey Grid's layout" builds
 * it on new slides and leaves the user's slide as it was.
 */
import { describe, expect, it } from 'vitest';
import type { ReadBack } from '../../src/server/rpc';
import { type SlidesAddon, startSlidesAddon } from './support';

const LEAPT = [
  ['', '気づき', '認知', '検討', '導入', '利用'],
  ['課題', '業務が属人化している', '', '', '', ''],
  ['行動', '', 'セミナーに参加', '', '', ''],
  ['情報ニーズ', '', '', '他社の導入事例', '', ''],
  ['情報ソース', '', '', '', '営業担当', ''],
  ['次の段階へのモチベーション', '', '', '', '', '定着支援が手厚い'],
];

function leapt(rows = LEAPT): { addon: SlidesAddon; tableId: string } {
  const addon = startSlidesAddon();
  const slide = addon.deck.getSlides()[0]!;
  const t = slide.insertTable(rows.length, rows[0]!.length, 20, 80, 680, 300);
  rows.forEach((row, r) => {
    row.forEach((text, c) => {
      if (text) addon.emu.slidesUser.editCell(addon.deck.getId(), t.getObjectId(), r, c, text);
    });
  });
  addon.emu.slidesUser.addTextBox(
    addon.deck.getId(),
    slide.getObjectId(),
    'BtoB カスタマージャーニー（直線型）',
  );
  return { addon, tableId: t.getObjectId() };
}
const read = (addon: SlidesAddon) => addon.ok<ReadBack>('readJourneys', 'all');
/** What a person sees on the slides (no document properties). */
const slidesOnly = (addon: SlidesAddon) => JSON.stringify(addon.view().slides);

describe('adopting a hand-made journey table in Slides', () => {
  it('keys the 5 × 5 table in place: nothing is redrawn, it reads back exactly, and an edit reads back', () => {
    const { addon, tableId } = leapt();
    const recognised = read(addon);
    expect(recognised.recognition?.framework.id).toBe('leapt-linear');
    const before = slidesOnly(addon);
    const adopted = addon.ok<ReadBack>('adoptJourneys', recognised.document, 'keys', 'all');
    expect(slidesOnly(addon)).toBe(before);
    expect(adopted.recognition).toBeUndefined();
    expect(adopted.document).toEqual(recognised.document);

    addon.emu.slidesUser.editCell(addon.deck.getId(), tableId, 2, 1, 'ホワイトペーパーを読む');
    const edited = read(addon);
    expect(edited.recognition).toBeUndefined();
    expect(edited.document.journeys[0]!.cells.actions).toEqual({
      realization: 'ホワイトペーパーを読む',
      awareness: 'セミナーに参加',
    });
  });

  it('refuses in place a table with more than the grid in it (deck unchanged), and rebuilds it on new slides', () => {
    const rows = [['顧客の旅', '', '', '', '', ''], ...LEAPT];
    const { addon } = leapt(rows);
    const recognised = read(addon);
    // Keys left by a refused adoption show nowhere on the slides: only the whole store shows none were.
    const props = () => JSON.stringify(addon.view().documentProperties ?? {});
    const before = props();
    const problems = addon.fail('adoptJourneys', recognised.document, 'keys', 'all');
    expect(problems.map((p) => p.code)).toEqual(['adopt-table-edges']);
    expect(problems[0]!.message.ja).toContain('slide 1');
    expect(props()).toBe(before);
    const original = JSON.stringify(addon.view().slides[0]);
    const rebuilt = addon.ok<ReadBack>('adoptJourneys', recognised.document, 'layout', 'all');
    expect(rebuilt.document.journeys).toEqual(recognised.document.journeys);
    expect(rebuilt.document.stages).toEqual(recognised.document.stages);
    expect(addon.view().slides.length).toBeGreaterThan(1);
    expect(JSON.stringify(addon.view().slides[0])).toBe(original);
  });

  it('refuses a table whose faces would not read back as the same scores, taking back every key it wrote', () => {
    const { addon } = leapt([
      ['', 'Awareness', 'Consideration', 'Purchase'],
      ['Touchpoints', 'Ad', 'Website', 'Shop'],
      ['Feelings', '😀', '🙁', '🙂'],
    ]);
    const recognised = read(addon);
    expect(recognised.document.journeys[0]!.cells.emotion).toEqual({
      awareness: 2,
      consideration: -1,
      purchase: 1,
    });
    // Keys left by a refused adoption show nowhere on the slides: only the whole store shows none were.
    const props = () => JSON.stringify(addon.view().documentProperties ?? {});
    const before = props();
    const problems = addon.fail('adoptJourneys', recognised.document, 'keys', 'all');
    expect(problems.map((p) => p.code)).toEqual(['adopt-not-exact']);
    expect(problems[0]!.message.ja).toContain('Feelings × Awareness');
    expect(props()).toBe(before);
    expect(read(addon).recognition).toBeDefined();
  });
});
