/**
 * The keys Journey Grid leaves in a document so it can find its grid again after users edit it:
 * developer-metadata keys in Sheets, document-property keys in Slides, and the values that say
 * what a row or column is. Values are short strings so they survive every host.
 */
import type { PersonaField } from '../model/persona-fields';
import type { BlueprintLine } from '../model/types';

export const KEY_PREFIX = 'journeygrid.';
/** Spreadsheet / deck level: the document skeleton (everything but the cells). */
export const DOCUMENT_KEY = `${KEY_PREFIX}document`;
/** Sheet / slide level: which persona this journey belongs to. */
export const JOURNEY_KEY = `${KEY_PREFIX}journey`;
export const ROW_KEY = `${KEY_PREFIX}row`;
export const COLUMN_KEY = `${KEY_PREFIX}column`;

/** Every persona field but the anti-persona flag (its badge is on the name), in the form's order. */
export type CardField = Exclude<PersonaField, 'antiPersona'>;
export const CARD_FIELDS: readonly CardField[] = [
  'name',
  'role',
  'department',
  'company',
  'industry',
  'companySize',
  'goals',
  'challenges',
  'informationSources',
  'buyingRole',
  'notes',
];

export type RowRole =
  | { kind: 'title' }
  | { kind: 'card'; field: CardField }
  | { kind: 'stage-header' }
  | { kind: 'loop' }
  | { kind: 'separator'; line: BlueprintLine }
  | { kind: 'lane'; laneId: string };

export type ColumnRole = { kind: 'labels' } | { kind: 'stage'; stageId: string };

export function encodeRow(role: RowRole): string {
  switch (role.kind) {
    case 'card':
      return `card:${role.field}`;
    case 'separator':
      return `separator:${role.line}`;
    case 'lane':
      return `lane:${role.laneId}`;
    default:
      return role.kind;
  }
}

export function decodeRow(value: string | null | undefined): RowRole | undefined {
  if (!value) return undefined;
  const [kind, arg] = splitOnce(value);
  if (kind === 'title' || kind === 'stage-header' || kind === 'loop')
    return arg === undefined ? { kind } : undefined;
  if (kind === 'card' && (CARD_FIELDS as readonly string[]).includes(arg ?? ''))
    return { kind, field: arg as CardField };
  if (
    kind === 'separator' &&
    (arg === 'interaction' || arg === 'visibility' || arg === 'internal-interaction')
  ) {
    return { kind, line: arg };
  }
  if (kind === 'lane' && arg) return { kind, laneId: arg };
  return undefined;
}

export function encodeColumn(role: ColumnRole): string {
  return role.kind === 'labels' ? 'labels' : `stage:${role.stageId}`;
}

export function decodeColumn(value: string | null | undefined): ColumnRole | undefined {
  if (!value) return undefined;
  const [kind, arg] = splitOnce(value);
  if (kind === 'labels' && arg === undefined) return { kind };
  if (kind === 'stage' && arg) return { kind, stageId: arg };
  return undefined;
}

function splitOnce(value: string): [string, string | undefined] {
  const at = value.indexOf(':');
  return at < 0 ? [value, undefined] : [value.slice(0, at), value.slice(at + 1)];
}
