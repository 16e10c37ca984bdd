/**
 * The team-sharing world the server-level tests share: the add-on with a Picker dialog page and
 * (unless told otherwise) the deployer's Picker settings, a journey and a team template to save,
 * and the dialog's part of a pick.
 */
import { newJourneyDocument } from '../../src/catalog';
import type { JourneyDocument } from '../../src/model/types';
import type { PickOutcome } from '../../src/server/rpc-picker';
import type { TeamTemplate } from '../../src/share/template';
import { type Addon, startAddon } from './addon';

/** A Picker page reduced to what the server fills in: its printed configuration. */
export const PICKER_HTML =
  '<html><script type="application/json" id="picker-config"><?!= config ?></script></html>';

/** The add-on with the Picker configured as a deployer would (or not, to see the refusal). */
export function pickerAddon(configured = true): Addon {
  const a = startAddon({ htmlFiles: { Sidebar: '<html>sidebar</html>', Picker: PICKER_HTML } });
  if (configured) {
    a.emu.scriptProperties.set({ PICKER_DEVELOPER_KEY: 'test-developer-key', PICKER_APP_ID: '123456789012' });
  }
  return a;
}

export function journeyDoc(title = 'Q3 launch'): JourneyDocument {
  const result = newJourneyDocument('aisas', [{ id: 'p1', name: 'Tanaka' }], 'en', { title });
  if (!result.ok) throw new Error('fixture');
  return result.value;
}

export const TEAM_TEMPLATE: TeamTemplate = {
  kind: 'journey-grid-template',
  schemaVersion: 1,
  name: 'B2B onboarding',
  frameworkId: 'aisas',
  language: 'en',
  laneIds: ['touchpoints', 'actions', 'emotion'],
  customLanes: [],
  personas: [{ name: 'CIO' }],
};

/** The dialog's part of a pick: the pick itself grants drive.file access, then the dialog reports it. */
export function pick(a: Addon, kind: string, ids: string[]): PickOutcome {
  const { ticket } = a.ok<{ ticket: string }>('showPicker', kind);
  for (const id of ids) a.emu.blobs.grantAccess(id);
  a.ok('pickerPicked', ticket, kind, ids);
  return a.ok<PickOutcome>('pickerResult', ticket);
}
