/**
 * What Read back recognised in a file Journey Grid did not build: the framework guessed (with its
 * confidence and stages), each lane matched to a library lane or kept as the team's own, the
 * persona found around each table. The user corrects the obvious (a lane's kind, a persona's
 * name), then adopts the grid as it is (keys only) or rebuilds it in Journey Grid's layout.
 * Every text from the file is rendered as text (Preact escapes it), never as markup.
 */
import { useState } from 'preact/hooks';
import { FRAMEWORKS } from '../../src/catalog';
import { laneDef } from '../../src/catalog/lanes';
import type { JourneyDocument, LaneKind } from '../../src/model/types';
import type { ReadBack } from '../../src/server/rpc';
import { useLanguage, useT } from '../i18n';

const KINDS: LaneKind[] = ['text', 'emotion', 'metric'];

/** The document with the user's corrections: lane kinds and persona names. */
function corrected(doc: JourneyDocument, kinds: Record<string, LaneKind>, names: Record<string, string>) {
  const next: JourneyDocument = structuredClone(doc);
  for (const lane of next.lanes) {
    const kind = kinds[lane.id];
    if (!kind || kind === lane.kind) continue;
    lane.kind = kind;
    // A lane now read as text keeps its scores as the text they show; other kinds are read again.
    for (const j of next.journeys) {
      const row = j.cells[lane.id];
      if (!row) continue;
      for (const stage of Object.keys(row))
        if (kind === 'text') row[stage] = String(row[stage]);
        else delete row[stage];
    }
  }
  for (const p of next.personas) {
    const name = names[p.id]?.trim();
    if (name) p.name = name;
  }
  return next;
}

export function AdoptPanel({
  readBack,
  disabled,
  onAdopt,
}: {
  readBack: ReadBack;
  disabled: boolean;
  onAdopt: (doc: JourneyDocument, how: 'keys' | 'layout') => void;
}) {
  const t = useT();
  const language = useLanguage();
  const [kinds, setKinds] = useState<Record<string, LaneKind>>({});
  const [names, setNames] = useState<Record<string, string>>({});
  const recognition = readBack.recognition;
  if (!recognition) return null;
  const doc = readBack.document;
  const framework = FRAMEWORKS.find((f) => f.id === recognition.framework.id);
  const confidence = t(
    recognition.framework.confidence === 'high'
      ? 'adoptHigh'
      : recognition.framework.confidence === 'medium'
        ? 'adoptMedium'
        : 'adoptLow',
  );
  const adopt = (how: 'keys' | 'layout') => onAdopt(corrected(doc, kinds, names), how);
  return (
    <section class="adopt" aria-labelledby="adopt-title">
      <h3 id="adopt-title" tabIndex={-1}>
        {t('adoptTitle')}
      </h3>
      <p class="secondary">{t('adoptIntro')}</p>
      <p data-testid="adopt-framework">
        {t('adoptFramework')}: <strong>{framework ? framework.name[language] : t('adoptCustom')}</strong> (
        {confidence}, {recognition.framework.matched}/{recognition.framework.of})
      </p>
      <ol class="adopt-stages" aria-label={t('adoptStages')}>
        {doc.stages.map((s) => (
          <li key={s.id}>
            {s.label}
            {!recognition.catalogStages.includes(s.id) && <span class="secondary"> ({t('adoptOwn')})</span>}
          </li>
        ))}
      </ol>
      <table class="adopt-lanes">
        <thead>
          <tr>
            <th scope="col">{t('adoptLane')}</th>
            <th scope="col">{t('adoptKind')}</th>
          </tr>
        </thead>
        <tbody>
          {doc.lanes.map((lane) => {
            const library = recognition.libraryLanes.includes(lane.id) ? laneDef(lane.id) : undefined;
            const id = `adopt-kind-${lane.id}`;
            return (
              <tr key={lane.id}>
                <th scope="row">
                  <label for={id}>{lane.label}</label>
                  <div class="secondary">{library ? `→ ${library.label[language]}` : t('adoptOwn')}</div>
                </th>
                <td>
                  <select
                    id={id}
                    value={kinds[lane.id] ?? lane.kind}
                    disabled={disabled}
                    onChange={(e) => setKinds({ ...kinds, [lane.id]: e.currentTarget.value as LaneKind })}
                  >
                    {KINDS.map((k) => (
                      <option key={k} value={k}>
                        {t(k === 'text' ? 'adoptText' : k === 'emotion' ? 'adoptEmotion' : 'adoptMetric')}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {doc.personas.map((p, i) => {
        const where = recognition.journeys.find((j) => j.personaId === p.id);
        const id = `adopt-name-${p.id}`;
        return (
          <div class="field" key={p.id}>
            <label for={id}>
              {t('adoptPersona')} {i + 1}
              {where && ` (${where.where} ${where.from}–${where.to})`}
            </label>
            <input
              id={id}
              type="text"
              maxLength={100}
              value={names[p.id] ?? p.name}
              disabled={disabled}
              onInput={(e) => setNames({ ...names, [p.id]: e.currentTarget.value })}
            />
            {where && where.persona.length === 0 && <div class="secondary">{t('adoptNoPersona')}</div>}
          </div>
        );
      })}
      <div class="buttons">
        <button type="button" id="adopt-keys" disabled={disabled} onClick={() => adopt('keys')}>
          {t('adoptKeys')}
        </button>
        <button type="button" id="adopt-layout" disabled={disabled} onClick={() => adopt('layout')}>
          {t('adoptLayout')}
        </button>
      </div>
    </section>
  );
}
