/**
 * Storage limits: property values and stores (in the kit's own user-property store, emptied
 * again afterwards) and Drive appProperties (on a scratch file the kit creates under drive.file),
 * each probed to tell whether Google counts UTF-16 units or UTF-8 bytes.
 */
import { listJsonFiles, readJsonFile, saveJsonFile } from '../../../src/hosts/drive/json-files';
import type { ConformanceEnv } from '../env';
import { probeLimit } from '../probe';
import type { Scenario } from '../scenario';
import { attempt, utf8Bytes } from '../snapshot';

const PREFIX = 'conformance.';

function kitKeys(env: ConformanceEnv): string[] {
  return env.properties
    .getUserProperties()
    .getKeys()
    .filter((k) => k.startsWith(PREFIX));
}

function cleanUp(env: ConformanceEnv): void {
  const store = env.properties.getUserProperties();
  for (const key of kitKeys(env)) store.deleteProperty(key);
}

function propertyValue(env: ConformanceEnv) {
  const store = env.properties.getUserProperties();
  const key = `${PREFIX}value`;
  try {
    const set = (value: string) =>
      attempt(() => {
        store.setProperty(key, value);
        return (store.getProperty(key) ?? '').length;
      });
    const ascii = probeLimit(1_000, 100_000, (n) => {
      store.setProperty(key, 'p'.repeat(n));
    });
    const limit = ascii.largestAccepted ?? 0;
    return {
      keyBytes: utf8Bytes(key),
      ascii,
      // 'あ' is one UTF-16 unit and three UTF-8 bytes.
      japaneseUnitsAtLimit: set('あ'.repeat(limit)),
      japaneseBytesAtLimit: set('あ'.repeat(Math.floor(limit / 3))),
      japaneseBytesOverLimit: set('あ'.repeat(Math.floor(limit / 3) + 1)),
    };
  } finally {
    cleanUp(env);
  }
}

function propertyStore(env: ConformanceEnv) {
  const store = env.properties.getUserProperties();
  const before = store.getKeys().length;
  const value = 's'.repeat(8_000);
  let storedBytes = 0;
  let accepted = 0;
  let refusedWith: string | null = null;
  try {
    for (let i = 0; i < 80; i++) {
      const key = `${PREFIX}store.${i}`;
      const added = attempt(() => {
        store.setProperty(key, value);
        return null;
      });
      if (!added.ok) {
        refusedWith = added.threw;
        break;
      }
      accepted++;
      storedBytes += utf8Bytes(key) + value.length;
    }
    // With room for one more small value only in bytes or only in units: fill with Japanese text.
    const japanese = attempt(() => {
      store.setProperty(`${PREFIX}store.ja`, 'あ'.repeat(Math.floor(value.length / 3)));
      return null;
    });
    return { keysBefore: before, valueBytes: value.length, accepted, storedBytes, refusedWith, japanese };
  } finally {
    cleanUp(env);
  }
}

function appProperties(env: ConformanceEnv) {
  const blob = () => env.utilities.newBlob('{}', 'application/json', 'conformance.json');
  const created = env.drive.Files.create(
    { name: 'Journey Grid conformance appProperties.json', mimeType: 'application/json' },
    blob(),
    { fields: 'id' },
  );
  const id = created.id ?? '';
  env.scratch.track(id);
  const key = 'k';
  const put = (value: string) => {
    env.drive.Files.update({ appProperties: { [key]: value } }, id, blob(), { fields: 'id,appProperties' });
  };
  const ascii = probeLimit(1, 1_000, (n) => put('a'.repeat(n)));
  const limit = ascii.largestAccepted ?? 0;
  const tryValue = (value: string) =>
    attempt(() => {
      put(value);
      return utf8Bytes(key) + utf8Bytes(value);
    });
  return {
    keyBytes: utf8Bytes(key),
    ascii,
    japaneseUnits: tryValue('あ'.repeat(limit)),
    japaneseBytes: tryValue('あ'.repeat(Math.floor(limit / 3))),
    readBack: attempt(() => env.drive.Files.get(id, { fields: 'appProperties' }).appProperties ?? null),
  };
}

/** The add-on's own JSON save / list / read under drive.file, and a file it did not create. */
function jsonFiles(env: ConformanceEnv) {
  const ctx = { drive: env.drive, utilities: env.utilities };
  const json = JSON.stringify({ conformance: true, text: '日本語 ✓' });
  const first = saveJsonFile(ctx, 'document', 'Journey Grid conformance', 'conformance-source', json);
  env.scratch.track(first.fileId);
  const second = saveJsonFile(ctx, 'document', 'Journey Grid conformance', 'conformance-source', `${json} `);
  const listed = listJsonFiles(ctx, 'document').filter((f) => f.fileId === first.fileId);
  return {
    first: { name: first.name, created: first.created },
    secondIsSameFile: second.fileId === first.fileId,
    secondCreated: second.created,
    listedNames: listed.map((f) => f.name),
    read: readJsonFile(ctx, first.fileId),
    readType: typeof env.drive.Files.get(first.fileId, { alt: 'media' }),
    // A spreadsheet the kit made with SpreadsheetApp: does drive.file reach it too?
    scratchSpreadsheet: attempt(() => {
      const doc = env.scratch.spreadsheet('drive.file reach');
      return env.drive.Files.get(doc.getId(), { fields: 'mimeType' }).mimeType ?? null;
    }),
    unknownFile: attempt(
      () => env.drive.Files.get('1conformanceNoSuchFileXXXXXXXXXXXXXXXXXXXXXX', {}).id ?? null,
    ),
  };
}

export const STORAGE_SCENARIOS: Scenario[] = [
  {
    id: 'properties-value-size',
    title: 'Property value size: units or bytes',
    covers: ['limit.property-value'],
    run: propertyValue,
  },
  {
    id: 'properties-store-size',
    title: 'Property store size',
    covers: ['limit.property-store'],
    run: propertyStore,
  },
  {
    id: 'drive-app-properties',
    title: 'Drive appProperties size',
    covers: ['limit.app-properties', 'drive.file'],
    run: appProperties,
  },
  {
    id: 'drive-json-files',
    title: "The add-on's JSON files under drive.file",
    covers: ['drive.file'],
    run: jsonFiles,
  },
];
