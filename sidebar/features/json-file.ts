/**
 * The journey as a JSON file on the user's computer: export downloads the document an action
 * works on; import checks the file's text and the document in it, and takes it into the form.
 */
import { parseDocumentJson } from '../../src/model/migrate';
import { downloadJson, readFileText } from '../download';
import { checkJsonText } from '../json-text';
import { filePlaceNames } from '../places';
import { platformProblem } from '../tasks';
import type { AppCore } from '../use-app';
import { BUILD_PROBLEMS, focusOutcome } from './focus';

export function useJsonFile(app: AppCore) {
  const { t, report, clearFeedback, documentFor, adoptDocument } = app;

  const exportJson = () => {
    const doc = documentFor('build');
    if (doc) downloadJson(doc);
  };

  const importJson = async (file: File | undefined) => {
    if (!file) return;
    clearFeedback();
    let text: string;
    try {
      text = await readFileText(file);
    } catch (error) {
      report('build', [platformProblem(error)]);
      return;
    }
    const json = checkJsonText(text);
    if (!json.ok) {
      report('build', json.problems);
      focusOutcome(BUILD_PROBLEMS);
      return;
    }
    const result = parseDocumentJson(json.value);
    if (!result.ok) {
      report('build', result.problems, '', filePlaceNames(JSON.parse(json.value)));
      focusOutcome(BUILD_PROBLEMS);
      return;
    }
    adoptDocument(result.value);
    report('build', [], `${t('imported')}: ${result.value.title}`);
  };

  return { exportJson, importJson };
}
