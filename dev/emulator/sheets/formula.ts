/**
 * A small formula engine: enough of Sheets' formula language to show what a formula cell
 * displays, and to keep references pointing at the same cells when rows and columns move.
 *
 * Supported: numbers, "strings", TRUE/FALSE, + - * / ^, unary minus, postfix %, & concatenation,
 * comparisons (= <> < > <= >=), parentheses, A1 references and ranges (`B2`, `$B$2`, `A1:C3`,
 * `A:A`, `3:3`, `Sheet2!A1`, `'My sheet'!A1:B2`) and the functions the add-on writes (AND, COUNT,
 * ISNUMBER, MIN, REGEXMATCH, TO_TEXT). Any other function or name gives #NAME?, a formula that
 * does not parse gives #ERROR!, as in Sheets.
 * A multi-cell range used where one value is expected yields its top-left value (Sheets would
 * spill an array; the emulator does not).
 */
import { columnLetters, columnNumber } from './a1';
import { formatGeneralNumber } from './format';

export type ErrorCode = '#DIV/0!' | '#VALUE!' | '#NAME?' | '#REF!' | '#N/A' | '#ERROR!' | '#NUM!';
const ERROR_CODES: readonly string[] = ['#DIV/0!', '#VALUE!', '#NAME?', '#REF!', '#N/A', '#ERROR!', '#NUM!'];

export class FormulaError {
  constructor(readonly code: ErrorCode) {}
}

/** A value inside the engine; null is an empty cell. */
export type FValue = number | string | boolean | null | FormulaError;

export interface RefArea {
  kind: 'cell' | 'range' | 'cols' | 'rows';
  /** 0-based; rows are ignored for 'cols' and columns for 'rows'. */
  r1: number;
  c1: number;
  r2: number;
  c2: number;
  abs: { r1: boolean; c1: boolean; r2: boolean; c2: boolean };
}

type Node =
  | { k: 'lit'; v: FValue }
  | { k: 'ref'; sheet: string | null; area: RefArea; start: number; end: number; prefix: string }
  | { k: 'un'; op: '-' | '+'; x: Node }
  | { k: 'pct'; x: Node }
  | { k: 'bin'; op: string; a: Node; b: Node }
  | { k: 'call'; name: string; args: (Node | null)[] }
  | { k: 'name'; name: string };

type Tok =
  | { t: 'num'; v: number; s: number; e: number; text: string }
  | { t: 'str'; v: string; s: number; e: number }
  | { t: 'ident'; v: string; s: number; e: number }
  | { t: 'qname'; v: string; s: number; e: number }
  | { t: 'err'; v: ErrorCode; s: number; e: number }
  | { t: 'op'; v: string; s: number; e: number }
  | { t: 'end'; s: number; e: number };

class ParseError extends Error {}

function tokenize(src: string): Tok[] {
  const toks: Tok[] = [];
  let i = 0;
  while (i < src.length) {
    const ch = src[i] as string;
    if (/\s/.test(ch)) {
      i += 1;
      continue;
    }
    const rest = src.slice(i);
    let m = /^(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/.exec(rest);
    if (m) {
      toks.push({ t: 'num', v: Number(m[0]), s: i, e: i + m[0].length, text: m[0] });
      i += m[0].length;
      continue;
    }
    if (ch === '"') {
      let j = i + 1;
      let text = '';
      while (j < src.length) {
        if (src[j] === '"') {
          if (src[j + 1] === '"') {
            text += '"';
            j += 2;
            continue;
          }
          break;
        }
        text += src[j];
        j += 1;
      }
      if (j >= src.length) throw new ParseError('unterminated string');
      toks.push({ t: 'str', v: text, s: i, e: j + 1 });
      i = j + 1;
      continue;
    }
    if (ch === "'") {
      let j = i + 1;
      let text = '';
      while (j < src.length) {
        if (src[j] === "'") {
          if (src[j + 1] === "'") {
            text += "'";
            j += 2;
            continue;
          }
          break;
        }
        text += src[j];
        j += 1;
      }
      if (j >= src.length) throw new ParseError('unterminated sheet name');
      toks.push({ t: 'qname', v: text, s: i, e: j + 1 });
      i = j + 1;
      continue;
    }
    if (ch === '#') {
      const code = ERROR_CODES.find((c) => rest.toUpperCase().startsWith(c));
      if (!code) throw new ParseError('bad error literal');
      toks.push({ t: 'err', v: code as ErrorCode, s: i, e: i + code.length });
      i += code.length;
      continue;
    }
    m = /^[A-Za-z_$][A-Za-z0-9_$.]*/.exec(rest);
    if (m) {
      toks.push({ t: 'ident', v: m[0], s: i, e: i + m[0].length });
      i += m[0].length;
      continue;
    }
    m = /^(<>|<=|>=|[-+*/^&=<>(),:!%])/.exec(rest);
    if (m) {
      toks.push({ t: 'op', v: m[0], s: i, e: i + m[0].length });
      i += m[0].length;
      continue;
    }
    throw new ParseError(`unexpected ${ch}`);
  }
  toks.push({ t: 'end', s: src.length, e: src.length });
  return toks;
}

const CELL = /^(\$?)([A-Za-z]{1,3})(\$?)(\d+)$/;
const COL = /^(\$?)([A-Za-z]{1,3})$/;
const ROW = /^(\$?)(\d+)$/;

type RefPart =
  | { kind: 'cell'; r: number; c: number; absR: boolean; absC: boolean }
  | { kind: 'col'; c: number; absC: boolean }
  | { kind: 'row'; r: number; absR: boolean };

class Parser {
  private pos = 0;
  constructor(
    private readonly toks: Tok[],
    private readonly src: string,
  ) {}

  private peek(offset = 0): Tok {
    return this.toks[Math.min(this.pos + offset, this.toks.length - 1)] as Tok;
  }

  private next(): Tok {
    const tok = this.peek();
    this.pos += 1;
    return tok;
  }

  private isOp(v: string, offset = 0): boolean {
    const tok = this.peek(offset);
    return tok.t === 'op' && tok.v === v;
  }

  private expectOp(v: string): void {
    if (!this.isOp(v)) throw new ParseError(`expected ${v}`);
    this.pos += 1;
  }

  parseFormula(): Node {
    const node = this.comparison();
    if (this.peek().t !== 'end') throw new ParseError('trailing input');
    return node;
  }

  private binary(ops: string[], sub: () => Node): Node {
    let left = sub();
    for (;;) {
      const tok = this.peek();
      if (tok.t !== 'op' || !ops.includes(tok.v)) return left;
      this.pos += 1;
      left = { k: 'bin', op: tok.v, a: left, b: sub() };
    }
  }

  private comparison(): Node {
    return this.binary(['=', '<>', '<', '>', '<=', '>='], () => this.concat());
  }

  private concat(): Node {
    return this.binary(['&'], () => this.additive());
  }

  private additive(): Node {
    return this.binary(['+', '-'], () => this.multiplicative());
  }

  private multiplicative(): Node {
    return this.binary(['*', '/'], () => this.power());
  }

  private power(): Node {
    return this.binary(['^'], () => this.unary());
  }

  private unary(): Node {
    if (this.isOp('-') || this.isOp('+')) {
      const op = this.isOp('-') ? '-' : '+';
      this.pos += 1;
      return { k: 'un', op, x: this.unary() };
    }
    let node = this.primary();
    while (this.isOp('%')) {
      this.pos += 1;
      node = { k: 'pct', x: node };
    }
    return node;
  }

  private refPart(tok: Tok): RefPart | null {
    const text = tok.t === 'num' ? tok.text : tok.t === 'ident' ? tok.v : null;
    if (text === null) return null;
    let m = CELL.exec(text);
    if (m) {
      return {
        kind: 'cell',
        absC: m[1] === '$',
        c: columnNumber(m[2] ?? '') - 1,
        absR: m[3] === '$',
        r: Number(m[4]) - 1,
      };
    }
    m = COL.exec(text);
    if (m) return { kind: 'col', absC: m[1] === '$', c: columnNumber(m[2] ?? '') - 1 };
    m = ROW.exec(text);
    if (m) return { kind: 'row', absR: m[1] === '$', r: Number(m[2]) - 1 };
    return null;
  }

  /** Tries to read a reference at the current position; returns null (position unchanged) if none. */
  private reference(): Node | null {
    const save = this.pos;
    const first = this.peek();
    let sheet: string | null = null;
    const bang = this.isOp('!', 1);
    if ((first.t === 'qname' || first.t === 'ident') && bang) {
      sheet = first.v;
      this.pos += 2;
    }
    const prefix = sheet === null ? '' : this.src.slice(first.s, this.peek().s);
    const aTok = this.peek();
    const a = this.refPart(aTok);
    if (!a) {
      this.pos = save;
      return null;
    }
    const start = first.s;
    if (this.isOp(':', 1)) {
      const bTok = this.peek(2);
      const b = this.refPart(bTok);
      if (b && a.kind === b.kind) {
        this.pos += 3;
        const area: RefArea =
          a.kind === 'cell' && b.kind === 'cell'
            ? {
                kind: 'range',
                r1: Math.min(a.r, b.r),
                r2: Math.max(a.r, b.r),
                c1: Math.min(a.c, b.c),
                c2: Math.max(a.c, b.c),
                abs: { r1: a.absR, c1: a.absC, r2: b.absR, c2: b.absC },
              }
            : a.kind === 'col' && b.kind === 'col'
              ? {
                  kind: 'cols',
                  r1: 0,
                  r2: 0,
                  c1: Math.min(a.c, b.c),
                  c2: Math.max(a.c, b.c),
                  abs: { r1: false, c1: a.absC, r2: false, c2: b.absC },
                }
              : a.kind === 'row' && b.kind === 'row'
                ? {
                    kind: 'rows',
                    r1: Math.min(a.r, b.r),
                    r2: Math.max(a.r, b.r),
                    c1: 0,
                    c2: 0,
                    abs: { r1: a.absR, c1: false, r2: b.absR, c2: false },
                  }
                : (() => {
                    throw new ParseError('bad range');
                  })();
        return { k: 'ref', sheet, area, start, end: bTok.e, prefix };
      }
    }
    if (a.kind !== 'cell' || this.isOp('(', 1)) {
      this.pos = save;
      return null;
    }
    this.pos += 1;
    const area: RefArea = {
      kind: 'cell',
      r1: a.r,
      r2: a.r,
      c1: a.c,
      c2: a.c,
      abs: { r1: a.absR, c1: a.absC, r2: a.absR, c2: a.absC },
    };
    return { k: 'ref', sheet, area, start, end: aTok.e, prefix };
  }

  private primary(): Node {
    const ref = this.reference();
    if (ref) return ref;
    const tok = this.next();
    switch (tok.t) {
      case 'num':
        return { k: 'lit', v: tok.v };
      case 'str':
        return { k: 'lit', v: tok.v };
      case 'err':
        return { k: 'lit', v: new FormulaError(tok.v) };
      case 'op':
        if (tok.v === '(') {
          const inner = this.comparison();
          this.expectOp(')');
          return inner;
        }
        throw new ParseError(`unexpected ${tok.v}`);
      case 'ident': {
        if (this.isOp('(')) {
          this.pos += 1;
          const args: (Node | null)[] = [];
          if (!this.isOp(')')) {
            for (;;) {
              args.push(this.isOp(',') || this.isOp(')') ? null : this.comparison());
              if (this.isOp(',')) {
                this.pos += 1;
                continue;
              }
              break;
            }
          }
          this.expectOp(')');
          return { k: 'call', name: tok.v.toUpperCase(), args };
        }
        const upper = tok.v.toUpperCase();
        if (upper === 'TRUE' || upper === 'FALSE') return { k: 'lit', v: upper === 'TRUE' };
        return { k: 'name', name: tok.v };
      }
      default:
        throw new ParseError('unexpected end');
    }
  }
}

function parse(formula: string): Node | null {
  const src = formula.startsWith('=') ? formula.slice(1) : formula;
  try {
    return new Parser(tokenize(src), src).parseFormula();
  } catch (e) {
    if (e instanceof ParseError) return null;
    throw e;
  }
}

// ---------------------------------------------------------------------------------------------
// Evaluation

/** What the engine needs from the spreadsheet. `sheet` null means the formula's own sheet. */
export interface EvalHost {
  /** The value of a cell (formulas already evaluated); a FormulaError for an unknown sheet. */
  cell(sheet: string | null, row: number, col: number): FValue;
  /** Size of a sheet, or null when there is no such sheet. */
  size(sheet: string | null): { rows: number; cols: number } | null;
}

class Fail {
  constructor(readonly error: FormulaError) {}
}

function fail(code: ErrorCode): never {
  throw new Fail(new FormulaError(code));
}

function check(v: FValue): Exclude<FValue, FormulaError> {
  if (v instanceof FormulaError) throw new Fail(v);
  return v;
}

export function toNumber(v: FValue): number {
  const x = check(v);
  if (x === null) return 0;
  if (typeof x === 'number') return x;
  if (typeof x === 'boolean') return x ? 1 : 0;
  const t = x.trim();
  if (t === '') return 0;
  const n = Number(t);
  if (Number.isNaN(n)) fail('#VALUE!');
  return n;
}

export function toText(v: FValue): string {
  const x = check(v);
  if (x === null) return '';
  if (typeof x === 'number') return formatGeneralNumber(x);
  if (typeof x === 'boolean') return x ? 'TRUE' : 'FALSE';
  return x;
}

function toBool(v: FValue): boolean {
  const x = check(v);
  if (x === null) return false;
  if (typeof x === 'boolean') return x;
  if (typeof x === 'number') return x !== 0;
  const u = x.toUpperCase();
  if (u === 'TRUE') return true;
  if (u === 'FALSE') return false;
  return fail('#VALUE!');
}

/** Sheets orders numbers < text < booleans; text compares without case. */
function compare(a: FValue, b: FValue): number {
  let x = check(a);
  let y = check(b);
  if (x === null) x = typeof y === 'string' ? '' : typeof y === 'boolean' ? false : 0;
  if (y === null) y = typeof x === 'string' ? '' : typeof x === 'boolean' ? false : 0;
  const rank = (v: number | string | boolean) => (typeof v === 'number' ? 0 : typeof v === 'string' ? 1 : 2);
  if (rank(x) !== rank(y)) return rank(x) - rank(y);
  if (typeof x === 'string' && typeof y === 'string') {
    const [p, q] = [x.toLowerCase(), y.toLowerCase()];
    return p < q ? -1 : p > q ? 1 : 0;
  }
  const [p, q] = [Number(x), Number(y)];
  return p < q ? -1 : p > q ? 1 : 0;
}

class Evaluator {
  constructor(private readonly host: EvalHost) {}

  grid(node: Extract<Node, { k: 'ref' }>): FValue[][] {
    const size = this.host.size(node.sheet);
    if (!size) return fail('#REF!');
    const { area } = node;
    const r1 = area.kind === 'cols' ? 0 : area.r1;
    const r2 = area.kind === 'cols' ? size.rows - 1 : area.r2;
    const c1 = area.kind === 'rows' ? 0 : area.c1;
    const c2 = area.kind === 'rows' ? size.cols - 1 : area.c2;
    if (r2 >= size.rows || c2 >= size.cols) return fail('#REF!');
    const out: FValue[][] = [];
    for (let r = r1; r <= r2; r++) {
      const row: FValue[] = [];
      for (let c = c1; c <= c2; c++) row.push(this.host.cell(node.sheet, r, c));
      out.push(row);
    }
    return out;
  }

  /** A node's single value (a range gives its top-left value). */
  value(node: Node): FValue {
    switch (node.k) {
      case 'lit':
        return node.v;
      case 'name':
        return fail('#NAME?');
      case 'ref': {
        const g = this.grid(node);
        return g[0]?.[0] ?? null;
      }
      case 'un': {
        const n = toNumber(this.value(node.x));
        return node.op === '-' ? -n : n;
      }
      case 'pct':
        return toNumber(this.value(node.x)) / 100;
      case 'bin':
        return this.binary(node.op, node.a, node.b);
      case 'call':
        return this.call(node.name, node.args);
    }
  }

  private binary(op: string, a: Node, b: Node): FValue {
    if (op === '&') return toText(this.value(a)) + toText(this.value(b));
    if (['=', '<>', '<', '>', '<=', '>='].includes(op)) {
      const c = compare(this.value(a), this.value(b));
      return op === '='
        ? c === 0
        : op === '<>'
          ? c !== 0
          : op === '<'
            ? c < 0
            : op === '>'
              ? c > 0
              : op === '<='
                ? c <= 0
                : c >= 0;
    }
    const x = toNumber(this.value(a));
    const y = toNumber(this.value(b));
    switch (op) {
      case '+':
        return x + y;
      case '-':
        return x - y;
      case '*':
        return x * y;
      case '/':
        return y === 0 ? fail('#DIV/0!') : x / y;
      default: {
        const p = x ** y;
        return Number.isFinite(p) ? p : fail('#NUM!');
      }
    }
  }

  /** Values of aggregate arguments: references contribute their cells, expressions one value. */
  private collect(args: (Node | null)[]): { value: FValue; fromRef: boolean }[] {
    const out: { value: FValue; fromRef: boolean }[] = [];
    for (const arg of args) {
      if (arg === null) continue;
      if (arg.k === 'ref') {
        for (const row of this.grid(arg)) for (const v of row) out.push({ value: v, fromRef: true });
      } else {
        out.push({ value: this.value(arg), fromRef: false });
      }
    }
    return out;
  }

  /** Numbers for SUM/AVERAGE/MIN/MAX/COUNT: text and booleans in ranges are skipped. */
  private numbers(args: (Node | null)[], strict: boolean): number[] {
    const out: number[] = [];
    for (const { value, fromRef } of this.collect(args)) {
      const v = check(value);
      if (fromRef) {
        if (typeof v === 'number') out.push(v);
      } else if (v !== null) {
        if (strict) out.push(toNumber(v));
        else if (typeof v === 'number') out.push(v);
      }
    }
    return out;
  }

  private call(name: string, args: (Node | null)[]): FValue {
    const arity = (min: number, max: number) => {
      if (args.length < min || args.length > max) fail('#N/A');
    };
    const arg = (i: number): FValue => {
      const node = args[i];
      return node ? this.value(node) : null;
    };
    // The functions the add-on writes: its hint formula (REGEXMATCH, TO_TEXT) and its
    // lowest-score rule (AND, ISNUMBER, COUNT, MIN), in src/hosts/sheets/write.ts and
    // src/hosts/rest/sheets-requests.ts. Any other name shows #NAME? here (README.md).
    switch (name) {
      case 'MIN': {
        const ns = this.numbers(args, true);
        return ns.length === 0 ? 0 : Math.min(...ns);
      }
      case 'COUNT':
        return this.numbers(args, false).length;
      case 'AND': {
        arity(1, 255);
        const bs = this.collect(args)
          .filter(({ value, fromRef }) => !(fromRef && (value === null || typeof value === 'string')))
          .map(({ value }) => toBool(value));
        if (bs.length === 0) return fail('#VALUE!');
        return bs.every(Boolean);
      }
      case 'ISNUMBER': {
        arity(1, 1);
        const v = arg(0);
        return typeof v === 'number';
      }
      case 'TO_TEXT':
        arity(1, 1);
        return toText(arg(0));
      case 'REGEXMATCH': {
        arity(2, 2);
        const text = toText(arg(0));
        const pattern = toText(arg(1));
        try {
          // JavaScript regular expressions stand in for Sheets' RE2 (same for common patterns).
          return new RegExp(pattern).test(text);
        } catch {
          return fail('#REF!');
        }
      }
      default:
        return fail('#NAME?');
    }
  }
}

/** The value a formula shows; errors come back as FormulaError, an empty result as null. */
export function evaluateFormula(formula: string, host: EvalHost): FValue {
  const node = parse(formula);
  if (!node) return new FormulaError('#ERROR!');
  try {
    const v = new Evaluator(host).value(node);
    if (typeof v === 'number' && !Number.isFinite(v)) return new FormulaError('#NUM!');
    return v;
  } catch (e) {
    if (e instanceof Fail) return e.error;
    throw e;
  }
}

// ---------------------------------------------------------------------------------------------
// Reference rewriting (rows/columns inserted, deleted or moved; sheets renamed or deleted)

export interface RefInfo {
  /** The sheet the reference points at: its explicit prefix, or the formula's own sheet. */
  sheet: string;
  explicit: boolean;
  area: RefArea;
}

/** What to do with one reference: keep it, point it elsewhere, or turn it into #REF!. */
export type RefEdit = { area?: RefArea; sheet?: string } | 'ref-error' | undefined;

export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && !CELL.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function areaText(a: RefArea): string {
  const col = (c: number, abs: boolean) => `${abs ? '$' : ''}${columnLetters(c + 1)}`;
  const row = (r: number, abs: boolean) => `${abs ? '$' : ''}${r + 1}`;
  switch (a.kind) {
    case 'cell':
      return col(a.c1, a.abs.c1) + row(a.r1, a.abs.r1);
    case 'range':
      return `${col(a.c1, a.abs.c1)}${row(a.r1, a.abs.r1)}:${col(a.c2, a.abs.c2)}${row(a.r2, a.abs.r2)}`;
    case 'cols':
      return `${col(a.c1, a.abs.c1)}:${col(a.c2, a.abs.c2)}`;
    case 'rows':
      return `${row(a.r1, a.abs.r1)}:${row(a.r2, a.abs.r2)}`;
  }
}

function collectRefs(node: Node, out: Extract<Node, { k: 'ref' }>[]): void {
  switch (node.k) {
    case 'ref':
      out.push(node);
      return;
    case 'un':
    case 'pct':
      collectRefs(node.x, out);
      return;
    case 'bin':
      collectRefs(node.a, out);
      collectRefs(node.b, out);
      return;
    case 'call':
      for (const a of node.args) if (a) collectRefs(a, out);
      return;
    default:
      return;
  }
}

/** Rewrites the references of a formula; returns the formula unchanged when nothing applies. */
export function rewriteReferences(
  formula: string,
  ownSheet: string,
  edit: (ref: RefInfo) => RefEdit,
): string {
  const hasEq = formula.startsWith('=');
  const src = hasEq ? formula.slice(1) : formula;
  const node = parse(formula);
  if (!node) return formula;
  const refs: Extract<Node, { k: 'ref' }>[] = [];
  collectRefs(node, refs);
  let out = src;
  for (const ref of refs.sort((a, b) => b.start - a.start)) {
    const result = edit({ sheet: ref.sheet ?? ownSheet, explicit: ref.sheet !== null, area: ref.area });
    if (result === undefined) continue;
    let text: string;
    if (result === 'ref-error') {
      text = '#REF!';
    } else {
      const prefix = result.sheet !== undefined ? `${quoteSheetName(result.sheet)}!` : ref.prefix;
      text = prefix + areaText(result.area ?? ref.area);
    }
    out = out.slice(0, ref.start) + text + out.slice(ref.end);
  }
  return hasEq ? `=${out}` : out;
}
