/**
 * The sidebar's form state and the pure operations on it: personas (stable ids, add, edit, move),
 * lanes (framework defaults, library and custom lanes, order), the stage names of frameworks whose
 * stages users choose, team templates to and from the form, and the journey document they make.
 * Kept free of Preact so it can be unit-tested and so the document the sidebar builds is the
 * catalog's own `newJourneyDocument`, computed in the browser at no server-call cost.
 *
 * Custom lanes and user-chosen stages carry ids of their own, kept across every edit and saved
 * with the remembered form: a rebuild matches the document's cells to lanes and stages by id, so
 * an id handed from one lane to the next (by numbering them by position) moves or drops a team's
 * text.
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
import { validateDocument } from '../src/model/validate';
import { TEMPLATE_KIND, TEMPLATE_SCHEMA_VERSION, type TeamTemplate } from '../src/share/template';
import type { SidebarChoices } from './choices';

/**
 * One row of the lane list: a library lane (`ref` = its library id, no label) or a custom lane
 * (`ref` = its lane id in the document, with its label and kind).
 */
export interface LaneChoice {
  ref: string;
  label?: string;
  kind?: LaneKind;
  on: boolean;
}

export type Form = SidebarChoices;

/** A stage of a user-chosen-stages framework as the form keeps it. */
export interface StageChoice {
  id: string;
  label: string;
}

/** Forms remembered before lanes had ids named custom lanes `custom:1`, `custom:2`… */
const LEGACY_PREFIX = 'custom:';

/** `prefix-` + random base36 that `taken` does not know: unique whatever the labels are. */
function randomId(prefix: string, taken: (id: string) => boolean): string {
  for (;;) {
    const id = `${prefix}-${Math.random().toString(36).slice(2, 10)}`;
    if (!taken(id)) return id;
  }
}

/** `p-` + random base36: unique enough per document, and kept so a rebuild finds its own sheet. */
export function newPersonaId(existing: readonly { id: string }[] = []): string {
  return randomId('p', (id) => existing.some((p) => p.id === id));
}

/** A lane id for a new custom lane: not a library lane's, not another lane's of the form. */
export function newLaneId(lanes: readonly LaneChoice[]): string {
  return randomId('custom', (id) => laneDef(id) !== undefined || lanes.some((l) => l.ref === id));
}

/** A stage id for a new stage, not used by the other stages. */
export function newStageId(stages: readonly StageChoice[]): string {
  return randomId('stage', (id) => stages.some((s) => s.id === id));
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
  const added = form.lanes.filter((l) => isCustomLane(l) || !defaults.some((d) => d.ref === l.ref));
  const previousDefaults = new Set(frameworkDef(form.frameworkId)?.laneIds ?? []);
  const { stageLabels: _labels, stageIds: _ids, ...rest } = form;
  return {
    ...rest,
    frameworkId,
    lanes: [...defaults, ...added.filter((l) => isCustomLane(l) || !previousDefaults.has(l.ref))],
  };
}

/** Whether the form's framework lets the user name, add, remove and reorder its stages. */
export function stagesEditable(form: Pick<Form, 'frameworkId'>): boolean {
  return frameworkDef(form.frameworkId)?.stagesAreUserChosen === true;
}

/**
 * The stages the form shows: the user's own (with their ids), or the framework's in the template
 * language, with the framework's ids, so that the first edit keeps the ids a build used.
 */
export function stageList(form: Form): StageChoice[] {
  if (stagesEditable(form) && form.stageLabels) {
    const ids = stageIdsFor(form.stageLabels, form.stageIds);
    return form.stageLabels.map((label, i) => ({ id: ids[i]!, label }));
  }
  return (frameworkDef(form.frameworkId)?.stages ?? []).map((s) => ({
    id: s.id,
    label: s.label[form.language],
  }));
}

export function stageNames(form: Form): string[] {
  return stageList(form).map((s) => s.label);
}

/** Sets the stages, ids included (only for frameworks whose stages are user-chosen). */
export function withStages(form: Form, stages: readonly StageChoice[]): Form {
  if (!stagesEditable(form)) return form;
  return { ...form, stageLabels: stages.map((s) => s.label), stageIds: stages.map((s) => s.id) };
}

/** Renames the stages in place: the n-th name goes to the n-th stage, new ones get new ids. */
export function withStageNames(form: Form, names: readonly string[]): Form {
  const stages: StageChoice[] = stageList(form).slice(0, names.length);
  for (const [i, label] of names.entries()) {
    if (stages[i]) stages[i] = { ...stages[i]!, label };
    else stages.push({ id: newStageId(stages), label });
  }
  return withStages(form, stages);
}

/** A new stage at the end, with an id of its own. */
export function addStage(form: Form, label: string): Form {
  const stages = stageList(form);
  return withStages(form, [...stages, { id: newStageId(stages), label }]);
}

/** Back to the framework's own stages (and their ids). */
export function resetStages(form: Form): Form {
  const { stageLabels: _labels, stageIds: _ids, ...rest } = form;
  return rest;
}

/**
 * The ids of remembered stages: each valid, unused id is kept; a stage without one gets
 * `stage-<n>` for its position, the id forms remembered before stages had ids were built with.
 */
function stageIdsFor(labels: readonly string[], ids: readonly string[] | undefined): string[] {
  const used = new Set<string>();
  const kept = labels.map((_, i) => {
    const id = ids?.[i];
    if (typeof id !== 'string' || !ID_PATTERN.test(id) || used.has(id)) return undefined;
    used.add(id);
    return id;
  });
  return kept.map((id, i) => {
    if (id) return id;
    let fresh = `stage-${i + 1}`;
    if (used.has(fresh)) fresh = randomId('stage', (candidate) => used.has(candidate));
    used.add(fresh);
    return fresh;
  });
}

/**
 * A remembered or templated form with an id on every custom lane and stage. Forms from before
 * ids are given the ids their builds used: `custom-1`, `custom-2`… for the ticked custom lanes in
 * order (unticked ones were never built) and `stage-1`… for stages, so their journeys still
 * rebuild in place.
 */
export function normalizeForm(form: Form): Form {
  const used = new Set<string>();
  const kept = form.lanes.map((lane) => {
    const own = isCustomLane(lane) && ID_PATTERN.test(lane.ref) && !laneDef(lane.ref) && !used.has(lane.ref);
    if (own) used.add(lane.ref);
    return own;
  });
  let n = 0;
  const lanes: LaneChoice[] = [];
  for (const [i, lane] of form.lanes.entries()) {
    if (!isCustomLane(lane) || kept[i]) {
      lanes.push(lane);
      continue;
    }
    let ref: string;
    if (lane.on) {
      do ref = `custom-${++n}`;
      while (used.has(ref) || laneDef(ref));
    } else {
      ref = randomId('custom', (id) => used.has(id) || laneDef(id) !== undefined);
    }
    used.add(ref);
    lanes.push({ ref, label: lane.label ?? '', kind: lane.kind ?? 'text', on: lane.on });
  }
  const { stageIds: _ids, ...rest } = form;
  return {
    ...rest,
    lanes,
    ...(form.stageLabels ? { stageIds: stageIdsFor(form.stageLabels, form.stageIds) } : {}),
  };
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
  return { ...form, lanes: [...form.lanes, { ref: newLaneId(form.lanes), label: trimmed, kind, on: true }] };
}

export function isCustomLane(lane: LaneChoice): boolean {
  return lane.label !== undefined || lane.ref.startsWith(LEGACY_PREFIX);
}

export function laneLabel(lane: LaneChoice, language: Language): string {
  return isCustomLane(lane) ? (lane.label ?? '') : (laneDef(lane.ref)?.label[language] ?? lane.ref);
}

/**
 * The names that two or more ticked lanes share in the template's language, compared as a reader
 * sees them (full- and half-width, case and spacing aside): in the grid they cannot be told apart.
 */
export function duplicateLaneNames(form: Form): string[] {
  const seen = new Map<string, string>();
  const shared = new Set<string>();
  for (const lane of form.lanes) {
    if (!lane.on) continue;
    const label = laneLabel(lane, form.language).trim();
    const key = label.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ');
    if (key === '') continue;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, label);
    else shared.add(first);
  }
  return [...shared];
}

export function laneKind(lane: LaneChoice): LaneKind {
  return isCustomLane(lane) ? (lane.kind ?? 'text') : (laneDef(lane.ref)?.kind ?? 'text');
}

/**
 * The journey document for the form. newJourneyDocument appends custom lanes after library ones
 * and numbers them (and user-chosen stages) by position, so the lanes are put back in the order
 * the user chose and every custom lane and stage gets the form's own id back.
 */
export function composeDocument(input: Form): Result<JourneyDocument> {
  const form = normalizeForm(input);
  const chosen = form.lanes.filter((l) => l.on);
  const libraryIds = chosen.filter((l) => !isCustomLane(l)).map((l) => l.ref);
  const custom = chosen.filter(isCustomLane);
  const stages = stagesEditable(form) && form.stageLabels ? stageList(form) : null;
  const result = newJourneyDocument(form.frameworkId, form.personas, form.language, {
    laneIds: libraryIds,
    customLanes: custom.map((l) => ({ label: l.label ?? '', kind: l.kind ?? 'text' })),
    ...(stages ? { stageLabels: stages.map((s) => s.label) } : {}),
  });
  if (!result.ok) return result;
  const doc = result.value;
  const libraryLanes = new Map(doc.lanes.slice(0, libraryIds.length).map((l) => [l.id, l]));
  const customLanes = doc.lanes.slice(libraryIds.length);
  const ordered: Lane[] = [];
  let customIndex = 0;
  for (const choice of chosen) {
    const generated = isCustomLane(choice) ? customLanes[customIndex++] : libraryLanes.get(choice.ref);
    if (generated) ordered.push(isCustomLane(choice) ? { ...generated, id: choice.ref } : generated);
  }
  const ownStages = stages ? doc.stages.map((s, i) => ({ ...s, id: stages[i]?.id ?? s.id })) : doc.stages;
  // Checked again: the ids are the form's now, and the model decides what an id may be.
  return validateDocument({ ...doc, lanes: ordered, stages: ownStages });
}

/**
 * The form that reproduces a document (after an import or a read-back): its framework, language,
 * personas, and its lanes (library lanes by id, the others as custom lanes).
 */
export function formFromDocument(doc: JourneyDocument, hints: boolean): Form {
  const form: Form = {
    frameworkId: doc.frameworkId,
    language: doc.language,
    hints,
    personas: doc.personas.map((p) => ({ ...p })),
    lanes: doc.lanes.map((lane) =>
      laneDef(lane.id)
        ? { ref: lane.id, on: true }
        : { ref: lane.id, label: lane.label, kind: lane.kind, on: true },
    ),
  };
  return hasOwnStages(doc)
    ? { ...form, stageLabels: doc.stages.map((s) => s.label), stageIds: doc.stages.map((s) => s.id) }
    : form;
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
 * otherwise), and custom lanes and stages are numbered as the template lists them, so the
 * journeys built from the template can be rebuilt in place later.
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
        ref: `${LEGACY_PREFIX}${i + 1}`,
        label: lane.label,
        kind: lane.kind,
        on: true,
      })),
    ],
  };
  return normalizeForm(
    template.stageLabels && stagesEditable(form) ? { ...form, stageLabels: [...template.stageLabels] } : form,
  );
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
    stagesEditable(form) && form.stageLabels ? stageList(form) : null,
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
