/**
 * The sidebar application: starts from the data the server printed into the page (the open
 * file's journeys included; one server call only on a retry), then walks a beginner through template → personas → lanes → build, and offers
 * read-back, JSON export / import, sharing through Drive, snapshots with their difference, and
 * sending the journey to the other editor. Each user action is one server call (a build is one per
 * batch of personas, which is what moves the progress bar); every control is disabled while work is under
 * way, and every failure is shown as translated problems in the section it belongs to.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { SAMPLE_PERSONA_ID, sampleJourney } from '../src/catalog';
import type { ListedFile } from '../src/hosts/drive/json-files';
import { buildBatches } from '../src/hosts/sheets/batches';
import type { PendingRemoval } from '../src/hosts/sheets/build';
import { parseDocumentJson } from '../src/model/migrate';
import type { Problem, Result } from '../src/model/problems';
import type { JourneyDocument, Language, Persona } from '../src/model/types';
import type { ReadBack } from '../src/server/rpc';
import type { LibraryScope, PersonaLibraries, SidebarBoot } from '../src/server/rpc-sidebar';
import { takePrintedBoot } from './boot';
import { AdoptPanel } from './components/AdoptPanel';
import { BuildResults, mergeRemovals, PendingRemovals, type PersonaBuild } from './components/BuildResults';
import { Feedback } from './components/Feedback';
import { FileBanner } from './components/FileBanner';
import { JourneyPreview } from './components/JourneyPreview';
import { LaneEditor } from './components/LaneEditor';
import { PersonaEditor } from './components/PersonaEditor';
import { Progress } from './components/Progress';
import { ReadBackView } from './components/ReadBackView';
import { SendButton } from './components/SendButton';
import { SharePanel } from './components/SharePanel';
import { StageEditor } from './components/StageEditor';
import { TemplateGallery } from './components/TemplateGallery';
import { VersionsPanel } from './components/VersionsPanel';
import { downloadJson, readFileText } from './download';
import { guessLanguage, LanguageContext, TEXT } from './i18n';
import { checkJsonText } from './json-text';
import { localChoices, saveChoices, startingChoices } from './persist';
import { filePlaceNames, formPlaceNames, type PlaceNames } from './places';
import { callServer } from './rpc';
import { teamTemplateName } from './share';
import {
  addPersonaFromLibrary,
  chooseFramework,
  composeDocument,
  defaultForm,
  type Form,
  formFromDocument,
  formFromTemplate,
  formMatchesDocument,
  normalizeForm,
} from './state';
import {
  type Area,
  attempt,
  type BusyKey,
  type Feedback as FeedbackState,
  platformProblem,
  type RunTask,
} from './tasks';

const NO_FEEDBACK: FeedbackState = { area: 'start', problems: [], notice: '' };

/**
 * Moves keyboard focus to the first of `selectors` on the page once it is drawn: what an action
 * produced (its problems, its question, its result). The button pressed is disabled while the
 * action runs, so focus would otherwise fall to the page and a keyboard or screen-reader user
 * would have to find the outcome again from the top.
 */
function focusOutcome(...selectors: string[]): void {
  requestAnimationFrame(() => {
    for (const selector of selectors) {
      const element = document.querySelector<HTMLElement>(selector);
      if (element) {
        element.focus();
        return;
      }
    }
  });
}

const BUILD_PROBLEMS = 'section[aria-labelledby="step-build"] .problems';
/** What the open file's banner said: its problems or its notice, right under it. */
const START_OUTCOME = 'main > .problems, main > .notice';

export function App() {
  const [boot, setBoot] = useState<SidebarBoot | null>(null);
  const [ui, setUi] = useState<Language>(guessLanguage());
  const [form, setForm] = useState<Form>(() => {
    const local = localChoices();
    return local ? normalizeForm(local) : defaultForm(guessLanguage());
  });
  const [startOpen, setStartOpen] = useState(true);
  const [libraries, setLibraries] = useState<PersonaLibraries>({ user: [], document: null });
  const [loaded, setLoaded] = useState<JourneyDocument | null>(null);
  const [busy, setBusy] = useState<BusyKey | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number; label: string } | null>(null);
  const [feedback, setFeedback] = useState<FeedbackState>(NO_FEEDBACK);
  const [builds, setBuilds] = useState<PersonaBuild[]>([]);
  const [pending, setPending] = useState<{ removals: PendingRemoval[]; personaIds: string[] } | null>(null);
  const [readBack, setReadBack] = useState<ReadBack | null>(null);
  const [readScope, setReadScope] = useState<'all' | 'active'>('all');
  const [team, setTeam] = useState<ListedFile[] | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const t = (key: keyof typeof TEXT) => TEXT[key][ui];

  /** Problems are told with the form's names unless the caller knows better (an imported file). */
  const report = (area: Area, problems: Problem[], notice = '', names: PlaceNames = formPlaceNames(form)) =>
    setFeedback({ area, problems, notice, names });
  const clearFeedback = () => setFeedback(NO_FEEDBACK);

  const start = () => {
    clearFeedback();
    const printed = takePrintedBoot();
    attempt<SidebarBoot>(() => (printed ? Promise.resolve(printed) : callServer('loadSidebar'))).then(
      (result) => {
        if (!result.ok) {
          report('start', result.problems);
          return;
        }
        const value = result.value;
        setUi(value.uiLanguage);
        setLibraries(value.libraries);
        // Forms remembered before custom lanes and stages had ids get the ids their builds used.
        const start = normalizeForm(startingChoices(value.choices, defaultForm(value.uiLanguage)));
        setForm(start);
        if (value.choices || localChoices()) setStartOpen(false);
        setBoot(value);
      },
    );
  };
  // The start-up call runs once, on opening.
  useEffect(start, []);

  // The page's language is the UI's, so Japanese text is drawn with Japanese glyph forms.
  useEffect(() => {
    document.documentElement.lang = ui;
  }, [ui]);

  useEffect(() => {
    if (boot) saveChoices(form);
  }, [form, boot]);

  const disabled = busy !== null || boot === null;
  const hostReady = boot !== null && boot.host !== 'none';

  const run: RunTask = async (key, area, call) => {
    setBusy(key);
    clearFeedback();
    const result = await attempt(call);
    setBusy(null);
    if (result.ok) return result.value;
    report(area, result.problems);
    return undefined;
  };

  /** The document the form describes, or the loaded one while the form still matches it. */
  const currentDocument = (): Result<JourneyDocument> =>
    loaded && formMatchesDocument(form, loaded) ? { ok: true, value: loaded } : composeDocument(form);

  /** What export, Drive and sending work on: the read-back when there is one, else the form. */
  const documentFor = (area: Area): JourneyDocument | undefined => {
    const doc = readBack ? { ok: true as const, value: readBack.document } : currentDocument();
    if (doc.ok) return doc.value;
    report(area, doc.problems);
    return undefined;
  };

  const build = async (confirmRemovals: boolean, onlyPersonaIds?: string[], given?: JourneyDocument) => {
    let doc = given;
    if (!doc) {
      const docResult = currentDocument();
      if (!docResult.ok) {
        report('build', docResult.problems);
        focusOutcome(BUILD_PROBLEMS);
        return;
      }
      doc = docResult.value;
    }
    const journey = doc;
    const targets = journey.personas.filter((p) => !onlyPersonaIds || onlyPersonaIds.includes(p.id));
    setBusy('build');
    clearFeedback();
    setPending(null);
    if (!onlyPersonaIds) setBuilds([]);
    const done: PersonaBuild[] = [];
    const removals: PendingRemoval[][] = [];
    const pendingIds: string[] = [];
    // One run across the calls: a read-back elsewhere answers "busy" until the last one is done.
    const runId = `${Date.now()}.${Math.random()}`;
    // Several personas per server call (one round trip each), the first alone so the bar moves at once.
    for (const batch of buildBatches(targets)) {
      const first = done.length + 1;
      const last = done.length + batch.length;
      setProgress({
        done: done.length,
        total: targets.length,
        label: `${t('building')} ${first === last ? first : `${first}–${last}`} ${t('of')} ${targets.length}: ${batch.map((p) => p.name).join(', ')}`,
      });
      const result = await attempt(() =>
        callServer(
          'buildJourneys',
          journey,
          batch.map((p) => p.id),
          { hints: form.hints, confirmRemovals },
          { id: runId, done: done.length, total: targets.length },
        ),
      );
      if (!result.ok) {
        report('build', result.problems);
        break;
      }
      for (const { personaId, result: built } of result.value.built) {
        const persona = batch.find((p) => p.id === personaId)!;
        done.push({ personaId, personaName: persona.name, result: built });
        setBuilds((previous) => [
          ...previous.filter((b) => b.personaId !== personaId),
          done[done.length - 1]!,
        ]);
        if (built.pendingRemovals.length > 0) {
          removals.push(built.pendingRemovals);
          pendingIds.push(personaId);
        }
      }
      if (result.value.problems) {
        report('build', result.value.problems);
        break;
      }
    }
    setProgress({
      done: done.length,
      total: targets.length,
      label: `${t('built')}: ${done.length}/${targets.length}`,
    });
    if (pendingIds.length > 0) setPending({ removals: mergeRemovals(removals), personaIds: pendingIds });
    setBusy(null);
    focusOutcome(BUILD_PROBLEMS, '#pending-title', '.results');
  };

  const adoptDocument = (doc: JourneyDocument) => {
    setLoaded(doc);
    setForm(formFromDocument(doc, form.hints));
    setStartOpen(false);
  };

  /** A finished example of the chosen framework, in the form: Build shows what a filled map looks like. */
  const trySample = () => {
    clearFeedback();
    const sample = sampleJourney(form.frameworkId, form.language);
    if (!sample.ok) {
      report('template', sample.problems);
      return;
    }
    adoptDocument(sample.value);
    report('template', [], t('sampleLoaded'));
  };

  /** Back to the chosen framework's empty template, without the sample's persona and text. */
  const startEmpty = () => {
    clearFeedback();
    setLoaded(null);
    setForm(chooseFramework({ ...form, personas: [] }, form.frameworkId));
  };

  const read = async () => {
    const result = await run('read', 'build', () => callServer('readJourneys', readScope));
    if (result) setReadBack(result);
    focusOutcome(result ? '#readback-title' : BUILD_PROBLEMS);
  };

  /** A recognised hand-made grid: keyed as it is, or rebuilt in Journey Grid's layout. */
  const adoptGrid = async (doc: JourneyDocument, how: 'keys' | 'layout') => {
    const result = await run('read', 'build', () => callServer('adoptJourneys', doc, how, readScope));
    if (result) {
      setReadBack(result);
      report('build', [], t('adopted'));
    }
    focusOutcome(result ? '#readback-title' : BUILD_PROBLEMS);
  };

  /** The banner's read-back: every journey of the file, straight into the form. */
  const readFile = async (): Promise<JourneyDocument | undefined> => {
    const result = await run('banner', 'start', () => callServer('readJourneys', 'all'));
    // A rebuild that follows moves focus on to the build's own outcome.
    focusOutcome(START_OUTCOME);
    if (!result) return undefined;
    setReadBack(result);
    adoptDocument(result.document);
    report('start', [], t('readBackDone'));
    return result.document;
  };

  const rebuildFile = async () => {
    const doc = await readFile();
    if (doc) await build(false, undefined, doc);
  };

  const exportJson = () => {
    const doc = documentFor('build');
    if (doc) downloadJson(doc);
  };

  const importJson = async (file: File | undefined) => {
    if (!file) return;
    clearFeedback();
    let text: string;
    try {
      text = await readFileText(file);
    } catch (error) {
      report('build', [platformProblem(error)]);
      return;
    }
    const json = checkJsonText(text);
    if (!json.ok) {
      report('build', json.problems);
      focusOutcome(BUILD_PROBLEMS);
      return;
    }
    const result = parseDocumentJson(json.value);
    if (!result.ok) {
      report('build', result.problems, '', filePlaceNames(JSON.parse(json.value)));
      focusOutcome(BUILD_PROBLEMS);
      return;
    }
    adoptDocument(result.value);
    report('build', [], `${t('imported')}: ${result.value.title}`);
  };

  const libraryCall = async (call: () => Promise<Result<PersonaLibraries>>, message: string) => {
    const result = await run('library', 'build', call);
    if (!result) return;
    setLibraries(result);
    if (message) report('build', [], message);
  };

  const showTeam = async () => {
    const result = await run('team', 'template', () => callServer('listTeamTemplates'));
    if (result) setTeam(result);
  };

  const pickTeam = async (file: ListedFile): Promise<boolean> => {
    const template = await run('team', 'template', () => callServer('openTeamTemplate', file.fileId));
    if (!template) return false;
    setLoaded(null);
    setForm(formFromTemplate(template, form.hints));
    setStartOpen(false);
    report('template', [], `${t('teamTemplateUsed')}: ${teamTemplateName(file.name)}`);
    return true;
  };

  const buildLabel = boot?.host === 'slides' ? t('buildInSlides') : t('buildInSheets');
  const feedbackAt = (area: Area) => <Feedback feedback={feedback} area={area} onDismiss={clearFeedback} />;

  return (
    <LanguageContext.Provider value={ui}>
      <main aria-busy={busy !== null}>
        <h1>{t('appTitle')}</h1>
        {!boot && feedback.problems.length === 0 && <p class="secondary">{t('loading')}</p>}
        {!boot && feedback.area === 'start' && feedback.problems.length > 0 && (
          <div class="buttons">
            <button type="button" class="action" onClick={start}>
              {t('retry')}
            </button>
          </div>
        )}
        {boot && !hostReady && <p class="error">{t('noHost')}</p>}
        <FileBanner
          file={boot?.file ?? null}
          disabled={disabled || !hostReady}
          busy={busy}
          onReadBack={readFile}
          onRebuild={rebuildFile}
        />
        {feedbackAt('start')}

        <section aria-labelledby="step-template">
          <h2 id="step-template">{t('stepTemplate')}</h2>
          {loaded && formMatchesDocument(form, loaded) && (
            <p class="notice">
              {t('usingImported')}: <strong>{loaded.title}</strong>
            </p>
          )}
          <TemplateGallery
            key={startOpen ? 'open' : 'folded'}
            frameworkId={form.frameworkId}
            disabled={disabled}
            startOpen={startOpen}
            onChoose={(id) => setForm(chooseFramework(form, id))}
            team={team}
            teamLoading={busy === 'team'}
            onShowTeam={showTeam}
            onPickTeam={pickTeam}
            preview={
              <JourneyPreview form={form} doc={loaded && formMatchesDocument(form, loaded) ? loaded : null} />
            }
          />
          {feedbackAt('template')}
          <label for="template-language">{t('templateLanguage')}</label>
          <select
            id="template-language"
            value={form.language}
            disabled={disabled}
            onChange={(e) => setForm({ ...form, language: e.currentTarget.value as Language })}
          >
            <option value="ja">日本語</option>
            <option value="en">English</option>
          </select>
          <div class="buttons">
            {loaded &&
            formMatchesDocument(form, loaded) &&
            loaded.personas.some((p) => p.id === SAMPLE_PERSONA_ID) ? (
              <button type="button" id="start-empty" disabled={disabled} onClick={startEmpty}>
                {t('startEmpty')}
              </button>
            ) : (
              <button type="button" id="try-sample" disabled={disabled} onClick={trySample}>
                {t('trySample')}
              </button>
            )}
          </div>
          <StageEditor form={form} disabled={disabled} onChange={setForm} />
        </section>

        <section aria-labelledby="step-personas">
          <h2 id="step-personas">{t('stepPersonas')}</h2>
          <PersonaEditor
            personas={form.personas}
            libraries={libraries}
            disabled={disabled}
            onChange={(personas: Persona[]) => setForm({ ...form, personas })}
            onAddFromLibrary={(persona) => setForm(addPersonaFromLibrary(form, persona))}
            onSaveToLibrary={(persona, scope: LibraryScope) =>
              libraryCall(() => callServer('savePersonaToLibrary', persona, scope), t('savedToLibrary'))
            }
            onRemoveFromLibrary={(id, scope) =>
              libraryCall(() => callServer('removePersonaFromLibrary', id, scope), '')
            }
          />
        </section>

        <section aria-labelledby="step-lanes">
          <h2 id="step-lanes">{t('stepLanes')}</h2>
          <LaneEditor form={form} disabled={disabled} onChange={setForm} />
        </section>

        <section aria-labelledby="step-build">
          <h2 id="step-build">{t('stepBuild')}</h2>
          <div class="check">
            <input
              id="hints"
              type="checkbox"
              checked={form.hints}
              disabled={disabled}
              onChange={(e) => setForm({ ...form, hints: e.currentTarget.checked })}
            />
            <label for="hints">{t('hints')}</label>
          </div>
          <div class="buttons">
            <button
              type="button"
              class="action"
              id="build"
              disabled={disabled || !hostReady || form.personas.length === 0}
              onClick={() => build(false)}
            >
              {busy === 'build' ? t('working') : buildLabel}
            </button>
          </div>
          {progress && <Progress {...progress} />}
          {feedbackAt('build')}
          <BuildResults builds={builds} />
          {pending && (
            <PendingRemovals
              removals={pending.removals}
              disabled={disabled}
              onConfirm={() => build(true, pending.personaIds)}
              onKeep={() => setPending(null)}
            />
          )}

          <div class="read-row">
            <label for="read-scope">{t('readScope')}</label>
            <select
              id="read-scope"
              value={readScope}
              disabled={disabled}
              onChange={(e) => setReadScope(e.currentTarget.value === 'active' ? 'active' : 'all')}
            >
              <option value="all">{t('scopeAll')}</option>
              <option value="active">{t('scopeActive')}</option>
            </select>
          </div>
          <div class="buttons">
            <button type="button" id="read-back" disabled={disabled || !hostReady} onClick={read}>
              {busy === 'read' ? t('reading') : t('readBack')}
            </button>
            <button type="button" id="export-json" disabled={disabled} onClick={exportJson}>
              {t('exportJson')}
            </button>
            <button
              type="button"
              id="import-json"
              disabled={disabled}
              onClick={() => fileInput.current?.click()}
            >
              {t('importJson')}
            </button>
            <input
              ref={fileInput}
              id="import-file"
              class="visually-hidden"
              type="file"
              accept=".json,application/json"
              tabIndex={-1}
              aria-label={t('importJson')}
              onChange={(e) => {
                const input = e.currentTarget;
                importJson(input.files?.[0]).finally(() => {
                  input.value = '';
                });
              }}
            />
          </div>
          <SendButton
            host={boot?.host ?? 'none'}
            disabled={disabled}
            busy={busy}
            run={run}
            getDocument={() => documentFor('build')}
            hints={form.hints}
          />
          {readBack?.recognition && (
            <AdoptPanel
              key={readBack.document.title}
              readBack={readBack}
              disabled={disabled}
              onAdopt={adoptGrid}
            />
          )}
          {readBack && (
            <ReadBackView
              readBack={readBack}
              onUse={() => {
                adoptDocument(readBack.document);
              }}
            />
          )}
        </section>

        <section aria-labelledby="step-share">
          <h2 id="step-share">{t('stepShare')}</h2>
          <SharePanel
            form={form}
            disabled={disabled}
            busy={busy}
            run={run}
            getDocument={() => documentFor('share')}
            onOpened={(doc, file) => {
              setReadBack(null);
              adoptDocument(doc);
              report('share', [], `${t('opened')}: ${file.name}`);
            }}
            onTemplateSaved={() => setTeam(null)}
            onAddPersona={(persona) => setForm(addPersonaFromLibrary(form, persona))}
          />
          {feedbackAt('share')}
        </section>

        <section aria-labelledby="step-versions">
          <h2 id="step-versions">{t('stepVersions')}</h2>
          <VersionsPanel
            readBack={readBack?.document ?? null}
            disabled={disabled || !hostReady}
            busy={busy}
            run={run}
          />
          {feedbackAt('versions')}
        </section>
      </main>
    </LanguageContext.Provider>
  );
}
