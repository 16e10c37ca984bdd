/**
 * Personas: the list (reorder, edit, remove), the form with the persona fields of the model (buying
 * role and the anti-persona switch included), and the two libraries: the user's own, kept in user
 * properties, and the open file's, kept in document properties for the whole team. (Team
 * libraries kept in Drive are under Share: PersonaLibrary.tsx.)
 */
import { useState } from 'preact/hooks';
import { ANTI_PERSONA_BADGE, BUYING_ROLE_LABELS, PERSONA_FIELD_LABELS } from '../../src/catalog';
import {
  BUYING_ROLES,
  type BuyingRole,
  LIMITS,
  PERSONA_TEXT_FIELDS,
  type Persona,
} from '../../src/model/types';
import type { LibraryScope, PersonaLibraries } from '../../src/server/rpc-sidebar';
import { useLanguage, useT } from '../i18n';
import { emptyPersona, move } from '../state';
import { LimitedText } from './LimitedText';
import { MoveButtons } from './MoveButtons';

/** Long-form fields get a text area; the rest fit on one line. */
const MULTILINE = new Set<string>(['goals', 'challenges', 'informationSources', 'notes']);

interface Props {
  personas: Persona[];
  libraries: PersonaLibraries;
  disabled: boolean;
  onChange: (personas: Persona[]) => void;
  onAddFromLibrary: (persona: Persona) => void;
  onSaveToLibrary: (persona: Persona, scope: LibraryScope) => void;
  onRemoveFromLibrary: (personaId: string, scope: LibraryScope) => void;
}

function PersonaForm({
  persona,
  disabled,
  onChange,
}: {
  persona: Persona;
  disabled: boolean;
  onChange: (p: Persona) => void;
}) {
  const language = useLanguage();
  const t = useT();
  const id = (field: string) => `persona-${persona.id}-${field}`;
  const set = (field: keyof Persona, value: string) => onChange({ ...persona, [field]: value });
  const filled =
    PERSONA_TEXT_FIELDS.filter((field) => (persona[field] ?? '').trim() !== '').length +
    (persona.buyingRole ? 1 : 0) +
    (persona.antiPersona ? 1 : 0);
  // Fields over their limit: the fold opens on them, and says so while folded.
  const tooLong = PERSONA_TEXT_FIELDS.filter(
    (field) => (persona[field] ?? '').length > LIMITS.personaFieldLength,
  ).length;
  const [detailsOpen, setDetailsOpen] = useState(tooLong > 0);
  return (
    <div class="persona-form">
      <label for={id('name')}>{PERSONA_FIELD_LABELS.name[language]}</label>
      <LimitedText
        id={id('name')}
        value={persona.name}
        limit={LIMITS.labelLength}
        disabled={disabled}
        onInput={(value) => set('name', value)}
      />
      {/* Folded: a name is all a journey needs, and eleven open fields stand between it and Build. */}
      <details
        class="persona-details"
        open={detailsOpen}
        onToggle={(e) => setDetailsOpen(e.currentTarget.open)}
      >
        <summary>
          {t('personaDetails')}
          {filled > 0 && (
            <span class="secondary small">
              {' '}
              ({filled} {t('filledFields')})
            </span>
          )}
          {tooLong > 0 && (
            <span class="error small">
              {' '}
              · {tooLong} {t('fieldsTooLong')}
            </span>
          )}
        </summary>
        {PERSONA_TEXT_FIELDS.map((field) => (
          <div key={field}>
            <label for={id(field)}>{PERSONA_FIELD_LABELS[field][language]}</label>
            <LimitedText
              id={id(field)}
              value={persona[field] ?? ''}
              limit={LIMITS.personaFieldLength}
              multiline={MULTILINE.has(field)}
              disabled={disabled}
              onInput={(value) => set(field, value)}
            />
          </div>
        ))}
        <label for={id('buyingRole')}>{PERSONA_FIELD_LABELS.buyingRole[language]}</label>
        <select
          id={id('buyingRole')}
          value={persona.buyingRole ?? ''}
          disabled={disabled}
          onChange={(e) => {
            const value = e.currentTarget.value;
            const { buyingRole: _old, ...rest } = persona;
            onChange(value === '' ? rest : { ...rest, buyingRole: value as BuyingRole });
          }}
        >
          <option value="">{t('noRole')}</option>
          {BUYING_ROLES.map((role) => (
            <option key={role} value={role}>
              {BUYING_ROLE_LABELS[role][language]}
            </option>
          ))}
        </select>
        <div class="check">
          <input
            id={id('anti')}
            type="checkbox"
            checked={persona.antiPersona}
            disabled={disabled}
            onChange={(e) => onChange({ ...persona, antiPersona: e.currentTarget.checked })}
          />
          <label for={id('anti')}>{PERSONA_FIELD_LABELS.antiPersona[language]}</label>
        </div>
        <p class="secondary small">{t('antiHelp')}</p>
      </details>
    </div>
  );
}

function LibraryPicker({
  libraries,
  disabled,
  onAdd,
  onRemove,
}: {
  libraries: PersonaLibraries;
  disabled: boolean;
  onAdd: (p: Persona) => void;
  onRemove: (id: string, scope: LibraryScope) => void;
}) {
  const t = useT();
  const [choice, setChoice] = useState('');
  const entries: { scope: LibraryScope; persona: Persona }[] = [
    ...libraries.user.map((persona) => ({ scope: 'user' as const, persona })),
    ...(libraries.document ?? []).map((persona) => ({ scope: 'document' as const, persona })),
  ];
  if (entries.length === 0) return null;
  const picked = entries.find((e) => `${e.scope}:${e.persona.id}` === choice);
  return (
    <div class="library">
      <label for="library-pick">{t('fromLibrary')}</label>
      <div class="row">
        <select
          id="library-pick"
          value={choice}
          disabled={disabled}
          onChange={(e) => setChoice(e.currentTarget.value)}
        >
          <option value="">{t('choose')}</option>
          {(['user', 'document'] as const).map((scope) => {
            const list = entries.filter((e) => e.scope === scope);
            if (list.length === 0) return null;
            return (
              <optgroup key={scope} label={t(scope === 'user' ? 'myLibrary' : 'docLibrary')}>
                {list.map((e) => (
                  <option key={e.persona.id} value={`${scope}:${e.persona.id}`}>
                    {e.persona.name}
                  </option>
                ))}
              </optgroup>
            );
          })}
        </select>
        <button
          type="button"
          disabled={disabled || !picked}
          onClick={() => {
            if (picked) onAdd(picked.persona);
            setChoice('');
          }}
        >
          {t('add')}
        </button>
      </div>
      {picked && (
        <button
          type="button"
          class="link"
          disabled={disabled}
          onClick={() => {
            onRemove(picked.persona.id, picked.scope);
            setChoice('');
          }}
        >
          {t('removeFromLibrary')}
        </button>
      )}
    </div>
  );
}

export function PersonaEditor(props: Props) {
  const { personas, libraries, disabled, onChange } = props;
  const t = useT();
  const language = useLanguage();
  const [editing, setEditing] = useState<string | null>(null);
  const update = (index: number, persona: Persona) =>
    onChange(personas.map((p, i) => (i === index ? persona : p)));

  return (
    <div class="personas">
      {personas.length === 0 && <p class="secondary">{t('noPersonas')}</p>}
      <ol class="persona-list">
        {personas.map((persona, i) => {
          const open = editing === persona.id;
          const name = persona.name.trim() || t('unnamed');
          return (
            <li
              key={persona.id}
              class={`persona${persona.antiPersona ? ' anti' : ''}`}
              data-persona={persona.id}
            >
              <div class="persona-head">
                <span class="persona-name">
                  <span class="name-text">{name}</span>
                  {persona.antiPersona && <span class="badge">{ANTI_PERSONA_BADGE[language]}</span>}
                  {persona.buyingRole && (
                    <span class="secondary small"> · {BUYING_ROLE_LABELS[persona.buyingRole][language]}</span>
                  )}
                </span>
                <span class="tools">
                  <MoveButtons
                    name={name}
                    index={i}
                    count={personas.length}
                    disabled={disabled}
                    onMove={(by) => onChange(move(personas, i, by))}
                  />
                </span>
              </div>
              {open && <PersonaForm persona={persona} disabled={disabled} onChange={(p) => update(i, p)} />}
              <div class="persona-actions">
                <button
                  type="button"
                  class="link"
                  aria-expanded={open}
                  disabled={disabled}
                  onClick={() => setEditing(open ? null : persona.id)}
                >
                  {open ? t('done') : t('edit')}
                </button>
                <button
                  type="button"
                  class="link"
                  disabled={disabled}
                  onClick={() => {
                    onChange(personas.filter((p) => p.id !== persona.id));
                    if (open) setEditing(null);
                    // Keep keyboard focus in the list: "Add persona" is always there.
                    requestAnimationFrame(() => document.getElementById('add-persona')?.focus());
                  }}
                >
                  {t('remove')}
                </button>
                {open && persona.name.trim() !== '' && (
                  <>
                    <button
                      type="button"
                      class="link"
                      disabled={disabled}
                      onClick={() => props.onSaveToLibrary(persona, 'user')}
                    >
                      {t('saveToMyLibrary')}
                    </button>
                    {libraries.document && (
                      <button
                        type="button"
                        class="link"
                        disabled={disabled}
                        onClick={() => props.onSaveToLibrary(persona, 'document')}
                      >
                        {t('saveToDocLibrary')}
                      </button>
                    )}
                  </>
                )}
              </div>
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        id="add-persona"
        disabled={disabled}
        onClick={() => {
          const persona = emptyPersona(personas);
          onChange([...personas, persona]);
          setEditing(persona.id);
          // Focus the new persona's name once it is rendered, for keyboard users.
          setTimeout(() => document.getElementById(`persona-${persona.id}-name`)?.focus(), 0);
        }}
      >
        {t('addPersona')}
      </button>
      <LibraryPicker
        libraries={libraries}
        disabled={disabled}
        onAdd={props.onAddFromLibrary}
        onRemove={props.onRemoveFromLibrary}
      />
    </div>
  );
}
