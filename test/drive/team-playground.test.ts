/**
 * The playground's side of team sharing, without a browser: the teammate's files `npm start`
 * offers are valid Journey Grid files that only Picker can reach, and a pick survives a restart
 * (the session's log replays it).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from '../../dev/bundle';
import { PlaygroundSession } from '../../dev/playground/session';
import type { ListedFile } from '../../src/hosts/drive/json-files';
import type { Result } from '../../src/model/problems';
import type { PickOutcome } from '../../src/server/rpc-picker';

const read = (name: string) => readFileSync(join(DIST, name), 'utf8');
const session = () =>
  new PlaygroundSession({
    locale: 'ja',
    sidebarHtml: read('Sidebar.html'),
    pickerHtml: read('Picker.html'),
    code: read('Code.js'),
    teammate: true,
  });

function value<T>(result: unknown): T {
  const r = result as Result<T>;
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.value;
}

describe('the playground teammate', () => {
  it('shares files Picker lists but the script cannot open until they are picked; picks replay', () => {
    const first = session();
    const files = first.pickerFiles();
    expect(files.map((f) => [f.name, f.owner, f.ownedByMe, f.canEdit])).toEqual([
      ['B2B の役割.personas.json', 'Hana', false, true],
      ['SaaS 導入.journey-template.json', 'Hana', false, false],
    ]);
    expect(value<ListedFile[]>(first.rpc('listSharedFiles', ['personas']))).toEqual([]);

    for (const [kind, file] of [
      ['personas', files[0]!],
      ['template', files[1]!],
    ] as const) {
      const { ticket } = value<{ ticket: string }>(first.rpc('showPicker', [kind]));
      expect(first.dialogHtml()).toContain(`"ticket":"${ticket}","kind":"${kind}"`);
      first.pick([file.id]);
      const outcome = value<PickOutcome>(first.rpc('pickerPicked', [ticket, kind, [file.id]]));
      expect(outcome.problems).toEqual([]);
      first.closeDialog();
    }

    const second = session();
    expect(second.replay(first.state().events)).toBe(0);
    expect(value<ListedFile[]>(second.rpc('listSharedFiles', ['personas'])).map((f) => f.owner)).toEqual([
      'Hana',
    ]);
    expect(value<ListedFile[]>(second.rpc('listTeamTemplates', [])).map((f) => f.readOnly)).toEqual([true]);
  });
});
