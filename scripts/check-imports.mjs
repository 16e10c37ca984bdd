/**
 * The import rules of DESIGN.md's layer list, checked on the import graph (`npm run check`):
 *
 * 1. No import cycle anywhere in src/, sidebar/ or dev/ (type-only imports count: a cycle of types
 *    is still two modules that cannot be understood one without the other).
 * 2. Hosts stay apart: a file under src/hosts/X/ imports nothing under src/hosts/Y/ (X ≠ Y). What
 *    two hosts share is pure (src/model, src/catalog, src/layout, src/read) or a file at the root
 *    of src/hosts/ (shared host code), and a root file imports no host folder.
 * 3. Pure layers (src/model, src/catalog, src/layout, src/read) import only pure layers and use no
 *    Apps Script global. src/share (the add-on's own file formats and stores) imports only pure
 *    layers and share, plus *types* from the root of src/hosts/ (the narrow property store a
 *    snapshot is written to is handed in, never fetched).
 *
 * Usage: node scripts/check-imports.mjs [root]   (root defaults to the repository). Imports are
 * read with the TypeScript parser already installed for tsc: static imports and re-exports
 * (`import type` included), `import()` calls and `import('…')` types. Exits 1 with one line per
 * broken rule.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const SCANNED = ['src', 'sidebar', 'dev'];
const SOURCE = /\.(ts|tsx|mts|cts|js|mjs|cjs)$/;
const PURE = ['src/model', 'src/catalog', 'src/layout', 'src/read'];
/**
 * Apps Script's global services (developers.google.com/apps-script/reference): a pure layer that
 * names one would not run in Node tests or the playground as it does in Apps Script.
 */
const APPS_SCRIPT_GLOBALS = new Set([
  'SpreadsheetApp',
  'SlidesApp',
  'DocumentApp',
  'DriveApp',
  'FormApp',
  'CalendarApp',
  'GmailApp',
  'PropertiesService',
  'LockService',
  'CacheService',
  'HtmlService',
  'ScriptApp',
  'Session',
  'Utilities',
  'UrlFetchApp',
  'CardService',
  'Charts',
  'Logger',
  'Browser',
  'GoogleAppsScript',
]);

function listFiles(root) {
  const out = [];
  const walk = (dir) => {
    for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
      const rel = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(rel);
      else if (SOURCE.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(rel);
    }
  };
  for (const dir of SCANNED) if (existsSync(path.join(root, dir))) walk(dir);
  return out.sort();
}

/** Every module specifier in a file, with whether it only brings types. */
function importsOf(file, text) {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found = [];
  const visit = (node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const typeOnly =
        clause !== undefined &&
        (clause.isTypeOnly ||
          (!clause.name &&
            clause.namedBindings !== undefined &&
            ts.isNamedImports(clause.namedBindings) &&
            clause.namedBindings.elements.length > 0 &&
            clause.namedBindings.elements.every((e) => e.isTypeOnly)));
      found.push({ spec: node.moduleSpecifier.text, typeOnly });
    } else if (
      ts.isExportDeclaration(node) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      found.push({ spec: node.moduleSpecifier.text, typeOnly: node.isTypeOnly });
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      found.push({ spec: node.arguments[0].text, typeOnly: false });
    } else if (
      ts.isImportTypeNode(node) &&
      ts.isLiteralTypeNode(node.argument) &&
      ts.isStringLiteral(node.argument.literal)
    ) {
      found.push({ spec: node.argument.literal.text, typeOnly: true });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { source, found };
}

/** The repository file a relative specifier names, or undefined (a package, or a non-code file). */
function resolve(root, from, spec, known) {
  if (!spec.startsWith('.')) return undefined;
  const base = path.posix.normalize(path.posix.join(path.posix.dirname(from), spec));
  const stem = base.replace(/\.(js|mjs|cjs)$/, '');
  const candidates = [
    base,
    ...['.ts', '.tsx', '.mts', '.cts', '.js', '.mjs'].map((ext) => stem + ext),
    ...['/index.ts', '/index.tsx', '/index.js'].map((ext) => base + ext),
  ];
  return candidates.find(
    (c) => known.has(c) || (existsSync(path.join(root, c)) && statSync(path.join(root, c)).isFile()),
  );
}

/** Identifiers naming an Apps Script global as a value or type of its own (not a property name). */
function appsScriptGlobals(source) {
  const hits = [];
  const declared = new Set();
  const collect = (node) => {
    if (
      (ts.isVariableDeclaration(node) ||
        ts.isFunctionDeclaration(node) ||
        ts.isClassDeclaration(node) ||
        ts.isInterfaceDeclaration(node) ||
        ts.isTypeAliasDeclaration(node) ||
        ts.isParameter(node) ||
        ts.isImportSpecifier(node)) &&
      node.name &&
      ts.isIdentifier(node.name)
    )
      declared.add(node.name.text);
    ts.forEachChild(node, collect);
  };
  collect(source);
  const visit = (node) => {
    if (ts.isIdentifier(node) && APPS_SCRIPT_GLOBALS.has(node.text) && !declared.has(node.text)) {
      const parent = node.parent;
      const isPropertyName =
        (ts.isPropertyAccessExpression(parent) && parent.name === node) ||
        (ts.isQualifiedName(parent) && parent.right === node) ||
        ((ts.isPropertyAssignment(parent) ||
          ts.isPropertySignature(parent) ||
          ts.isMethodDeclaration(parent) ||
          ts.isMethodSignature(parent) ||
          ts.isPropertyDeclaration(parent) ||
          ts.isEnumMember(parent)) &&
          parent.name === node);
      if (!isPropertyName) {
        const { line } = source.getLineAndCharacterOfPosition(node.getStart());
        hits.push({ name: node.text, line: line + 1 });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return hits;
}

const under = (file, dir) => file.startsWith(`${dir}/`);
const isPure = (file) => PURE.some((dir) => under(file, dir));
/** 'sheets' for src/hosts/sheets/…, '' for a root file of src/hosts, undefined outside. */
function hostOf(file) {
  if (!under(file, 'src/hosts')) return undefined;
  const parts = file.split('/');
  return parts.length > 3 ? parts[2] : '';
}

/** Strongly connected components of size > 1 or with a self-import (Tarjan, iterative). */
function cycles(graph) {
  const index = new Map();
  const low = new Map();
  const onStack = new Set();
  const stack = [];
  const components = [];
  let counter = 0;
  for (const start of graph.keys()) {
    if (index.has(start)) continue;
    const work = [{ node: start, next: 0 }];
    index.set(start, counter);
    low.set(start, counter++);
    stack.push(start);
    onStack.add(start);
    while (work.length > 0) {
      const frame = work[work.length - 1];
      const edges = graph.get(frame.node) ?? [];
      if (frame.next < edges.length) {
        const to = edges[frame.next++];
        if (!index.has(to)) {
          index.set(to, counter);
          low.set(to, counter++);
          stack.push(to);
          onStack.add(to);
          work.push({ node: to, next: 0 });
        } else if (onStack.has(to)) low.set(frame.node, Math.min(low.get(frame.node), index.get(to)));
        continue;
      }
      work.pop();
      if (work.length > 0) {
        const parent = work[work.length - 1].node;
        low.set(parent, Math.min(low.get(parent), low.get(frame.node)));
      }
      if (low.get(frame.node) === index.get(frame.node)) {
        const component = [];
        let member;
        do {
          member = stack.pop();
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.node);
        if (component.length > 1 || edges.includes(frame.node)) components.push(component.sort());
      }
    }
  }
  return components;
}

/** One shortest cycle through the component's first file, to print as a path. */
function cyclePath(graph, component) {
  const inside = new Set(component);
  const start = component[0];
  const previous = new Map();
  const queue = [start];
  while (queue.length > 0) {
    const node = queue.shift();
    for (const to of graph.get(node) ?? []) {
      if (!inside.has(to)) continue;
      if (to === start) {
        const way = [node];
        while (way[0] !== start) way.unshift(previous.get(way[0]));
        return [...way, start];
      }
      if (!previous.has(to)) {
        previous.set(to, node);
        queue.push(to);
      }
    }
  }
  return [start, start];
}

export function checkImports(root) {
  const files = listFiles(root);
  const known = new Set(files);
  const graph = new Map();
  const problems = [];
  for (const file of files) {
    const { source, found } = importsOf(file, readFileSync(path.join(root, file), 'utf8'));
    const targets = [];
    for (const { spec, typeOnly } of found) {
      const target = resolve(root, file, spec, known);
      if (!target) continue;
      if (known.has(target) && !targets.includes(target)) targets.push(target);
      const from = hostOf(file);
      const to = hostOf(target);
      if (from !== undefined && to !== undefined && to !== '' && from !== to) {
        problems.push(
          from === ''
            ? `${file} imports ${target}: a shared file at the root of src/hosts/ must not depend on one host.`
            : `${file} imports ${target}: a host must not import another host (src/hosts/${from}/ → src/hosts/${to}/). Move what both need to src/layout, src/read or src/model, or to a shared file at the root of src/hosts/.`,
        );
      }
      const pureTarget = isPure(target) || under(target, 'src/share');
      if (isPure(file) && !isPure(target)) {
        problems.push(
          `${file} imports ${target}: a pure layer (${PURE.join(', ')}) imports only pure layers.`,
        );
      } else if (under(file, 'src/share') && !pureTarget && !(typeOnly && hostOf(target) === '')) {
        problems.push(
          `${file} imports ${target}: src/share imports pure layers, src/share, and only types from the root of src/hosts/.`,
        );
      }
    }
    graph.set(file, targets);
    if (isPure(file)) {
      for (const hit of appsScriptGlobals(source))
        problems.push(
          `${file}:${hit.line} uses the Apps Script global ${hit.name}: a pure layer runs without Apps Script.`,
        );
    }
  }
  for (const component of cycles(graph)) {
    const way = cyclePath(graph, component);
    problems.push(
      `Import cycle of ${component.length} file${component.length > 1 ? 's' : ''}: ${way.join(' → ')}` +
        (component.length > way.length - 1
          ? ` (and ${component.length - (way.length - 1)} more in the same cycle: ${component.filter((f) => !way.includes(f)).join(', ')})`
          : ''),
    );
  }
  return { files: files.length, problems };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = path.resolve(process.argv[2] ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '..'));
  const { files, problems } = checkImports(root);
  if (problems.length > 0) {
    console.error(
      `Import rules (scripts/check-imports.mjs): ${problems.length} problem(s) in ${files} files\n`,
    );
    for (const p of problems) console.error(`  ${p}`);
    process.exit(1);
  }
  console.log(
    `Import rules: ${files} files in ${SCANNED.join(', ')}; no cycle, hosts apart, pure layers pure.`,
  );
}
