/**
 * When the sidebar offers the one-time grant (sidebar/features/direct-grant.ts), for the answers
 * a branch without the REST fast path never produces in the browser scenarios: a build or a
 * read-back result that says 'denied' or 'allowed' itself.
 */
import { describe, expect, it } from 'vitest';
import type { PersonaBuild } from '../../sidebar/components/BuildResults';
import { directOf, latestDirect, offerGrant, type Said } from '../../sidebar/features/direct-grant';
import type { BuildResult } from '../../src/hosts/build-types';
import type { DirectAccess } from '../../src/hosts/direct-access';

function built(personaName: string, direct?: DirectAccess): PersonaBuild {
  const result: BuildResult = {
    sheetName: personaName,
    sheetId: 1,
    created: true,
    pendingRemovals: [],
    keptCells: 0,
    printUrl: '',
    findings: [],
    ...(direct ? { direct } : {}),
  };
  return { personaId: personaName, personaName, result };
}

const fromResult = (answer: DirectAccess): Said => ({ answer, fromResult: true });

describe('offering the one-time grant', () => {
  it('takes the answer of the last persona built that gives one', () => {
    expect(latestDirect([built('A'), built('B')])).toBeUndefined();
    expect(latestDirect([built('A', 'denied'), built('B')])).toBe('denied');
    expect(latestDirect([built('A', 'denied'), built('B', 'allowed')])).toBe('allowed');
    expect(directOf({ document: {}, direct: 'denied' })).toBe('denied');
    expect(directOf({ direct: 'maybe' })).toBeUndefined();
    expect(directOf(null)).toBeUndefined();
  });

  it('in Slides: on a remembered or a fresh refusal, not once allowed, not after "not now"', () => {
    expect(offerGrant('slides', 'denied', null, false)).toBe(true);
    expect(offerGrant('slides', null, fromResult('denied'), false)).toBe(true);
    expect(offerGrant('slides', 'denied', fromResult('allowed'), false)).toBe(false);
    expect(offerGrant('slides', 'denied', { answer: 'allowed', fromResult: false }, false)).toBe(false);
    expect(offerGrant('slides', null, null, false)).toBe(false);
    expect(offerGrant('slides', 'denied', null, true)).toBe(false);
  });

  it('in Sheets: only when a build or read-back of this sidebar said so', () => {
    expect(offerGrant('sheets', 'denied', null, false)).toBe(false);
    expect(offerGrant('sheets', 'denied', fromResult('denied'), false)).toBe(true);
    expect(offerGrant('sheets', null, fromResult('denied'), false)).toBe(true);
    expect(offerGrant('sheets', null, fromResult('denied'), true)).toBe(false);
    expect(offerGrant('none', 'denied', null, false)).toBe(false);
  });
});
