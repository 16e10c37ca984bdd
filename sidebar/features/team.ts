/**
 * Team templates saved in Drive: listed on demand in the gallery, and one picked becomes the form
 * (with nothing loaded behind it). Saving a new one forgets the list, so it is fetched again.
 */
import { useState } from 'preact/hooks';
import type { ListedFile } from '../../src/hosts/drive/json-files';
import { callServer } from '../rpc';
import { teamTemplateName } from '../share';
import { formFromTemplate } from '../state';
import type { AppCore } from '../use-app';

export interface TeamFeature {
  team: ListedFile[] | null;
  showTeam: () => Promise<void>;
  /** Resolves with whether the template was taken into the form. */
  pickTeam: (file: ListedFile) => Promise<boolean>;
  forgetTeam: () => void;
}

export function useTeam(app: AppCore): TeamFeature {
  const { state, dispatch, t, report, run } = app;
  const [team, setTeam] = useState<ListedFile[] | null>(null);

  const showTeam = async () => {
    const result = await run('team', 'template', () => callServer('listTeamTemplates'));
    if (result) setTeam(result);
  };

  const pickTeam = async (file: ListedFile): Promise<boolean> => {
    const template = await run('team', 'template', () => callServer('openTeamTemplate', file.fileId));
    if (!template) return false;
    dispatch({ type: 'template', form: formFromTemplate(template, state.form.hints) });
    report('template', [], `${t('teamTemplateUsed')}: ${teamTemplateName(file.name)}`);
    return true;
  };

  return { team, showTeam, pickTeam, forgetTeam: () => setTeam(null) };
}
