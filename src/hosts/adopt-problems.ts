/**
 * Problems both hosts' adoption of a hand-made grid reports in the same words (sheets/adopt.ts,
 * slides/adopt.ts): the grid changed since it was read, it does not read back exactly, the file
 * already holds journeys. Shared host code, like build-problems.ts.
 */
import { problem } from '../model/problems';

export const ADOPT_PROBLEMS = {
  changed: problem(
    '',
    'adopt-changed',
    '読み込んだ後で表が変わったため、取り込めませんでした。もう一度読み込んでから取り込んでください。',
    'The grid changed after it was read, so it was not adopted. Read it back again, then adopt it.',
  ),
  twoOnOneSheet: (sheet: string) =>
    problem(
      '',
      'adopt-two-on-a-sheet',
      `シート「${sheet}」にはジャーニーの表が複数あります。Journey Grid は 1 シートに 1 ジャーニーを置くため、そのままでは取り込めません。「Journey Grid のレイアウトで作り直す」を選んでください（元のシートは残ります）。`,
      `The sheet "${sheet}" holds more than one journey table. Journey Grid keeps one journey per sheet, so it cannot adopt them as they are. Choose "Rebuild in Journey Grid's layout" (your sheet stays as it is).`,
    ),
  notExact: (cells: string) =>
    problem(
      '',
      'adopt-not-exact',
      `そのまま取り込むと ${cells} のセルが同じ値で読み込めない（絵文字や言葉の感情など）ため、何も変更していません。「Journey Grid のレイアウトで作り直す」を選ぶか、セルを数値に直してください。`,
      `Adopted as they are, the cells ${cells} would not read back as the same values (faces or words in an emotion row, say), so nothing was changed. Choose "Rebuild in Journey Grid's layout", or type those cells as numbers.`,
    ),
  already: problem(
    '',
    'adopt-already',
    'このスプレッドシートには Journey Grid のジャーニーがすでにあります。',
    'This spreadsheet already holds Journey Grid journeys.',
  ),
};
