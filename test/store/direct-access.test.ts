/**
 * Whether REST reaches the open file (src/hosts/direct-access.ts): asked once per user and file
 * with the cheapest call, remembered either way, not remembered after a failure that is no refusal;
 * on the emulator a named assumption (denied unless switched), and a file picked in Google Picker.
 */
import { describe, expect, it } from 'vitest';
import { createEmulator } from '../../dev/emulator';
import { directAccess, knownDirectAccess, rememberDirectAccess } from '../../src/hosts/direct-access';
import type { SlidesApi } from '../../src/hosts/rest-services';
import type { PropertiesServiceApi } from '../../src/hosts/ui';

function counting(answer: () => void) {
  const asked: string[] = [];
  return {
    asked,
    probe: (id: string) => () => {
      asked.push(id);
      answer();
    },
  };
}

function properties(): PropertiesServiceApi {
  const emu = createEmulator();
  emu.createPresentation('Deck');
  return emu.globals.PropertiesService as unknown as PropertiesServiceApi;
}

const REFUSED =
  'GoogleJsonResponseException: API call to slides.presentations.get failed with error: The caller does not have permission';

describe('direct access to the open file', () => {
  it('asks once and remembers an answer that works', () => {
    const props = properties();
    const p = counting(() => {});
    expect(directAccess(props, 'deck1', p.probe('deck1'))).toBe('allowed');
    expect(directAccess(props, 'deck1', p.probe('deck1'))).toBe('allowed');
    expect(p.asked).toEqual(['deck1']);
    expect(knownDirectAccess(props, 'deck1')).toBe('allowed');
  });

  it('remembers a refusal, per file', () => {
    const props = properties();
    const p = counting(() => {
      throw new Error(REFUSED);
    });
    expect(directAccess(props, 'deck1', p.probe('deck1'))).toBe('denied');
    expect(directAccess(props, 'deck1', p.probe('deck1'))).toBe('denied');
    expect(directAccess(props, 'deck2', p.probe('deck2'))).toBe('denied');
    expect(p.asked).toEqual(['deck1', 'deck2']);
  });

  it('does not remember a failure that is no refusal, and forgets a grant after a refusal', () => {
    const props = properties();
    let fail = true;
    const p = counting(() => {
      if (fail) throw new Error('Service unavailable: Slides');
    });
    expect(directAccess(props, 'deck1', p.probe('deck1'))).toBe('denied');
    expect(knownDirectAccess(props, 'deck1')).toBeUndefined();
    fail = false;
    expect(directAccess(props, 'deck1', p.probe('deck1'))).toBe('allowed');
    rememberDirectAccess(props, 'deck1', 'denied');
    expect(directAccess(props, 'deck1', p.probe('deck1'))).toBe('denied');
    expect(p.asked).toHaveLength(2);
  });

  it('is denied without the Advanced service, or without a file id', () => {
    expect(directAccess(properties(), 'deck1', undefined)).toBe('denied');
    expect(directAccess(properties(), '', () => {})).toBe('denied');
  });

  it("is kept in the user's own properties, not the file's: other editors are asked themselves", () => {
    const emu = createEmulator();
    const deck = emu.createPresentation('Deck');
    const props = emu.globals.PropertiesService as unknown as PropertiesServiceApi;
    directAccess(props, deck.getId(), () => {});
    expect(Object.values(emu.userProperties().toObject())).toContain('allowed');
    expect(emu.userProperties('other@example.com').keys()).toEqual([]);
    expect(props.getDocumentProperties()!.getKeys()).toEqual([]);
  });
});

describe('direct access on the emulator (the open-document assumption)', () => {
  function session() {
    const emu = createEmulator();
    const deck = emu.createPresentation('Deck');
    const props = emu.globals.PropertiesService as unknown as PropertiesServiceApi;
    const slides = emu.globals.Slides as unknown as SlidesApi;
    const id = deck.getId();
    const probe = () => slides.Presentations.get(id, { fields: 'presentationId' });
    return { emu, id, props, probe };
  }

  it('is refused by default, asked once, and remembered', () => {
    const s = session();
    expect(directAccess(s.props, s.id, s.probe)).toBe('denied');
    expect(directAccess(s.props, s.id, s.probe)).toBe('denied');
    expect(s.emu.calls.count('Slides.Presentations.get')).toBe(1);
  });

  it('is allowed when the assumption is switched, or once the user picked the file', () => {
    const s = session();
    s.emu.setOpenDocumentRest('allowed');
    expect(directAccess(s.props, s.id, s.probe)).toBe('allowed');
    const t = session();
    t.emu.pickDocument(t.id);
    expect(directAccess(t.props, t.id, t.probe)).toBe('allowed');
  });

  it('is allowed through the environment switch', () => {
    const before = process.env.JG_OPEN_DOC_REST;
    process.env.JG_OPEN_DOC_REST = 'allowed';
    try {
      const s = session();
      expect(directAccess(s.props, s.id, s.probe)).toBe('allowed');
    } finally {
      if (before === undefined) delete process.env.JG_OPEN_DOC_REST;
      else process.env.JG_OPEN_DOC_REST = before;
    }
  });
});
