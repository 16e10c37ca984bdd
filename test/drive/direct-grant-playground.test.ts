/**
 * The playground's side of the one-time grant, without a browser: its stand-in Picker lists the
 * open deck, a pick of it opens the deck to the REST API as Google Picker would, and the grant
 * survives a restart (the session's log replays the pick and the dialog's report).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from '../../dev/bundle';
import { PlaygroundSession } from '../../dev/playground/session';
import type { Result } from '../../src/model/problems';
import type { PickOutcome } from '../../src/server/rpc-picker';
import type { SidebarBoot } from '../../src/server/rpc-sidebar';

const read = (name: string) => readFileSync(join(DIST, name), 'utf8');
const session = () =>
  new PlaygroundSession({
    locale: 'en',
    sidebarHtml: read('Sidebar.html'),
    pickerHtml: read('Picker.html'),
    code: read('Code.js'),
  });

function value<T>(result: unknown): T {
  const r = result as Result<T>;
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.value;
}

/** The Advanced Slides service as the add-on sees it: does a get of the deck get through? */
function restReaches(s: PlaygroundSession, id: string): boolean {
  try {
    s.emu.globals.Slides.Presentations.get(id);
    return true;
  } catch {
    return false;
  }
}

describe('the playground and the one-time grant', () => {
  it('lists the open deck for Picker, opens it to REST once picked, and replays the grant', () => {
    const first = session();
    first.open('slides');
    const deck = (first.presentation as { getId(): string }).getId();
    expect(first.pickerDocuments().map((f) => [f.id, f.mimeType])).toContainEqual([
      deck,
      'application/vnd.google-apps.presentation',
    ]);
    expect(restReaches(first, deck)).toBe(false);
    const { ticket } = value<{ ticket: string }>(first.rpc('showPicker', ['direct']));
    expect(first.dialogHtml()).toContain(`"kind":"direct"`);
    first.pick([deck]);
    expect(restReaches(first, deck)).toBe(true);
    expect(value<PickOutcome>(first.rpc('directPicked', [ticket, deck, 'Journey deck'])).direct).toBe(
      'allowed',
    );
    first.closeDialog();

    const second = session();
    expect(second.replay(first.state().events)).toBe(0);
    expect(restReaches(second, deck)).toBe(true);
    expect(value<SidebarBoot>(second.rpc('loadSidebar', [])).direct).toEqual({
      fileId: deck,
      answer: 'allowed',
    });
  });
});
