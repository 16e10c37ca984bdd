/**
 * The sidebar application: loads its start-up data in one call, then walks a beginner through
 * template → personas → lanes → build, and offers read-back, JSON export / import and sending the
 * journey to the other editor. Each user action is one server call (a build is one per persona,
 * which is what moves the progress bar); every control is disabled while work is under way, and
 * every failure is shown as translated problems.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { PendingRemoval } from '../src/hosts/sheets/build';
import { parseDocumentJson } from '../src/model/migrate';
import type { Problem, Result } from '../src/model/problems';
import type { JourneyDocument, Language, Persona } from '../src/model/types';
import type { ReadBack } from '../src/server/rpc';
import type { LibraryScope, PersonaLibraries, SidebarBoot } from '../src/server/rpc-sidebar';
import { BuildResults, mergeRemovals, PendingRemovals, type PersonaBuild } from './components/BuildResults';
import { LaneEditor } from './components/LaneEditor';
import { PersonaEditor } from './components/PersonaEditor';
import { Problems } from './components/Problems';
import { Progress } from './components/Progress';
import { ReadBackView } from './components/ReadBackView';
import { TemplateGallery } from './components/TemplateGallery';
import { downloadJson, readFileText } from './download';
import { guessLanguage, LanguageContext, TEXT } from './i18n';
import { localChoices, rememberSaved, saveChoices } from './persist';
import { callOptional, callServer, hasServerFunction } from './rpc';
import {
  addPersonaFromLibrary,
  chooseFramework,
  composeDocument,
  defaultForm,
  type Form,
  formFromDocument,
  formMatchesDocument,
} from './state';

type Busy = null | 'build' | 'read' | 'send' | 'library';

function platformProblem(error: unknown): Problem {
  const detail = error instanceof Error ? error.message : String(error);
  return {
    path: '',
    code: 'platform',
    message: { ja: `${TEXT.platformError.ja}（${detail}）`, en: `${TEXT.platformError.en} (${detail})` },
  };
}

/** Runs one server call; a thrown platform failure becomes a problem like any other. */
async function attempt<T>(call: () => Promise<Result<T>>): Promise<Result<T>> {
  try {
    return await call();
  } catch (error) {
    return { ok: false, problems: [platformProblem(error)] };
  }
}

export function App() {
  const [boot, setBoot] = useState<SidebarBoot | null>(null);
  const [ui, setUi] = useState<Language>(guessLanguage());
  const [form, setForm] = useState<Form>(() => localChoices() ?? defaultForm(guessLanguage()));
  const [startOpen, setStartOpen] = useState(true);
  const [libraries, setLibraries] = useState<PersonaLibraries>({ user: [], document: null });
  const [loaded, setLoaded] = useState<JourneyDocument | null>(null);
  const [busy, setBusy] = useState<Busy>(null);
  const [progress, setProgress] = useState<{ done: number; total: number; label: string } | null>(null);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [notice, setNotice] = useState('');
  const [builds, setBuilds] = useState<PersonaBuild[]>([]);
  const [pending, setPending] = useState<{ removals: PendingRemoval[]; personaIds: string[] } | null>(null);
  const [readBack, setReadBack] = useState<ReadBack | null>(null);
  const [readScope, setReadScope] = useState<'all' | 'active'>('all');
  const [sentUrl, setSentUrl] = useState('');
  const fileInput = useRef<HTMLInputElement>(null);
  const t = (key: keyof typeof TEXT) => TEXT[key][ui];

  useEffect(() => {
    attempt(() => callServer('loadSidebar')).then((result) => {
      if (!result.ok) {
        setProblems(result.problems);
        return;
      }
      const value = result.value;
      setUi(value.uiLanguage);
      setLibraries(value.libraries);
      rememberSaved(value.choices);
      if (value.choices) {
        setForm(value.choices);
        setStartOpen(false);
      } else if (!localChoices()) {
        setForm(defaultForm(value.uiLanguage));
      }
      setBoot(value);
    });
  }, []);

  useEffect(() => {
    if (boot) saveChoices(form);
  }, [form, boot]);

  const disabled = busy !== null || boot === null;
  const hostReady = boot !== null && boot.host !== 'none';

  /** The document the form describes, or the loaded one while the form still matches it. */
  const currentDocument = (): Result<JourneyDocument> =>
    loaded && formMatchesDocument(form, loaded) ? { ok: true, value: loaded } : composeDocument(form);

  const build = async (confirmRemovals: boolean, onlyPersonaIds?: string[]) => {
    const docResult = currentDocument();
    if (!docResult.ok) {
      setProblems(docResult.problems);
      return;
    }
    const doc = docResult.value;
    const targets = doc.personas.filter((p) => !onlyPersonaIds || onlyPersonaIds.includes(p.id));
    setBusy('build');
    setProblems([]);
    setNotice('');
    setPending(null);
    if (!onlyPersonaIds) setBuilds([]);
    const done: PersonaBuild[] = [];
    const removals: PendingRemoval[][] = [];
    const pendingIds: string[] = [];
    for (const [i, persona] of targets.entries()) {
      setProgress({
        done: i,
        total: targets.length,
        label: `${t('building')} ${i + 1} ${t('of')} ${targets.length}: ${persona.name}`,
      });
      const result = await attempt(() =>
        callServer('buildJourney', doc, persona.id, { hints: form.hints, confirmRemovals }),
      );
      if (!result.ok) {
        setProblems(result.problems);
        break;
      }
      done.push({ personaId: persona.id, personaName: persona.name, result: result.value });
      setBuilds((previous) => [
        ...previous.filter((b) => b.personaId !== persona.id),
        done[done.length - 1]!,
      ]);
      if (result.value.pendingRemovals.length > 0) {
        removals.push(result.value.pendingRemovals);
        pendingIds.push(persona.id);
      }
    }
    setProgress({
      done: done.length,
      total: targets.length,
      label: `${t('built')}: ${done.length}/${targets.length}`,
    });
    if (pendingIds.length > 0) setPending({ removals: mergeRemovals(removals), personaIds: pendingIds });
    setBusy(null);
  };

  const read = async () => {
    setBusy('read');
    setProblems([]);
    setNotice('');
    const result = await attempt(() => callServer('readJourneys', readScope));
    if (result.ok) setReadBack(result.value);
    else setProblems(result.problems);
    setBusy(null);
  };

  const exportJson = () => {
    const doc = readBack ? { ok: true as const, value: readBack.document } : currentDocument();
    if (doc.ok) downloadJson(doc.value);
    else setProblems(doc.problems);
  };

  const importJson = async (file: File | undefined) => {
    if (!file) return;
    setProblems([]);
    setNotice('');
    let text: string;
    try {
      text = await readFileText(file);
    } catch (error) {
      setProblems([platformProblem(error)]);
      return;
    }
    const result = parseDocumentJson(text);
    if (!result.ok) {
      setProblems(result.problems);
      return;
    }
    adoptDocument(result.value);
    setNotice(`${t('imported')}: ${result.value.title}`);
  };

  const adoptDocument = (doc: JourneyDocument) => {
    setLoaded(doc);
    setForm(formFromDocument(doc, form.hints));
    setStartOpen(false);
  };

  const send = async () => {
    const doc = readBack ? { ok: true as const, value: readBack.document } : currentDocument();
    if (!doc.ok) {
      setProblems(doc.problems);
      return;
    }
    setBusy('send');
    setProblems([]);
    setSentUrl('');
    const name = boot?.host === 'slides' ? 'sendToSheets' : 'sendToSlides';
    const result = await attempt(() => callOptional(name, doc.value));
    if (result.ok) setSentUrl(result.value.url);
    else setProblems(result.problems);
    setBusy(null);
  };

  const libraryCall = async (call: () => Promise<Result<PersonaLibraries>>, message: string) => {
    setBusy('library');
    setProblems([]);
    setNotice('');
    const result = await attempt(call);
    if (result.ok) {
      setLibraries(result.value);
      setNotice(message);
    } else setProblems(result.problems);
    setBusy(null);
  };

  const sendName = boot?.host === 'slides' ? 'sendToSheets' : 'sendToSlides';
  const canSend = hostReady && hasServerFunction(sendName);
  const buildLabel = boot?.host === 'slides' ? t('buildInSlides') : t('buildInSheets');

  return (
    <LanguageContext.Provider value={ui}>
      <main aria-busy={busy !== null}>
        <h1>{t('appTitle')}</h1>
        {!boot && problems.length === 0 && <p class="secondary">{t('loading')}</p>}
        {boot && !hostReady && <p class="error">{t('noHost')}</p>}

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
          />
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
          <Problems problems={problems} onDismiss={() => setProblems([])} />
          {notice && (
            <p class="notice" role="status">
              {notice}
            </p>
          )}
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
            {canSend && (
              <button type="button" id="send" disabled={disabled} onClick={send}>
                {busy === 'send' ? t('sending') : t(sendName)}
              </button>
            )}
          </div>
          {sentUrl && (
            <p class="notice">
              <a href={sentUrl} target="_blank" rel="noopener noreferrer">
                {t('openResult')}
              </a>
            </p>
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
      </main>
    </LanguageContext.Provider>
  );
}
