/**
 * A teammate in the playground: files "Hana" owns and shared with the playground's user, so that
 * choosing a teammate's template or persona library with the (fake) Google Picker can be tried by
 * hand with `npm start`. They are put in the emulated Drive before anything is replayed, so the
 * saved session's picks find them again (the emulator's ids are deterministic).
 */

import { APP_PROPERTY_KIND } from '../../src/share/files';
import type { BlobStore } from '../emulator/drive-api';

const OWNER = { owner: 'hana@example.com', ownerName: 'Hana' };

export function shareTeammateFiles(blobs: BlobStore, ja: boolean): void {
  // The roles a B2B team wants the same on every map: a library Hana lets the team edit.
  blobs.addShared(
    ja ? 'B2B の役割.personas.json' : 'B2B roles.personas.json',
    JSON.stringify({
      kind: 'journey-grid-personas',
      schemaVersion: 1,
      name: ja ? 'B2B の役割' : 'B2B roles',
      personas: [
        { id: 'decision-maker', name: ja ? '決裁者' : 'Decision maker', buyingRole: 'decision-maker' },
        { id: 'champion', name: ja ? '推進者' : 'Champion', buyingRole: 'champion' },
        { id: 'researcher', name: ja ? '情報収集担当者' : 'Researcher', buyingRole: 'researcher' },
        { id: 'end-user', name: ja ? '現場利用者' : 'End user', buyingRole: 'end-user' },
      ],
    }),
    { ...OWNER, access: 'edit', appProperties: { [APP_PROPERTY_KIND]: 'personas' } },
  );
  // A template Hana shares view-only: it opens and builds, but cannot be saved over.
  blobs.addShared(
    ja ? 'SaaS 導入.journey-template.json' : 'SaaS onboarding.journey-template.json',
    JSON.stringify({
      kind: 'journey-grid-template',
      schemaVersion: 1,
      name: ja ? 'SaaS 導入' : 'SaaS onboarding',
      frameworkId: 'btob-6',
      language: ja ? 'ja' : 'en',
      laneIds: ['touchpoints', 'actions', 'thoughts', 'emotion', 'stakeholders'],
      customLanes: [],
      personas: [{ name: ja ? '情報システム部長' : 'IT director', buyingRole: 'decision-maker' }],
    }),
    { ...OWNER, access: 'view', appProperties: { [APP_PROPERTY_KIND]: 'template' } },
  );
}
