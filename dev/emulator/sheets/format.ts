/**
 * Display text of a cell value under a number format, and colour normalisation.
 *
 * Covers the formats an add-on realistically sets: General ("0.###############"), fixed decimals
 * (`0`, `0.00`, `#,##0.0`), percentages (`0%`, `0.0%`), sign sections (`+0;-0;0`), quoted and
 * escaped literals, plain text (`@`) and date patterns of digits (see formatDate). Not covered
 * (shown as General): scientific notation patterns, fractions; conditions and colours in
 * brackets are ignored.
 * Number text always uses "." and "," (the spreadsheet locale does not change separators here).
 */
import { GENERAL_FORMAT, isDate, type Scalar } from './cell';

export function isGeneralFormat(format: string | undefined): boolean {
  return (
    format === undefined ||
    format === '' ||
    format === GENERAL_FORMAT ||
    format.toLowerCase() === 'general' ||
    format.toLowerCase() === 'automatic'
  );
}

/** Rounds half away from zero at `decimals`, on the decimal text (so 1.005 → 1.01 as people expect). */
function roundHalfAway(x: number, decimals: number): number {
  if (!Number.isFinite(x) || x === 0) return x;
  const sign = x < 0 ? -1 : 1;
  const [mantissa, exp] = Math.abs(x).toExponential(14).split('e');
  const shifted = Number(`${mantissa}e${Number(exp) + decimals}`);
  return sign * Number(`${Math.round(shifted)}e${-decimals}`);
}

/** General format: integers as they are, up to 10 decimals, scientific beyond 15 digits. */
export function formatGeneralNumber(n: number): string {
  if (!Number.isFinite(n)) return '#NUM!';
  if (n === 0) return '0';
  const abs = Math.abs(n);
  if (abs >= 1e15 || abs < 1e-10) {
    const [m, e] = n.toExponential(5).split('e');
    const mant = (m ?? '').replace(/\.?0+$/, '');
    const ex = Number(e);
    return `${mant}E${ex < 0 ? '-' : '+'}${String(Math.abs(ex)).padStart(2, '0')}`;
  }
  const rounded = roundHalfAway(Number(n.toPrecision(15)), 10);
  return rounded
    .toFixed(10)
    .replace(/(\.\d*?)0+$/, '$1')
    .replace(/\.$/, '');
}

/** Splits a format into its `;` sections, respecting quotes and escapes. */
function splitSections(format: string): string[] {
  const out: string[] = [];
  let cur = '';
  for (let i = 0; i < format.length; i++) {
    const ch = format[i] as string;
    if (ch === '"') {
      const end = format.indexOf('"', i + 1);
      const stop = end < 0 ? format.length : end;
      cur += format.slice(i, stop + 1);
      i = stop;
    } else if (ch === '\\') {
      cur += format.slice(i, i + 2);
      i += 1;
    } else if (ch === ';') {
      out.push(cur);
      cur = '';
    } else {
      cur += ch;
    }
  }
  out.push(cur);
  return out;
}

/**
 * A quoted ("%") or escaped (\%) literal is shown as written and never acts as a code: a quoted
 * percent sign does not scale the number (developers.google.com/sheets/api/guides/formats:
 * "\" and quoted text display literally).
 */
type Token =
  | { kind: 'lit'; text: string; quoted?: boolean }
  | { kind: 'ph'; ch: string }
  | { kind: 'dot' }
  | { kind: 'comma' };

function tokenize(section: string): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < section.length; i++) {
    const ch = section[i] as string;
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      const stop = end < 0 ? section.length : end;
      tokens.push({ kind: 'lit', text: section.slice(i + 1, stop), quoted: true });
      i = stop;
    } else if (ch === '\\') {
      tokens.push({ kind: 'lit', text: section[i + 1] ?? '', quoted: true });
      i += 1;
    } else if (ch === '_') {
      tokens.push({ kind: 'lit', text: ' ' });
      i += 1;
    } else if (ch === '*') {
      i += 1;
    } else if (ch === '[') {
      const end = section.indexOf(']', i + 1);
      i = end < 0 ? section.length : end;
    } else if (ch === '0' || ch === '#' || ch === '?') {
      tokens.push({ kind: 'ph', ch });
    } else if (ch === '.') {
      tokens.push({ kind: 'dot' });
    } else if (ch === ',') {
      tokens.push({ kind: 'comma' });
    } else {
      tokens.push({ kind: 'lit', text: ch });
    }
  }
  return tokens;
}

function unquotedText(section: string): string {
  return section
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '');
}

/** Whether a format multiplies by 100 for a % sign (a quoted or escaped % is a literal). */
export function scalesToPercent(format: string): boolean {
  return unquotedText(format).includes('%');
}

function isDateSection(section: string): boolean {
  return /[ydhms]/i.test(unquotedText(section).replace(/am\/pm/i, ''));
}

/**
 * Whether a format shows a number as a date or time (its first section has date codes). A number
 * under such a format reads back as a Date through getValues ("values may be of type Number,
 * Boolean, Date, or String, depending on the value of the cell", Range.getValues, Apps Script
 * reference), and the Sheets API calls its format DATE, TIME or DATE_TIME (NumberFormatType).
 */
export function isDateFormat(format: string | undefined): boolean {
  if (isGeneralFormat(format) || format === '@' || format === undefined) return false;
  return isDateSection(splitSections(format)[0] ?? '');
}

function group(intText: string): string {
  return intText.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Formats a non-negative number with one section. */
function formatSection(x: number, section: string): string {
  const tokens = tokenize(section);
  const firstPh = tokens.findIndex((t) => t.kind === 'ph');
  if (firstPh < 0) {
    // No digit placeholder: the section is pure text ("-", "N/A", …); % still scales nothing shown.
    return tokens.map((t) => (t.kind === 'lit' ? t.text : t.kind === 'dot' ? '.' : ',')).join('');
  }
  let percent = 0;
  let minInt = 0;
  let minDec = 0;
  let maxDec = 0;
  let thousands = false;
  let hasDot = false;
  let lastPh = firstPh;
  tokens.forEach((t, i) => {
    if (t.kind === 'lit' && t.text === '%' && !t.quoted) percent += 1;
    if (t.kind === 'ph') {
      lastPh = i;
      if (hasDot) {
        maxDec += 1;
        if (t.ch === '0') minDec += 1;
      } else if (t.ch === '0') {
        minInt += 1;
      }
    }
    if (t.kind === 'dot' && i > firstPh && !hasDot) hasDot = true;
    if (t.kind === 'comma' && i > firstPh && tokens.slice(i + 1).some((n) => n.kind === 'ph') && !hasDot) {
      thousands = true;
    }
  });
  const value = x * 100 ** percent;
  const fixed = roundHalfAway(value, maxDec).toFixed(maxDec);
  let [intPart = '0', frac = ''] = fixed.split('.');
  while (frac.length > minDec && frac.endsWith('0')) frac = frac.slice(0, -1);
  if (intPart === '0' && minInt === 0) intPart = '';
  intPart = intPart.padStart(minInt, '0');
  if (thousands) intPart = group(intPart);
  const numberText = intPart + (hasDot && (frac !== '' || maxDec > 0) ? `.${frac}` : '');
  let out = '';
  tokens.forEach((t, i) => {
    if (i === firstPh) out += numberText;
    if (i >= firstPh && i <= lastPh) return;
    if (t.kind === 'lit') out += t.text;
    else if (t.kind === 'dot') out += '.';
    else if (t.kind === 'comma') out += ',';
  });
  return out;
}

/** Sheets' day zero: serial 0 is 1899-12-30 (local time here). */
export function dateToSerial(date: Date): number {
  const epoch = new Date(1899, 11, 30).getTime();
  const tzShift = (date.getTimezoneOffset() - new Date(1899, 11, 30).getTimezoneOffset()) * 60_000;
  return (date.getTime() - epoch - tzShift) / 86_400_000;
}

export function serialToDate(serial: number): Date {
  const base = new Date(1899, 11, 30);
  const days = Math.floor(serial);
  const ms = Math.round((serial - days) * 86_400_000);
  return new Date(base.getFullYear(), base.getMonth(), base.getDate() + days, 0, 0, 0, ms);
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * A date under a date pattern of digits: yyyy, mm/m (month), dd/d (day), quoted and escaped
 * literals. These are what the add-on's cells get (an ISO entry takes yyyy-mm-dd, see input.ts)
 * and what the conformance scenarios write; month and day names, times and AM/PM are not
 * covered and show as written (an assumption listed in README.md).
 */
export function formatDate(date: Date, pattern: string): string {
  return pattern.replace(/"[^"]*"|\\.|yyyy|mm|m|dd|d/gi, (token) => {
    if (token.startsWith('"')) return token.slice(1, -1);
    if (token.startsWith('\\')) return token.slice(1);
    switch (token.toLowerCase()) {
      case 'yyyy':
        return String(date.getFullYear());
      case 'mm':
        return pad2(date.getMonth() + 1);
      case 'm':
        return String(date.getMonth() + 1);
      case 'dd':
        return pad2(date.getDate());
      default:
        return String(date.getDate());
    }
  });
}

function defaultDateText(date: Date): string {
  const day = `${date.getMonth() + 1}/${date.getDate()}/${date.getFullYear()}`;
  const midnight = date.getHours() === 0 && date.getMinutes() === 0 && date.getSeconds() === 0;
  return midnight ? day : `${day} ${date.getHours()}:${pad2(date.getMinutes())}:${pad2(date.getSeconds())}`;
}

/** Formats a number with a (possibly multi-section) number format. */
export function formatNumber(n: number, format: string | undefined): string {
  if (isGeneralFormat(format) || format === '@' || format === undefined) return formatGeneralNumber(n);
  const numeric = splitSections(format).slice(0, 3);
  let section: string;
  let sign = '';
  if (numeric.length === 1) {
    section = numeric[0] ?? '';
    if (n < 0) sign = '-';
  } else if (numeric.length === 2) {
    section = (n < 0 ? numeric[1] : numeric[0]) ?? '';
  } else {
    section = (n > 0 ? numeric[0] : n < 0 ? numeric[1] : numeric[2]) ?? '';
  }
  if (isDateSection(section)) return formatDate(serialToDate(n), section);
  if (/E[+-]/i.test(unquotedText(section))) return formatGeneralNumber(n);
  const text = formatSection(Math.abs(n), section);
  // Assumption: a small negative that rounds to zero under a single section shows no minus sign.
  return sign && /[1-9]/.test(text) ? sign + text : text;
}

/** What the cell shows: getDisplayValues(). */
export function displayText(value: Scalar | '' | null | undefined, format: string | undefined): string {
  if (value === undefined || value === null || value === '') return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') return formatNumber(value, format);
  if (isDate(value)) {
    if (isGeneralFormat(format) || format === '@') return defaultDateText(value);
    const sections = splitSections(format ?? '');
    const first = sections[0] ?? '';
    return isDateSection(first) ? formatDate(value, first) : formatNumber(dateToSerial(value), format);
  }
  const sections = splitSections(format ?? '');
  const textSection =
    sections[3] ?? (sections.length === 1 && sections[0]?.includes('@') ? sections[0] : null);
  if (textSection && textSection !== '@') {
    return tokenize(textSection)
      .map((t) => (t.kind === 'lit' ? (t.text === '@' ? value : t.text) : t.kind === 'dot' ? '.' : ','))
      .join('');
  }
  return value;
}

const NAMED_COLORS: Record<string, string> = {
  white: '#ffffff',
  black: '#000000',
  red: '#ff0000',
  green: '#008000',
  blue: '#0000ff',
  yellow: '#ffff00',
  orange: '#ffa500',
  purple: '#800080',
  gray: '#808080',
  grey: '#808080',
  cyan: '#00ffff',
  magenta: '#ff00ff',
};

/** Colours read back the way Sheets returns them: lower-case `#rrggbb`. */
export function normalizeColor(color: string): string {
  const c = String(color).trim().toLowerCase();
  const named = NAMED_COLORS[c];
  if (named) return named;
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(c);
  if (short) return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`;
  const rgb = /^rgb\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*\)$/.exec(c);
  if (rgb) {
    return `#${[rgb[1], rgb[2], rgb[3]].map((v) => Math.min(255, Number(v)).toString(16).padStart(2, '0')).join('')}`;
  }
  return c;
}
