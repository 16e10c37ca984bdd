/**
 * One message catalog per layer: every user-facing problem or finding takes its Japanese and
 * English from its layer's messages.ts (typed so a missing translation does not compile), never
 * from a ja/en pair written where the problem is made. This scans src/ for such inline pairs, so
 * a new one fails here instead of slipping past the catalogs. Document content drawn into the
 * grid (labels, titles, hints) is not a message and is not matched: only problems and findings.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(__dirname, '../src');
const JAPANESE = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

/** The catalogs themselves, and src/catalog (frameworks, lanes, personas: document content). */
function exempt(file: string): boolean {
  const rel = path.relative(SRC, file).split(path.sep).join('/');
  return rel.startsWith('catalog/') || path.basename(rel) === 'messages.ts';
}

const isText = (node: ts.Node) => ts.isStringLiteral(node) || ts.isTemplateLiteral(node);
const isJapaneseText = (node: ts.Node, file: ts.SourceFile) =>
  isText(node) && JAPANESE.test(node.getText(file));
const propertyName = (p: ts.ObjectLiteralElementLike, file: ts.SourceFile) =>
  ts.isPropertyAssignment(p) ? p.name.getText(file) : '';

/** An object literal `{ ja: '…日本語…', en: … }`: a message pair written in place. */
function isInlinePair(node: ts.Node, file: ts.SourceFile): boolean {
  if (!ts.isObjectLiteralExpression(node)) return false;
  const ja = node.properties.find((p) => propertyName(p, file) === 'ja');
  return !!ja && ts.isPropertyAssignment(ja) && isJapaneseText(ja.initializer, file);
}

/**
 * Where a source text makes a problem or finding with its message inline: a `problem(…)` call
 * given Japanese text or a ja/en object; any call given Japanese text followed by a second text
 * (a ja, en pair as arguments, as a validator's `add(path, code, ja, en)` did); a `message:`
 * property set to a ja/en object. Answers "line: code" for each.
 */
function inlineMessages(text: string, fileName = 'x.ts'): string[] {
  const file = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const report = (node: ts.Node) => {
    const line = file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1;
    found.push(`${line}: ${node.getText(file).replace(/\s+/g, ' ').slice(0, 100)}`);
  };
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node)) {
      const args = node.arguments;
      const callee = node.expression.getText(file);
      const pairArgs = args.some((a, i) => {
        const next = args[i + 1];
        return isJapaneseText(a, file) && next !== undefined && isText(next);
      });
      const problemArgs =
        /(^|\.)problem$/.test(callee) && args.some((a) => isJapaneseText(a, file) || isInlinePair(a, file));
      if (pairArgs || problemArgs) report(node);
    } else if (
      ts.isPropertyAssignment(node) &&
      node.name.getText(file) === 'message' &&
      isInlinePair(node.initializer, file)
    ) {
      report(node);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

describe('message catalogs', () => {
  it('no file outside the catalogs makes a problem or finding with an inline ja/en message', () => {
    const inline = sourceFiles(SRC)
      .filter((f) => !exempt(f))
      .flatMap((f) =>
        inlineMessages(readFileSync(f, 'utf8'), f).map((hit) => `${path.relative(SRC, f)}:${hit}`),
      );
    expect(inline).toEqual([]);
  });

  it('the scan sees each inline form (so the rule above can fail)', () => {
    expect(inlineMessages("problem('', 'busy', '処理中です。', 'Busy.');")).toHaveLength(1);
    expect(inlineMessages("problem('', 'busy', { ja: '処理中です。', en: 'Busy.' });")).toHaveLength(1);
    expect(inlineMessages("list.add(path, 'type', `テキストです。`, 'It is text.');")).toHaveLength(1);
    expect(
      inlineMessages("const f = { path: 'A1', code: 'note', message: { ja: 'メモ', en: 'Note' } };"),
    ).toHaveLength(1);
    // Catalog use and document content are not messages made in place.
    expect(
      inlineMessages("problem('', 'busy', M.busy); const label = { ja: '感情曲線', en: 'Emotion curve' };"),
    ).toEqual([]);
  });
});
