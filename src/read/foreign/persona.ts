/**
 * The text around a hand-made journey table: a persona block ("名前：田中", or "Company" with the
 * value in the next cell to the right or below) becomes persona fields, the first other text above
 * the first table the title, and the rest findings with their address.
 */
import { LIMITS, type Persona, type PersonaTextField } from '../../model/types';
import { FINDINGS, type Finding } from '../findings';
import { PAIR, personaFieldOf } from './words';

export interface LooseText {
  row: number;
  column: number;
  address: string;
  text: string;
}

export interface PersonaRead {
  fields: Partial<Record<'name' | PersonaTextField, string>>;
  /** The persona fields found, in the order met, for the recognition summary. */
  found: string[];
  /** Text not placed as persona fields, in reading order. */
  rest: LooseText[];
}

export function readPersonaBlock(items: readonly LooseText[]): PersonaRead {
  const sorted = [...items].sort((a, b) => a.row - b.row || a.column - b.column);
  const used = new Set<LooseText>();
  const read: PersonaRead = { fields: {}, found: [], rest: [] };
  const put = (label: string, value: string): boolean => {
    const field = personaFieldOf(label);
    if (!field) return false;
    const key: 'name' | PersonaTextField =
      field === 'note' || (field === 'name' && read.fields.name) ? 'notes' : field;
    const text = field === 'note' || key !== field ? `${label}: ${value}` : value;
    read.fields[key] = read.fields[key] ? `${read.fields[key]}\n${text}` : text;
    if (!read.found.includes(key)) read.found.push(key);
    return true;
  };
  for (const item of sorted) {
    if (used.has(item)) continue;
    const lines = item.text.split('\n');
    const rest: string[] = [];
    for (const line of lines) {
      const pair = PAIR.exec(line);
      if (pair && put(pair[1]!, pair[2]!.trim())) continue;
      if (lines.length === 1 && personaFieldOf(line)) {
        // The value sits in the next cell to the right, or else right below the label.
        const value =
          sorted.find((o) => !used.has(o) && o !== item && o.row === item.row && o.column > item.column) ??
          sorted.find(
            (o) => !used.has(o) && o !== item && o.column === item.column && o.row === item.row + 1,
          );
        if (value && put(line.trim(), value.text.trim())) {
          used.add(value);
          continue;
        }
      }
      rest.push(line);
    }
    if (rest.join('').trim()) read.rest.push({ ...item, text: rest.join('\n') });
  }
  return read;
}

/** The persona in the model: fields within their limits, the whole text of a cut one in a finding. */
export function personaOf(
  id: string,
  read: PersonaRead,
  fallbackName: string,
  where: string,
  findings: Finding[],
): Persona {
  const persona: Persona = { id, name: fallbackName, antiPersona: false };
  for (const [field, value] of Object.entries(read.fields) as [keyof PersonaRead['fields'], string][]) {
    const max = field === 'name' ? LIMITS.labelLength : LIMITS.personaFieldLength;
    if (value.length > max) {
      findings.push({ ...FINDINGS.truncated(where, value, String(max)), where });
      persona[field] = value.slice(0, max);
    } else persona[field] = value;
  }
  return persona;
}
