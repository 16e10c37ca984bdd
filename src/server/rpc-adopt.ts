/**
 * "Adopt this grid" and "Rebuild in Journey Grid's layout" for a file Journey Grid did not build,
 * after Read back recognised its hand-made grid. Adopting writes only keys (Sheets: adopt.ts;
 * Slides: ../hosts/slides/adopt.ts), all or nothing; rebuilding is the ordinary build of the
 * recognised model on new sheets or slides, so the user's original stays as it was. Both answer
 * the file read back afterwards, which is then a built journey.
 */
import { adoptSheets } from '../hosts/sheets/adopt';
import { adoptDeck } from '../hosts/slides/adopt';
import { JourneyGridError, problem, type Result } from '../model/problems';
import type { JourneyDocument } from '../model/types';
import { runRpc, validOrThrow } from './errors';
import { withDocumentLock } from './lock';
import { SERVER_MESSAGES as M } from './messages';
import { buildJourneys, type ReadBack, readJourneys } from './rpc';
import { openFile, propertiesService } from './services';

const NOWHERE = problem('', 'not-in-sheets', M.notInSheets);

export function adoptJourneys(
  doc: JourneyDocument,
  how: 'keys' | 'layout',
  scope: 'active' | 'all',
): Result<ReadBack> {
  const done = runRpc<null>(() => {
    const model = validOrThrow(doc);
    if (how === 'layout') {
      const built = buildJourneys(
        model,
        model.personas.map((p) => p.id),
        { hints: false, confirmRemovals: false },
      );
      if (!built.ok) return built;
      if (built.value.problems) return { ok: false, problems: built.value.problems };
      return { ok: true, value: null };
    }
    const file = openFile();
    const properties = propertiesService().getDocumentProperties();
    if (!file || (file.host === 'slides' && !properties)) throw new JourneyGridError([NOWHERE]);
    withDocumentLock(() => {
      if (file.host === 'sheets') adoptSheets(file.app, file.spreadsheet, scope, model);
      else adoptDeck(file.app, file.deck, properties!, model);
    });
    return { ok: true, value: null };
  });
  return done.ok ? readJourneys('all') : done;
}
