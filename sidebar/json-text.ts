/**
 * Reading an imported file's text as JSON, with a translated answer when it is not: the file is
 * empty, ends before its data does, or has a mistake at a line and column. The browser's own
 * parser message ("Unexpected end of JSON input") differs by browser and is English only, so it is
 * read for its position and never shown. A byte-order mark (left by some editors) is skipped.
 */
import { type Problem, problem, type Result } from '../src/model/problems';

const NOT_JSON = { ja: 'このファイルは JSON として読めません', en: 'This file is not valid JSON' };

/** Line and column (from 1) of a character offset in `text`. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before[before.length - 1]?.length ?? 0) + 1 };
}

function explain(text: string, detail: string): Problem {
  if (text.trim() === '') {
    return problem(
      '',
      'empty-file',
      'ファイルが空です。Journey Grid で書き出した JSON ファイルを選んでください。',
      'The file is empty. Choose a JSON file exported by Journey Grid.',
    );
  }
  // Chromium: "Unexpected end of JSON input" / "Unterminated string"; Firefox: "end of data";
  // Safari: "Unexpected EOF".
  if (/end of (JSON )?(input|data)|EOF|Unterminated/i.test(detail)) {
    return problem(
      '',
      'malformed-json',
      `${NOT_JSON.ja}：途中で終わっています。ファイルをもう一度書き出すか保存し直してから読み込んでください。`,
      `${NOT_JSON.en}: it ends before its data is complete. Export or save the file again, then import it.`,
    );
  }
  const lineColumn = /line (\d+) column (\d+)/i.exec(detail);
  const position = /position (\d+)/i.exec(detail);
  const at = lineColumn
    ? { line: Number(lineColumn[1]), column: Number(lineColumn[2]) }
    : position
      ? lineAndColumn(text, Number(position[1]))
      : null;
  if (at) {
    return problem(
      '',
      'malformed-json',
      `${NOT_JSON.ja}：${at.line} 行目の ${at.column} 文字目に誤りがあります。ファイルが壊れていないか確認してください。`,
      `${NOT_JSON.en}: there is a mistake at line ${at.line}, column ${at.column}. Check that the file is not damaged.`,
    );
  }
  return problem(
    '',
    'malformed-json',
    `${NOT_JSON.ja}。Journey Grid で書き出したファイルか、壊れていないか確認してください。`,
    `${NOT_JSON.en}. Check that it was exported by Journey Grid and is not damaged.`,
  );
}

/** The file's text without a leading byte-order mark, once it parses as JSON. */
export function checkJsonText(raw: string): Result<string> {
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  try {
    JSON.parse(text);
    return { ok: true, value: text };
  } catch (error) {
    return { ok: false, problems: [explain(text, error instanceof Error ? error.message : String(error))] };
  }
}
