/**
 * The emulated Advanced Drive service rejects what Google would: fields the Drive API v3 schema
 * does not have, values of the wrong type, parameters the method does not take, calls without
 * full authorization. So a request the add-on sends is known to be well-formed.
 */
import { describe, expect, it } from 'vitest';
import { createEmulator } from '../../dev/emulator';
import { loadApi, validateCall } from '../../dev/emulator/discovery';

describe('Drive v3 requests checked against the current API definitions', () => {
  const drive = loadApi('drive.v3');

  it('accepts the requests the add-on sends', () => {
    expect(
      validateCall(
        drive,
        'files.create',
        { fields: 'id,name' },
        { name: 'a.journey.json', mimeType: 'application/json', appProperties: { k: 'v' } },
      ),
    ).toEqual([]);
    expect(validateCall(drive, 'files.get', { fileId: 'x', alt: 'media' })).toEqual([]);
    expect(
      validateCall(drive, 'files.list', { q: 'trashed = false', pageSize: 10, orderBy: 'modifiedTime desc' }),
    ).toEqual([]);
  });

  it('rejects unknown fields, wrong types and unknown parameters', () => {
    expect(validateCall(drive, 'files.create', {}, { title: 'v2 name' })[0]).toContain(
      'Unknown name "title"',
    );
    expect(validateCall(drive, 'files.create', {}, { name: 42 })[0]).toContain("Invalid value at 'name'");
    expect(validateCall(drive, 'files.create', {}, { appProperties: { k: 1 } })[0]).toContain(
      'appProperties.k',
    );
    expect(validateCall(drive, 'files.list', { maxResults: 10 })[0]).toContain('Unknown name "maxResults"');
    expect(validateCall(drive, 'files.list', { pageSize: 'ten' })[0]).toContain('expected a number');
    expect(validateCall(drive, 'files.get', {})[0]).toContain('Required parameter: fileId');
  });

  it("refuses a property over 124 bytes of UTF-8, key and value together, with Drive's words", () => {
    const emu = createEmulator();
    const blob = emu.globals.Utilities.newBlob('{}', 'application/json', 'x.json');
    const create = (value: string) => () =>
      emu.globals.Drive.Files.create({ name: 'x', appProperties: { key: value } }, blob, {});
    // 3 + 121 = 124 bytes fit; 3 + 40 Japanese characters (120 bytes) + 'x' (1) = 124 fit too.
    expect(create('a'.repeat(121))).not.toThrow();
    expect(create(`${'あ'.repeat(40)}x`)).not.toThrow();
    expect(create('a'.repeat(122))).toThrow(
      'API call to drive.files.create failed with error: Properties and app properties are limited to 124 bytes in UTF-8 encoding, counting both the key and the value.',
    );
    expect(create('あ'.repeat(41))).toThrow(/limited to 124 bytes/);
    expect(emu.blobs.files.size).toBe(2);
  });

  it('makes the emulated service throw like Apps Script, before touching any file', () => {
    const emu = createEmulator();
    const blob = emu.globals.Utilities.newBlob('{}', 'application/json', 'x.json');
    expect(() => emu.globals.Drive.Files.create({ name: 'x', title: 'old' } as never, blob, {})).toThrow(
      /API call to drive\.files\.create failed with error: Invalid JSON payload received\. Unknown name "title"/,
    );
    expect(emu.blobs.files.size).toBe(0);
    emu.setAuthMode('LIMITED');
    expect(() => emu.globals.Drive.Files.list({})).toThrow(/drive\.file/);
  });
});
