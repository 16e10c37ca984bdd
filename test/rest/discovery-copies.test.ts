/**
 * The emulator validates requests against its own copies of Google's discovery documents; when
 * the shared originals sit beside the repository, the copies must be identical to them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DISCOVERY_DIR } from '../../dev/emulator/discovery';

const SHARED = join(import.meta.dirname, '..', '..', '..', 'shared', 'google-discovery');

describe('discovery document copies', () => {
  for (const name of ['drive.v3', 'sheets.v4', 'slides.v1']) {
    it.skipIf(!existsSync(join(SHARED, `${name}.json`)))(`${name}.json equals the shared original`, () => {
      expect(readFileSync(join(DISCOVERY_DIR, `${name}.json`), 'utf8')).toBe(
        readFileSync(join(SHARED, `${name}.json`), 'utf8'),
      );
    });
  }
});
