/**
 * The oracle of the Slides random-edit property: a shadow of each journey slide (its table, title,
 * persona name and card) that knows where a user would say each text belongs, seeded from the
 * builder's keys right after a build and then moved by the test itself through every edit (rows
 * and columns inserted or deleted, the lane-label column included; slides duplicated, moved,
 * deleted). `slideFacts` turns the shadows into facts the read-back must satisfy.
 */
import type { PresentationSnapshot } from '../../dev/emulator/slides/inspect';
import { hintFor, PERSONA_FIELD_LABELS } from '../../src/catalog';
import { type CardField, decodeColumn, decodeRow } from '../../src/layout/keys';
import { altRole } from '../../src/layout/slide-plan';
import type { JourneyDocument } from '../../src/model/types';
import { assignJourneyIds } from '../../src/read/assemble';
import { ANY_PERSONA, type Fact } from './facts';

type RowRole = { kind: 'header' | 'fixed' } | { kind: 'lane'; laneId?: string };
type ColumnRole = { kind: 'labels' } | { kind: 'stage'; stageId?: string };

let nextUid = 1;

/** One journey table and what sits around it on its slide. */
export class SlideShadow {
  rows: RowRole[] = [];
  cols: ColumnRole[] = [];
  /** Tracked texts, by row and column uid. */
  private readonly uids = { rows: [] as number[], cols: [] as number[] };
  cells = new Map<string, string>();
  /** Typed over the builder's: the journey title, the persona name, card values by field. */
  title?: string;
  name?: string;
  card = new Map<CardField, string>();
  /** Texts that can only be findings: renamed card labels, text boxes. */
  loose: { text: string; what: 'text box' | 'card label' }[] = [];
  /** A row or column of the table was inserted or deleted since it was built. */
  reshaped = false;
  /** A lane label or stage header was typed over since it was built. */
  renamed = false;
  /** Rows and columns inserted, and deleted, since the build. */
  insertions = 0;
  deletions = 0;
  /** A duplicated slide's table (no keys of its own). */
  copied = false;

  constructor(
    public slideId: string,
    public tableId: string,
    public personaKey: string,
    public part: number,
  ) {}

  private key(r: number, c: number): string {
    return `${this.uids.rows[r]},${this.uids.cols[c]}`;
  }

  get(r: number, c: number): string | undefined {
    return this.cells.get(this.key(r, c));
  }

  set(r: number, c: number, text: string | undefined): void {
    if (text === undefined || text.trim() === '') this.cells.delete(this.key(r, c));
    else this.cells.set(this.key(r, c), text);
  }

  insertRow(at: number, role: RowRole): void {
    this.rows.splice(at, 0, role);
    this.uids.rows.splice(at, 0, nextUid++);
  }

  insertColumn(at: number, role: ColumnRole): void {
    this.cols.splice(at, 0, role);
    this.uids.cols.splice(at, 0, nextUid++);
  }

  deleteRow(at: number): void {
    this.rows.splice(at, 1);
    this.uids.rows.splice(at, 1);
  }

  deleteColumn(at: number): void {
    this.cols.splice(at, 1);
    this.uids.cols.splice(at, 1);
  }

  copy(slideId: string, tableId: string): SlideShadow {
    const s = new SlideShadow(slideId, tableId, this.personaKey, this.part);
    s.rows = [...this.rows];
    s.cols = [...this.cols];
    s.uids.rows = [...this.uids.rows];
    s.uids.cols = [...this.uids.cols];
    s.cells = new Map(this.cells);
    if (this.title !== undefined) s.title = this.title;
    if (this.name !== undefined) s.name = this.name;
    s.card = new Map(this.card);
    s.loose = [...this.loose];
    s.reshaped = this.reshaped;
    s.renamed = this.renamed;
    s.copied = true;
    s.insertions = this.insertions;
    s.deletions = this.deletions;
    return s;
  }

  laneRows(): number[] {
    return this.rows.flatMap((r, i) => (r.kind === 'lane' ? [i] : []));
  }

  stageColumns(): number[] {
    return this.cols.flatMap((c, i) => (c.kind === 'stage' ? [i] : []));
  }

  labelsColumn(): number {
    return this.cols.findIndex((c) => c.kind === 'labels');
  }
}

/** A value the builder split over numbered document properties ("count|first", "key#1", …). */
export function storedProperty(properties: Record<string, string>, key: string): string | undefined {
  const head = properties[key];
  if (head === undefined) return undefined;
  const bar = head.indexOf('|');
  const count = Number(head.slice(0, bar));
  let text = head.slice(bar + 1);
  for (let i = 1; i < count; i++) text += properties[`${key}#${i}`] ?? '';
  return text;
}

export function cardField(label: string): CardField | undefined {
  for (const field of ['name', 'role', 'company', 'goals', 'challenges'] as const) {
    const { ja, en } = PERSONA_FIELD_LABELS[field];
    const t = label.trim();
    if (t === ja || t === en || t.endsWith(` · ${ja}`) || t.endsWith(` · ${en}`)) return field;
  }
  return undefined;
}

/** Shadows of the slides a build just wrote (by their keys), with every text that is not the builder's own. */
export function seedSlides(
  view: PresentationSnapshot,
  slideIds: readonly string[],
  doc: Pick<JourneyDocument, 'frameworkId' | 'language' | 'title'>,
  personaKey: string,
): SlideShadow[] {
  const shadows: SlideShadow[] = [];
  slideIds.forEach((slideId, part) => {
    const slide = view.slides.find((s) => s.id === slideId);
    if (!slide) return;
    for (const table of slide.elements.filter((e) => e.kind === 'table')) {
      const json = storedProperty(view.documentProperties, `journeygrid.slide.${table.id}`);
      if (!json) continue;
      const keys = JSON.parse(json) as {
        hints: boolean;
        rows: { key: string }[];
        columns: { key: string }[];
      };
      const s = new SlideShadow(slideId, table.id, personaKey, part);
      for (const row of keys.rows) {
        const role = decodeRow(row.key);
        s.insertRow(
          s.rows.length,
          role?.kind === 'lane'
            ? { kind: 'lane', laneId: role.laneId }
            : role?.kind === 'stage-header'
              ? { kind: 'header' }
              : { kind: 'fixed' },
        );
      }
      for (const col of keys.columns) {
        const role = decodeColumn(col.key);
        s.insertColumn(
          s.cols.length,
          role?.kind === 'stage' ? { kind: 'stage', stageId: role.stageId } : { kind: 'labels' },
        );
      }
      table.cells!.forEach((line, r) => {
        line.forEach((cell, c) => {
          const row = s.rows[r];
          const col = s.cols[c];
          if (!row || !col || cell.text.trim() === '' || row.kind === 'fixed') return;
          if (row.kind === 'header' && col.kind === 'labels') return;
          if (row.kind === 'lane' && row.laneId && col.kind === 'stage' && col.stageId && keys.hints) {
            if (hintFor(doc.frameworkId, row.laneId, col.stageId, doc.language) === cell.text) return;
          }
          s.set(r, c, cell.text);
        });
      });
      for (const e of slide.elements) {
        const role = altRole(e.title);
        if (role === 'docTitle' && e.text && e.text.text !== doc.title) s.title = e.text.text;
        if (role === 'name' && part === 0 && e.text) s.name = e.text.text;
        if (role === 'card' && e.kind === 'table' && part === 0) {
          const [labels = [], values = []] = e.cells!.map((row) => row.map((c) => c.text));
          labels.forEach((label, c) => {
            const field = cardField(label);
            const value = values[c] ?? '';
            // A long value is shortened on the slide (its full text is in the keys).
            if (field && value.trim() !== '' && !value.endsWith('…')) s.card.set(field, value);
          });
        }
      }
      shadows.push(s);
    }
  });
  return shadows;
}

/** Every fact the read-back must satisfy, addressed as the deck stands now. */
export function slideFacts(shadows: readonly SlideShadow[], view: PresentationSnapshot): Fact[] {
  const present = shadows
    .map((s) => ({ s, index: view.slides.findIndex((x) => x.id === s.slideId) }))
    .filter((x) => x.index >= 0)
    .sort((a, b) => a.index - b.index);
  // Parts of one persona join one journey; a second part with the same index is a copy (its own persona).
  const groups: { key: string; parts: number[] }[] = [];
  const groupOf = present.map(({ s }) => {
    let g = groups.find((x) => x.key === s.personaKey && !x.parts.includes(s.part));
    if (!g) {
      g = { key: s.personaKey, parts: [] };
      groups.push(g);
    }
    g.parts.push(s.part);
    return g;
  });
  const ids = assignJourneyIds(groups.map((g) => g.key));
  return present.flatMap(({ s, index }, i) =>
    factsOf(s, index + 1, s.copied ? ANY_PERSONA : ids[groups.indexOf(groupOf[i]!)]!),
  );
}

function factsOf(s: SlideShadow, slide: number, persona: string): Fact[] {
  const where = '';
  const facts: Fact[] = [];
  const at = `slide ${slide}`;
  const labels = s.labelsColumn();
  const header = s.rows.findIndex((r) => r.kind === 'header');
  const laneOf = (r: number) => {
    const role = s.rows[r]!;
    if (role.kind === 'lane' && role.laneId) return { id: role.laneId };
    const typed = labels >= 0 ? (s.get(r, labels) ?? '').trim() : '';
    // (The reader numbers an unnamed lane by its row among the title and card rows too.)
    return typed ? { labels: [typed] } : { unnamed: 'lane' as const };
  };
  const stageOf = (c: number) => {
    const role = s.cols[c]!;
    if (role.kind === 'stage' && role.stageId) return { id: role.stageId };
    const typed = header >= 0 ? (s.get(header, c) ?? '').trim() : '';
    return typed ? { labels: [typed] } : { unnamed: 'stage' as const };
  };
  s.rows.forEach((row, r) => {
    s.cols.forEach((col, c) => {
      const text = s.get(r, c);
      if (text === undefined) return;
      const address = `${at}: table row ${r + 1}, column ${c + 1}`;
      if (row.kind === 'header' && col.kind === 'stage')
        facts.push({ kind: 'stage-label', where, persona, address, text, stage: stageOf(c) });
      else if (row.kind === 'lane' && col.kind === 'labels')
        facts.push({ kind: 'lane-label', where, persona, address, text, lane: laneOf(r) });
      else if (row.kind === 'lane' && col.kind === 'stage')
        facts.push({ kind: 'cell', where, persona, address, text, lane: laneOf(r), stage: stageOf(c) });
      else
        facts.push({
          kind: 'finding',
          where,
          persona,
          address,
          text,
          codes: ['outside-grid', 'separator-text'],
        });
    });
  });
  if (s.title !== undefined && s.title.trim() !== '')
    facts.push({ kind: 'title', where, persona, address: `${at}: journey title`, text: s.title });
  if (s.name !== undefined && s.name.trim() !== '')
    facts.push({ kind: 'card', where, persona, address: `${at}: persona name`, text: s.name, field: 'name' });
  for (const [field, text] of s.card)
    facts.push({ kind: 'card', where, persona, address: `${at}: persona card`, text, field });
  for (const { text, what } of s.loose)
    facts.push({ kind: 'finding', where, persona, address: '', text, what, codes: ['outside-grid'] });
  return facts;
}
