/**
 * The playground keeps what a person did between runs (no browser needed): rows inserted from the
 * Insert menu and a sent file opened from its link are in the saved session, and a restart shows
 * the same documents. Driven through the HTTP API the page itself calls.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type Playground, startPlayground } from '../../dev/playground/server';
import type { DocumentView } from '../../dev/playground/session';
import { newJourneyDocument } from '../../src/catalog';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function post(
  playground: Playground,
  path: string,
  payload: unknown,
): Promise<Record<string, unknown>> {
  const response = await fetch(new URL(path, playground.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(payload),
  });
  return (await response.json()) as Record<string, unknown>;
}

async function view(playground: Playground): Promise<DocumentView> {
  return (await (await fetch(new URL('api/view', playground.url))).json()) as DocumentView;
}

describe('the playground session', () => {
  it('replays inserted rows and an opened sent file after a restart', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'journey-playground-'));
    dirs.push(dir);
    const stateFile = join(dir, 'state.json');
    const made = newJourneyDocument('aisas', [{ id: 'p-aki', name: 'Aki' }], 'en');
    if (!made.ok) throw new Error('fixture');

    const first = await startPlayground({ stateFile, reset: true });
    await post(first, 'rpc', {
      name: 'buildJourneys',
      args: [made.value, ['p-aki'], { hints: false, confirmRemovals: false }],
    });
    await post(first, 'api/activate', { sheet: 'Aki' });
    const built = (await view(first)).activeSheet!;
    const labels = built.displayValues.map((row) => row[0]);
    const row = labels.indexOf('Touchpoints') + 1;
    expect(row).toBeGreaterThan(0);
    expect(
      await post(first, 'api/structure', { action: 'insert-row-after', sheet: 'Aki', row, column: 1 }),
    ).toEqual({ ok: true });
    const inserted = (await view(first)).activeSheet!;
    expect(inserted.displayValues[row]!.every((v) => v === '')).toBe(true);
    expect(inserted.displayValues[row + 1]![0]).toBe(built.displayValues[row]![0]);
    expect(
      await post(first, 'api/structure', { action: 'sideways', sheet: 'Aki', row, column: 1 }),
    ).toMatchObject({
      ok: false,
    });

    const sent = (await post(first, 'rpc', {
      name: 'sendToSlides',
      args: [made.value, { hints: false }],
    })) as {
      value: { ok: true; value: { fileId: string } };
    };
    expect(await post(first, 'api/open-file', { id: sent.value.value.fileId })).toEqual({ ok: true });
    expect(await post(first, 'api/open-file', { id: 'no-such-file' })).toMatchObject({ ok: false });
    const deck = await view(first);
    expect(deck.kind).toBe('slides');
    await first.close();

    const second = await startPlayground({ stateFile });
    try {
      expect(await view(second)).toEqual(deck);
      await post(second, 'api/open', { kind: 'sheets' });
      expect((await view(second)).activeSheet!.displayValues).toEqual(inserted.displayValues);
    } finally {
      await second.close();
    }
  });
});
