/**
 * The committed Marketplace listing images (docs/listing/, written by `npm run assets`) have the
 * sizes the store listing asks for: icons 32, 48, 96 and 128 px square, a 220 × 140 card banner,
 * and 1280 × 800 screenshots in both Japanese and English.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pngSize } from '../../scripts/assets';

const LISTING = join(import.meta.dirname, '..', '..', 'docs', 'listing');

describe('listing images', () => {
  it('has every icon size, the banner, and screenshots in both languages at 1280 × 800', () => {
    const sizes = Object.fromEntries(
      readdirSync(LISTING)
        .filter((name) => name.endsWith('.png'))
        .map((name) => [name, pngSize(join(LISTING, name))]),
    );
    for (const px of [32, 48, 96, 128]) expect(sizes[`icon-${px}.png`]).toEqual({ width: px, height: px });
    expect(sizes['banner-220x140.png']).toEqual({ width: 220, height: 140 });
    const screenshots = Object.keys(sizes).filter((name) => name.startsWith('screenshot-'));
    for (const language of ['ja', 'en'])
      expect(screenshots.filter((name) => name.startsWith(`screenshot-${language}-`)).length).toBeGreaterThan(
        0,
      );
    for (const name of screenshots) expect(sizes[name], name).toEqual({ width: 1280, height: 800 });
  });
});
