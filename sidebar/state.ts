/**
 * The sidebar's form state and the pure operations on it: personas (stable ids, add, edit, move),
 * lanes (framework defaults, library and custom lanes, order), the stage names of frameworks whose
 * stages users choose, team templates to and from the form, and the journey document they make.
 * Kept free of Preact so it can be unit-tested and so the document the sidebar builds is the
 * catalog's own `newJourneyDocument`, computed in the browser at no server-call cost.
 */
import { FRAMEWORKS, frameworkDef, laneDef, newJourneyDocument } from '../src/catalog';
import type { Result } from '../src/model/problems';
import {
  ID_PATTERN,
  type JourneyDocument,
  type Lane,
  type LaneKind,
  type Language,
  type Persona,
} from '../src/model/types';
import type { SidebarChoices } from '../src/server/rpc-sidebar';
import { TEMPLATE_KIND, TEMPLATE_SCHEMA_VERSION, type TeamTemplate } from '../src/share/template';

/** One row of the lane list: a library lane (`ref` = its id) or a custom lane (`ref` = `custom:…`). */
export interface LaneChoice {
  ref: string;
  label?: string;
  kind?: LaneKind;
  on: boolean;
}

export type Form = SidebarChoices;

const CUSTOM_PREFIX = 'custom:';

/** `p-` + random base36: unique enough per document, and kept so a rebuild finds its own sheet. */
export function newPersonaId(existing: readonly { id: string }[] = []): string {
  for (;;) {
    const id = `p-${Math.random().toString(36).slice(2, 10)}`;
    if (!existing.some((p) => p.id === id)) return id;
  }
}

export function defaultLanes(frameworkId: string): LaneChoice[] {
  return (frameworkDef(frameworkId)?.laneIds ?? []).map((ref) => ({ ref, on: true }));
}

export function defaultForm(language: Language): Form {
  const frameworkId = FRAMEWORKS[0]?.id ?? 'basic-5';
  return { frameworkId, language, hints: true, lanes: defaultLanes(frameworkId), personas: [] };
}

/**
 * A new framework brings its default lanes; lanes the user added by hand stay, after them. Stage
 * names chosen for the previous framework do not carry over.
 */
export function chooseFramework(form: Form, frameworkId: string): Form {
  if (form.frameworkId === frameworkId) return form;
  const defaults = defaultLanes(frameworkId);
  const added = form.lanes.filter(
    (l) => l.ref.startsWith(CUSTOM_PREFIX) || !defaults.some((d) => d.ref === l.ref),
  );
  const previousDefaults = new Set(frameworkDef(form.frameworkId)?.laneIds ?? []);
  const { stageLabels: _dropped, ...rest } = form;
  return {
    ...rest,
    frameworkId,
    lanes: [...defaults, ...added.filter((l) => !previousDefaults.has(l.ref))],
  };
}

/** Whether the form's framework lets the user name, add, remove and reorder its stages. */
export function stagesEditable(form: Pick<Form, 'frameworkId'>): boolean {
  return frameworkDef(form.frameworkId)?.stagesAreUserChosen === true;
}

/** The stage names the form shows: the user's own, or the framework's in the template language. */
export function stageNames(form: Form): string[] {
  if (stagesEditable(form) && form.stageLabels) return form.stageLabels;
  return (frameworkDef(form.frameworkId)?.stages ?? []).map((s) => s.label[form.language]);
}

/** Sets the stage names (only for frameworks whose stages are user-chosen). */
export function withStageNames(form: Form, names: readonly string[]): Form {
  if (!stagesEditable(form)) return form;
  return { ...form, stageLabels: [...names] };
}

/** Back to the framework's own stages (and their ids). */
export function resetStages(form: Form): Form {
  const { stageLabels: _dropped, ...rest } = form;
  return rest;
}

export function move<T>(items: readonly T[], index: number, delta: number): T[] {
  const target = index + delta;
  if (target < 0 || target >= items.length) return [...items];
  const next = [...items];
  const [item] = next.splice(index, 1);
  if (item !== undefined) next.splice(target, 0, item);
  return next;
}

export function addLibraryLane(form: Form, laneId: string): Form {
  if (form.lanes.some((l) => l.ref === laneId) || !laneDef(laneId)) return form;
  return { ...form, lanes: [...form.lanes, { ref: laneId, on: true }] };
}

export function addCustomLane(form: Form, label: string, kind: LaneKind): Form {
  const trimmed = label.trim();
  if (trimmed === '') return form;
  let n = 1;
  while (form.lanes.some((l) => l.ref === `${CUSTOM_PREFIX}${n}`)) n++;
  return { ...form, lanes: [...form.lanes, { ref: `${CUSTOM_PREFIX}${n}`, label: trimmed, kind, on: true }] };
}

export function isCustomLane(lane: LaneChoice): boolean {
  return lane.ref.startsWith(CUSTOM_PREFIX);
}

export function laneLabel(lane: LaneChoice, language: Language): string {
  return isCustomLane(lane) ? (lane.label ?? '') : (laneDef(lane.ref)?.label[language] ?? lane.ref);
}

export function laneKind(lane: LaneChoice): LaneKind {
  return isCustomLane(lane) ? (lane.kind ?? 'text') : (laneDef(lane.ref)?.kind ?? 'text');
}

/**
 * The journey document for the form. newJourneyDocument appends custom lanes after library ones,
 * so the lanes are put back in the order the user chose afterwards; ids stay as generated.
 */
export function composeDocument(form: Form): Result<JourneyDocument> {
  const chosen = form.lanes.filter((l) => l.on);
  const custom = chosen.filter(isCustomLane);
  const result = newJourneyDocument(form.frameworkId, form.personas, form.language, {
    laneIds: chosen.filter((l) => !isCustomLane(l)).map((l) => l.ref),
    customLanes: custom.map((l) => ({ label: l.label ?? '', kind: l.kind ?? 'text' })),
    ...(stagesEditable(form) && form.stageLabels ? { stageLabels: form.stageLabels } : {}),
  });
  if (!result.ok) return result;
  const doc = result.value;
  const libraryLanes = new Map(doc.lanes.filter((l) => !l.id.startsWith('custom-')).map((l) => [l.id, l]));
  const customLanes = doc.lanes.filter((l) => l.id.startsWith('custom-'));
  const ordered: Lane[] = [];
  let customIndex = 0;
  for (const choice of chosen) {
    const lane = isCustomLane(choice) ? customLanes[customIndex++] : libraryLanes.get(choice.ref);
    if (lane) ordered.push(lane);
  }
  return { ok: true, value: { ...doc, lanes: ordered } };
}

/**
 * The form that reproduces a document (after an import or a read-back): its framework, language,
 * personas, and its lanes (library lanes by id, the others as custom lanes).
 */
export function formFromDocument(doc: JourneyDocument, hints: boolean): Form {
  let n = 0;
  const form: Form = {
    frameworkId: doc.frameworkId,
    language: doc.language,
    hints,
    personas: doc.personas.map((p) => ({ ...p })),
    lanes: doc.lanes.map((lane) =>
      laneDef(lane.id)
        ? { ref: lane.id, on: true }
        : { ref: `${CUSTOM_PREFIX}${++n}`, label: lane.label, kind: lane.kind, on: true },
    ),
  };
  return hasOwnStages(doc) ? { ...form, stageLabels: doc.stages.map((s) => s.label) } : form;
}

/** A document of a user-chosen-stages framework whose stages are not the framework's defaults. */
function hasOwnStages(doc: JourneyDocument): boolean {
  const framework = frameworkDef(doc.frameworkId);
  if (!framework?.stagesAreUserChosen) return false;
  const defaults = framework.stages;
  return (
    defaults.length !== doc.stages.length ||
    doc.stages.some((s, i) => s.id !== defaults[i]?.id || s.label !== defaults[i]?.label[doc.language])
  );
}

/** The form's framework, lanes, stages, personas and language as a named team template. */
export function templateFromForm(form: Form, name: string): TeamTemplate {
  const chosen = form.lanes.filter((l) => l.on);
  return {
    kind: TEMPLATE_KIND,
    schemaVersion: TEMPLATE_SCHEMA_VERSION,
    name: name.trim(),
    frameworkId: form.frameworkId,
    language: form.language,
    laneIds: chosen.filter((l) => !isCustomLane(l)).map((l) => l.ref),
    customLanes: chosen.filter(isCustomLane).map((l) => ({ label: l.label ?? '', kind: l.kind ?? 'text' })),
    ...(stagesEditable(form) && form.stageLabels ? { stageLabels: [...form.stageLabels] } : {}),
    personas: form.personas.map((p) => ({ ...p })),
  };
}

/**
 * The form a team template describes. Personas keep a valid id of their own (and get a fresh one
 * otherwise), so the journeys built from the template can be rebuilt in place later.
 */
export function formFromTemplate(template: TeamTemplate, hints: boolean): Form {
  const personas: Persona[] = [];
  for (const input of template.personas) {
    const { id, antiPersona, ...fields } = input;
    const keep = typeof id === 'string' && ID_PATTERN.test(id) && !personas.some((p) => p.id === id);
    personas.push({ ...fields, id: keep ? id : newPersonaId(personas), antiPersona: antiPersona === true });
  }
  const form: Form = {
    frameworkId: template.frameworkId,
    language: template.language,
    hints,
    personas,
    lanes: [
      ...template.laneIds.map((ref) => ({ ref, on: true })),
      ...template.customLanes.map((lane, i) => ({
        ref: `${CUSTOM_PREFIX}${i + 1}`,
        label: lane.label,
        kind: lane.kind,
        on: true,
      })),
    ],
  };
  return template.stageLabels && stagesEditable(form)
    ? { ...form, stageLabels: [...template.stageLabels] }
    : form;
}

/**
 * A document loaded from a file or read back is built as it is (its cells, custom stages and
 * lane ids included) as long as the form still says what the document says. Compared field by
 * field, so neither the order of an object's keys nor a persona field typed and cleared again
 * counts as a change.
 */
export function formMatchesDocument(form: Form, doc: JourneyDocument): boolean {
  return canonical(formFromDocument(doc, form.hints)) === canonical(form);
}

function canonicalPersona(persona: Persona): string {
  const entries = Object.entries(persona)
    .filter(([, value]) => value !== undefined && value !== '')
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify(entries);
}

function canonical(form: Form): string {
  return JSON.stringify([
    form.frameworkId,
    form.language,
    form.lanes.map((l) => [l.ref, l.label ?? null, l.kind ?? null, l.on]),
    form.personas.map(canonicalPersona),
    stagesEditable(form) ? (form.stageLabels ?? null) : null,
  ]);
}

export function emptyPersona(existing: readonly Persona[]): Persona {
  return { id: newPersonaId(existing), name: '', antiPersona: false };
}

/** A library persona added to the form keeps its id unless the form already has that id. */
export function addPersonaFromLibrary(form: Form, persona: Persona): Form {
  const id = form.personas.some((p) => p.id === persona.id) ? newPersonaId(form.personas) : persona.id;
  return { ...form, personas: [...form.personas, { ...persona, id }] };
}
