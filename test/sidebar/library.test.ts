/**
 * The sidebar's own RPCs on the built bundle: start-up data in one call, the persona libraries in
 * user and document properties within Apps Script's property limits, and the saved form choices.
 */
import { describe, expect, it } from 'vitest';
import { cleanChoices, type SidebarChoices } from '../../sidebar/choices';
import { newJourneyDocument } from '../../src/catalog';
import type { PersonaLibraries, SidebarBoot } from '../../src/server/rpc-sidebar';
import { startAddon } from '../support/addon';

const persona = (id: string, name: string, extra: Record<string, unknown> = {}) => ({
  id,
  name,
  antiPersona: false,
  ...extra,
});

describe('sidebar RPCs', () => {
  it('answers everything the sidebar needs in one call', () => {
    const addon = startAddon({ user: { locale: 'ja' } });
    const boot = addon.ok<SidebarBoot>('loadSidebar');
    expect(boot).toMatchObject({ uiLanguage: 'ja', host: 'sheets', documentName: 'Journeys', choices: null });
    expect(boot.libraries).toEqual({ user: [], document: [] });
    expect(boot.file).toBeNull();
  });

  it('includes the journeys the open file already holds, as describeFile answers them', () => {
    const addon = startAddon();
    const doc = newJourneyDocument(
      'aisas',
      [
        { id: 'p-aki', name: 'Aki' },
        { id: 'p-ben', name: 'Ben' },
      ],
      'en',
      { title: 'Launch' },
    );
    if (!doc.ok) throw new Error('fixture');
    for (const p of doc.value.personas)
      addon.ok('buildJourney', doc.value, p.id, { hints: false, confirmRemovals: false });
    const boot = addon.ok<SidebarBoot>('loadSidebar');
    expect(boot.file).toEqual(addon.ok('describeFile'));
    expect(boot.file?.journeys.map((j) => j.personaName)).toEqual(['Aki', 'Ben']);
  });

  it('keeps personas per user and per document, and removes them again', () => {
    const addon = startAddon();
    // What the user's settings take of their property storage quota.
    const used = () => new TextEncoder().encode(JSON.stringify(addon.emu.userProperties().toObject())).length;
    const before = used();
    addon.ok(
      'savePersonaToLibrary',
      persona('p-aki', 'Aki', { role: 'CTO', buyingRole: 'decision-maker' }),
      'user',
    );
    const both = addon.ok<PersonaLibraries>(
      'savePersonaToLibrary',
      persona('p-ben', 'Ben', { antiPersona: true }),
      'document',
    );
    expect(both.user.map((p) => p.name)).toEqual(['Aki']);
    expect(both.user[0]).toMatchObject({ role: 'CTO', buyingRole: 'decision-maker' });
    expect(both.document).toEqual([persona('p-ben', 'Ben', { antiPersona: true })]);
    // Saving the same id again replaces it in place.
    const renamed = addon.ok<PersonaLibraries>('savePersonaToLibrary', persona('p-aki', 'Aki Sato'), 'user');
    expect(renamed.user.map((p) => p.name)).toEqual(['Aki Sato']);
    const removed = addon.ok<PersonaLibraries>('removePersonaFromLibrary', 'p-aki', 'user');
    expect(removed.user).toEqual([]);
    // The next time the sidebar opens, it is gone too.
    expect(addon.ok<SidebarBoot>('loadSidebar').libraries.user).toEqual([]);
    // …and its room in the user's storage is given back (less than the persona itself is left).
    expect(used() - before).toBeLessThan(JSON.stringify(persona('p-aki', 'Aki Sato')).length);
  });

  it('refuses a persona over the 9 KB property limit with a translated message', () => {
    const addon = startAddon();
    const long = 'あ'.repeat(1900); // 3 bytes each in UTF-8: five such fields pass 9 KB
    const problems = addon.fail(
      'savePersonaToLibrary',
      persona('p-big', 'Big', {
        goals: long,
        challenges: long,
        notes: long,
        informationSources: long,
        company: long,
      }),
      'user',
    );
    expect(problems[0]?.code).toBe('persona-too-large');
    expect(problems[0]?.message.en).toContain('9 KB');
  });

  it('caps the library with a clear message when it is full', () => {
    const addon = startAddon();
    for (let i = 0; i < 50; i++) addon.ok('savePersonaToLibrary', persona(`p-${i}`, `P${i}`), 'user');
    const problems = addon.fail('savePersonaToLibrary', persona('p-50', 'One more'), 'user');
    expect(problems[0]?.code).toBe('library-full');
  });

  it('remembers the form choices between sidebar openings', () => {
    const addon = startAddon();
    const choices: SidebarChoices = {
      frameworkId: 'aisas',
      language: 'en',
      hints: false,
      lanes: [
        { ref: 'touchpoints', on: true },
        { ref: 'custom:1', label: 'Mood board', kind: 'text', on: false },
      ],
      personas: [persona('p-aki', 'Aki')],
    };
    addon.ok('saveSidebarChoices', choices);
    expect(addon.ok<SidebarBoot>('loadSidebar').choices).toEqual(choices);

    // Stage names chosen for a service blueprint are remembered too.
    const staged: SidebarChoices = {
      ...choices,
      frameworkId: 'service-blueprint',
      stageLabels: ['Find', 'Use'],
    };
    addon.ok('saveSidebarChoices', staged);
    expect(addon.ok<SidebarBoot>('loadSidebar').choices).toEqual(staged);
  });

  it('keeps long persona fields whole in the remembered form, and a shorter save leaves nothing stale', () => {
    const addon = startAddon();
    const long = (name: string) => ({
      ...persona(`p-${name.toLowerCase()}`, name),
      goals: 'ご予算の承認を得る'.repeat(120),
      notes: '議事録'.repeat(300),
    });
    const choices: SidebarChoices = {
      frameworkId: 'aisas',
      language: 'ja',
      hints: true,
      lanes: [{ ref: 'touchpoints', on: true }],
      personas: [long('Aki'), long('Ben')],
    };
    // What the user's settings take of the 500 KB quota for user properties
    // (https://developers.google.com/apps-script/guides/services/quotas).
    const used = () => new TextEncoder().encode(JSON.stringify(addon.emu.userProperties().toObject())).length;
    const empty = used();
    addon.ok('saveSidebarChoices', choices);
    expect(addon.ok<SidebarBoot>('loadSidebar').choices).toEqual(choices);
    const afterLong = used();
    const short = { ...choices, personas: [persona('p-kei', 'Kei')] };
    addon.ok('saveSidebarChoices', short);
    expect(addon.ok<SidebarBoot>('loadSidebar').choices).toEqual(short);
    // A shorter form gives the room of the longer one back: nothing of it is left behind.
    expect(used() - empty).toBeLessThan(JSON.stringify(short).length * 2);
    expect(used()).toBeLessThan(afterLong);
  });
});

describe("the remembered form is the sidebar's", () => {
  it('comes back exactly as the sidebar sent it, fields the server does not know included', () => {
    const addon = startAddon();
    const form = { frameworkId: 'aisas', language: 'en', hints: true, lanes: [], personas: [], zoom: 2 };
    addon.ok('saveSidebarChoices', form);
    expect(addon.ok<SidebarBoot>('loadSidebar').choices).toEqual(form);
  });

  it('is refused when it is not a form, or too large to keep, and the last one stays', () => {
    const addon = startAddon();
    const form = { frameworkId: 'aisas', language: 'en', hints: true, lanes: [], personas: [] };
    addon.ok('saveSidebarChoices', form);
    const notAForm = addon.fail('saveSidebarChoices', ['aisas']);
    expect(notAForm.map((p) => p.code)).toEqual(['invalid-choices']);
    expect(notAForm[0]!.message.en).toBe('The form could not be remembered: it is not a form.');
    const huge = addon.fail('saveSidebarChoices', { ...form, notes: 'x'.repeat(120_000) });
    expect(huge.map((p) => p.code)).toEqual(['choices-too-large']);
    expect(addon.ok<SidebarBoot>('loadSidebar').choices).toEqual(form);
  });

  it('is cleaned by the sidebar when it comes back: unknown personas fields dropped, texts cut', () => {
    const stored = {
      frameworkId: 'aisas',
      language: 'ja',
      hints: false,
      lanes: [{ ref: 'touchpoints', on: true, colour: 'red' }, 'junk'],
      personas: [{ id: 'p-aki', name: ' Aki ', password: 'x', goals: 'g'.repeat(2500) }, { name: 'no id' }],
    };
    expect(cleanChoices(stored)).toEqual({
      frameworkId: 'aisas',
      language: 'ja',
      hints: false,
      lanes: [{ ref: 'touchpoints', on: true }],
      personas: [{ id: 'p-aki', name: 'Aki', antiPersona: false, goals: 'g'.repeat(2000) }],
    });
    expect(cleanChoices(['aisas'])).toBeNull();
  });
});
