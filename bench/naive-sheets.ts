/**
 * The simple approach, run for real: the add-on's own bundle and layout, but every whole-range
 * call (setValues, setBackgrounds, getDisplayValues, …) done one cell at a time, as a first-time
 * Apps Script author would write it. An adapter around SpreadsheetApp turns each such call into a
 * getRange + a single-cell call per cell; everything else passes through, so the layout, the keys,
 * the chart and the reading are the add-on's own and only the call pattern differs.
 */

/** Whole-range setters and getters and the single-cell call a naive script makes instead. */
const PER_CELL_SETTERS: Readonly<Record<string, string>> = {
  setValues: 'setValue',
  setNumberFormats: 'setNumberFormat',
  setBackgrounds: 'setBackground',
  setFontColors: 'setFontColor',
  setFontWeights: 'setFontWeight',
  setFontStyles: 'setFontStyle',
  setFontSizes: 'setFontSize',
  setHorizontalAlignments: 'setHorizontalAlignment',
  setNotes: 'setNote',
};
const PER_CELL_GETTERS: Readonly<Record<string, string>> = {
  getValues: 'getValue',
  getDisplayValues: 'getDisplayValue',
  getNotes: 'getNote',
  getFormulas: 'getFormula',
  getBackgrounds: 'getBackground',
  getNumberFormats: 'getNumberFormat',
};

type AnyObject = Record<string, (...args: unknown[]) => unknown>;

const targets = new WeakMap<object, object>();
const wrappers = new WeakMap<object, object>();

function unwrap(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(unwrap);
  if (typeof value === 'object' && value !== null) return targets.get(value) ?? value;
  return value;
}

function wrap(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(wrap);
  if (typeof value !== 'object' || value === null) return value;
  const known = wrappers.get(value);
  if (known) return known;
  const proxy = new Proxy(value, {
    get(target, prop) {
      const member = Reflect.get(target, prop) as unknown;
      if (typeof prop === 'symbol' || prop === 'toString') return member;
      if (typeof member !== 'function') return wrap(member);
      return (...args: unknown[]) =>
        perCell(target as AnyObject, prop, args) ?? wrap(member(...args.map(unwrap)));
    },
  });
  targets.set(proxy, value);
  wrappers.set(value, proxy);
  return proxy;
}

/** A Range's whole-range call done cell by cell; undefined for every other call. */
function perCell(target: AnyObject, method: string, args: unknown[]): unknown {
  if (String(target) !== 'Range') return undefined;
  const setter = PER_CELL_SETTERS[method];
  const getter = PER_CELL_GETTERS[method];
  if (!setter && !getter) return undefined;
  const sheet = target.getSheet!() as AnyObject;
  const row = target.getRow!() as number;
  const column = target.getColumn!() as number;
  const rows = target.getNumRows!() as number;
  const columns = target.getNumColumns!() as number;
  const cell = (r: number, c: number) => sheet.getRange!(row + r, column + c) as AnyObject;
  if (setter) {
    const grid = args[0] as unknown[][];
    for (const [r, line] of grid.entries()) {
      for (const [c, v] of line.entries()) cell(r, c)[setter]!(v);
    }
    return wrap(target);
  }
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length: columns }, (_, c) => cell(r, c)[getter!]!()),
  );
}

/** The globals a naive script sees: SpreadsheetApp behind the per-cell adapter. */
export function naiveSheetsGlobals(globals: Record<string, unknown>): Record<string, unknown> {
  return { ...globals, SpreadsheetApp: wrap(globals.SpreadsheetApp) };
}
