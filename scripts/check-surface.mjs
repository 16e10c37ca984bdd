/**
 * Proves the narrow service interfaces are narrow (`npm run check`): every member declared in the
 * add-on's service files (src/hosts/ui.ts and src/hosts/<host>/services.ts) is used by the add-on's
 * own code in src/. A member only tests or the emulator need belongs in dev/user-surface/, which
 * extends these. So the interfaces list exactly the platform surface the add-on depends on, and
 * the `Assignable` checks in the same files prove the real services provide it.
 *
 * Uses the type checker (src/tsconfig.json's settings): a member counts as used when src/ reads it
 * on a value whose type is that interface (or the type literal of an enum holder such as
 * `BorderStyle: { SOLID, … }`), by `x.member`, `x['member']` or destructuring.
 *
 * Usage: node scripts/check-surface.mjs [root] [--list]   (--list prints every member and its uses).
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const HERE = path.dirname(fileURLToPath(import.meta.url));

function sourceFiles(root) {
  const out = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(p);
    }
  };
  walk(path.join(root, 'src'));
  return out;
}

const isServiceFile = (root, file) => {
  const rel = path.relative(root, file).split(path.sep).join('/');
  return rel === 'src/hosts/ui.ts' || /^src\/hosts\/[^/]+\/services\.ts$/.test(rel);
};

export function checkSurface(root) {
  const files = sourceFiles(root);
  const typeRoots = [path.join(HERE, '..', 'node_modules', '@types')];
  const types = existsSync(path.join(typeRoots[0], 'google-apps-script')) ? ['google-apps-script'] : [];
  const program = ts.createProgram(files, {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ['lib.es2022.d.ts'],
    strict: true,
    skipLibCheck: true,
    noEmit: true,
    typeRoots,
    types,
    baseUrl: root,
    paths: { '*': [path.join(HERE, '..', 'node_modules', '*')] },
  });
  const checker = program.getTypeChecker();

  /** Declaration node (interface or type literal) → its display name; each member → uses. */
  const owners = new Map();
  const members = new Map();
  const addMembers = (node, name) => {
    owners.set(node, name);
    const type = checker.getTypeAtLocation(node);
    for (const prop of checker.getPropertiesOfType(type)) {
      members.set(`${name}.${prop.name}`, []);
      // Enum holders (`BorderStyle: { SOLID: … }`) declared inline: their members count too.
      for (const decl of prop.declarations ?? []) {
        if (
          ts.isPropertySignature(decl) &&
          decl.type &&
          ts.isTypeLiteralNode(decl.type) &&
          decl.getSourceFile() === node.getSourceFile()
        )
          addMembers(decl.type, `${name}.${prop.name}`);
      }
    }
  };
  for (const sf of program.getSourceFiles()) {
    if (!isServiceFile(root, sf.fileName)) continue;
    for (const statement of sf.statements)
      if (ts.isInterfaceDeclaration(statement)) addMembers(statement, statement.name.text);
  }

  /** The service interfaces a receiver's type is (unions and nullables looked through). */
  const ownersOf = (type) => {
    const found = [];
    for (const t of type.isUnion() ? type.types : [type]) {
      for (const decl of t.getSymbol()?.declarations ?? []) {
        const name = owners.get(decl);
        if (name) found.push(name);
      }
    }
    return found;
  };
  const use = (receiverType, member, at) => {
    for (const owner of ownersOf(checker.getNonNullableType(receiverType))) {
      const uses = members.get(`${owner}.${member}`);
      if (uses) {
        const { line } = at.getSourceFile().getLineAndCharacterOfPosition(at.getStart());
        uses.push(`${path.relative(root, at.getSourceFile().fileName)}:${line + 1}`);
      }
    }
  };
  for (const sf of program.getSourceFiles()) {
    if (
      sf.isDeclarationFile ||
      !sf.fileName.startsWith(path.join(root, 'src')) ||
      isServiceFile(root, sf.fileName)
    )
      continue;
    const visit = (node) => {
      if (ts.isPropertyAccessExpression(node))
        use(checker.getTypeAtLocation(node.expression), node.name.text, node);
      else if (ts.isElementAccessExpression(node)) {
        // `app.ParagraphAlignment[style.align]`: every literal the key can be is used.
        const key = checker.getTypeAtLocation(node.argumentExpression);
        for (const t of key.isUnion() ? key.types : [key])
          if (t.isStringLiteral()) use(checker.getTypeAtLocation(node.expression), t.value, node);
      } else if (ts.isObjectBindingPattern(node)) {
        const type = checker.getTypeAtLocation(node);
        for (const element of node.elements) {
          const key = element.propertyName ?? element.name;
          if (ts.isIdentifier(key)) use(type, key.text, element);
        }
      }
      // A service object handed where another shape is expected (`owner: MetadataOwner`) uses
      // every member of that shape.
      if (ts.isExpression(node) && !ts.isPropertyAccessExpression(node.parent ?? node)) {
        const target = checker.getContextualType(node);
        if (target && !target.isUnion() && target.getProperties().length > 0) {
          const source = checker.getTypeAtLocation(node);
          const targetOwners = new Set(ownersOf(target));
          if (ownersOf(checker.getNonNullableType(source)).some((o) => !targetOwners.has(o)))
            for (const prop of target.getProperties()) use(source, prop.name, node);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  const unused = [...members].filter(([, uses]) => uses.length === 0).map(([name]) => name);
  return { members, unused };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const root = path.resolve(args.find((a) => !a.startsWith('--')) ?? path.join(HERE, '..'));
  const { members, unused } = checkSurface(root);
  if (args.includes('--list'))
    for (const [name, uses] of members) console.log(`${name}\t${uses.length}\t${uses[0] ?? ''}`);
  if (unused.length > 0) {
    console.error(
      `Narrow interfaces (scripts/check-surface.mjs): ${unused.length} of ${members.size} members are not used by src/; ` +
        'remove them, or move them to the wider interfaces in dev/user-surface/ if tests or the emulator need them:',
    );
    for (const name of unused) console.error(`  ${name}`);
    process.exit(1);
  }
  console.log(`Narrow interfaces: all ${members.size} members of the service interfaces are used by src/.`);
}
