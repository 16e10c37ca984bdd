/**
 * The template gallery: every framework as a card (thumbnail, name, when to use it, its stage
 * names, credit), with an audience filter and a search box, and a "Team" filter listing the team
 * templates shared through Drive (asked for only when that filter is opened). Once a template is
 * picked the gallery folds to that one card and the preview of what it makes, so the rest of the
 * form stays within reach in a 300 px sidebar.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { type Audience, FRAMEWORKS, type FrameworkDef } from '../../src/catalog';
import type { ListedFile } from '../../src/hosts/drive/json-files';
import type { Language } from '../../src/model/types';
import { type TextKey, useLanguage, useT } from '../i18n';
import { teamTemplateName } from '../share';
import { useTeamText } from '../team-sharing';
import { snapshotTime } from '../versions';
import { FrameworkPreview } from './FrameworkPreview';
import { PickerButton } from './PickerButton';

type Filter = Audience | 'all' | 'team';

const FILTERS: { value: Filter; key: TextKey }[] = [
  { value: 'all', key: 'filterAll' },
  { value: 'b2b', key: 'filterB2b' },
  { value: 'b2c', key: 'filterB2c' },
  { value: 'ux', key: 'filterUx' },
  { value: 'team', key: 'filterTeam' },
];

function TeamTemplates({
  files,
  query,
  disabled,
  loading,
  onLoad,
  onPick,
}: {
  files: readonly ListedFile[] | null;
  query: string;
  disabled: boolean;
  loading: boolean;
  onLoad: () => void;
  onPick: (file: ListedFile) => void;
}) {
  const t = useT();
  const tt = useTeamText();
  const language = useLanguage();
  if (!files) {
    if (loading) return <p class="secondary">{t('listing')}</p>;
    return (
      <button type="button" id="load-team" disabled={disabled} onClick={onLoad}>
        {t('teamTemplates')}
      </button>
    );
  }
  const q = query.trim().toLowerCase();
  const shown = files.filter((f) => q === '' || f.name.toLowerCase().includes(q));
  if (files.length === 0) return <p class="secondary">{t('noTeamTemplates')}</p>;
  if (shown.length === 0) return <p class="secondary">{t('noMatch')}</p>;
  return (
    <section class="team-templates" aria-label={t('teamTemplates')}>
      <h3>{t('teamTemplates')}</h3>
      {shown.map((file) => (
        <button
          key={file.fileId}
          type="button"
          class="card team-card"
          disabled={disabled}
          data-team-file={file.fileId}
          onClick={() => onPick(file)}
        >
          <span class="card-text">
            <span class="card-name">{teamTemplateName(file.name)}</span>
            {file.modifiedTime && (
              <span class="card-meta">
                {t('modified')} {snapshotTime(file.modifiedTime, language)}
              </span>
            )}
            {file.owner && (
              <span class="card-meta team-owner">
                {tt('sharedBy')} {file.owner}
                {file.readOnly ? ` · ${tt('viewOnly')}` : ''}
              </span>
            )}
          </span>
        </button>
      ))}
    </section>
  );
}

function matches(framework: FrameworkDef, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (q === '') return true;
  const haystack = [
    framework.id,
    framework.name.ja,
    framework.name.en,
    framework.whenToUse.ja,
    framework.whenToUse.en,
    ...framework.stages.flatMap((s) => [s.label.ja, s.label.en]),
  ]
    .join(' ')
    .toLowerCase();
  return q.split(/\s+/).every((word) => haystack.includes(word));
}

function Card({
  framework,
  language,
  selected,
  disabled,
  onPick,
  stagesShown = true,
}: {
  framework: FrameworkDef;
  language: Language;
  selected: boolean;
  disabled: boolean;
  onPick: () => void;
  /** The stage names on the card itself, while browsing (the folded card has the preview). */
  stagesShown?: boolean;
}) {
  const t = useT();
  return (
    <button
      type="button"
      class={`card${selected ? ' selected' : ''}`}
      aria-pressed={selected}
      disabled={disabled}
      data-framework={framework.id}
      onClick={onPick}
    >
      <FrameworkPreview framework={framework} />
      <span class="card-text">
        <span class="card-name">{framework.name[language]}</span>
        <span class="card-when">{framework.whenToUse[language]}</span>
        {stagesShown && (
          <span class="card-stages">{framework.stages.map((s) => s.label[language]).join(' → ')}</span>
        )}
        <span class="card-meta">
          {framework.stages.length} {t('stagesCount')} · {framework.laneIds.length} {t('lanesCount')}
        </span>
        <span class="card-source">{framework.source[language]}</span>
      </span>
    </button>
  );
}

export function TemplateGallery({
  frameworkId,
  disabled,
  startOpen,
  onChoose,
  team,
  teamLoading,
  onShowTeam,
  onPickTeam,
  preview,
}: {
  frameworkId: string;
  disabled: boolean;
  /** A first-time user starts with the whole gallery; a returning one with their pick. */
  startOpen: boolean;
  onChoose: (id: string) => void;
  /** The team templates in Drive; null until they are asked for. */
  team: readonly ListedFile[] | null;
  teamLoading: boolean;
  onShowTeam: () => void;
  /** Opens a team template into the form; resolves true when it did. */
  onPickTeam: (file: ListedFile) => Promise<boolean>;
  /** What the chosen template makes, shown under it once the gallery is folded. */
  preview?: ComponentChildren;
}) {
  const t = useT();
  const language = useLanguage();
  const [open, setOpen] = useState(startOpen);
  const [audience, setAudience] = useState<Filter>('all');
  const [query, setQuery] = useState('');
  const current = FRAMEWORKS.find((f) => f.id === frameworkId);
  // After a pick the gallery folds; keyboard focus moves to its "Change" link instead of being lost.
  const changeLink = useRef<HTMLButtonElement>(null);
  const picked = useRef(false);
  useEffect(() => {
    if (!open && picked.current) {
      picked.current = false;
      changeLink.current?.focus();
    }
  }, [open]);
  const fold = () => {
    picked.current = true;
    setOpen(false);
  };

  if (!open && current) {
    return (
      <div class="gallery-folded">
        <Card
          framework={current}
          language={language}
          selected
          disabled={disabled}
          onPick={() => setOpen(true)}
          stagesShown={false}
        />
        <button type="button" class="link" ref={changeLink} disabled={disabled} onClick={() => setOpen(true)}>
          {t('change')}
        </button>
        {preview}
      </div>
    );
  }

  const shown = FRAMEWORKS.filter(
    (f) =>
      (audience === 'all' || (audience !== 'team' && f.audiences.includes(audience))) && matches(f, query),
  );
  return (
    <div class="gallery">
      <fieldset class="chips">
        <legend class="visually-hidden">{t('filterLabel')}</legend>
        {FILTERS.map((f) => (
          <button
            key={f.value}
            type="button"
            aria-pressed={audience === f.value}
            class={`chip${audience === f.value ? ' on' : ''}`}
            data-filter={f.value}
            disabled={disabled}
            onClick={() => {
              setAudience(f.value);
              if (f.value === 'team' && team === null && !disabled) onShowTeam();
            }}
          >
            {t(f.key)}
          </button>
        ))}
      </fieldset>
      <label class="visually-hidden" for="template-search">
        {t('search')}
      </label>
      <input
        id="template-search"
        type="search"
        placeholder={t('search')}
        value={query}
        disabled={disabled}
        onInput={(e) => setQuery(e.currentTarget.value)}
      />
      {audience === 'team' ? (
        <>
          <TeamTemplates
            files={team}
            query={query}
            disabled={disabled}
            loading={teamLoading}
            onLoad={onShowTeam}
            onPick={async (file) => {
              if (await onPickTeam(file)) fold();
            }}
          />
          {/* A teammate's template is added with Google Picker, then listed above from then on. */}
          <PickerButton kind="template" disabled={disabled} onPicked={onShowTeam} />
        </>
      ) : (
        <div class="cards">
          {shown.length === 0 && <p class="secondary">{t('noMatch')}</p>}
          {shown.map((f) => (
            <Card
              key={f.id}
              framework={f}
              language={language}
              selected={f.id === frameworkId}
              disabled={disabled}
              onPick={() => {
                onChoose(f.id);
                fold();
              }}
            />
          ))}
        </div>
      )}
    </div>
  );
}
