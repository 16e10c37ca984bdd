/**
 * The Journey Grid sidebar (first cut): pick a framework and a language, name a persona, and
 * preview the journey model the server makes from them. The full UI grows from here.
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { FRAMEWORKS } from '../src/catalog';
import type { Problem } from '../src/model/problems';
import type { JourneyDocument, Language } from '../src/model/types';
import './styles.css';
import { callServer } from './rpc';

const TEXT = {
  title: { ja: 'カスタマージャーニーを作成', en: 'Create a customer journey' },
  framework: { ja: 'フレームワーク', en: 'Framework' },
  language: { ja: 'テンプレートの言語', en: 'Template language' },
  persona: { ja: 'ペルソナの名前', en: 'Persona name' },
  preview: { ja: 'プレビュー', en: 'Preview' },
  working: { ja: '処理中…', en: 'Working…' },
  stages: { ja: 'ステージ', en: 'Stages' },
  lanes: { ja: 'レーン', en: 'Lanes' },
} as const;

function App() {
  const [ui, setUi] = useState<Language>(navigator.language.startsWith('ja') ? 'ja' : 'en');
  const [frameworkId, setFrameworkId] = useState(FRAMEWORKS[0]?.id ?? '');
  const [language, setLanguage] = useState<Language>(ui);
  const [personaName, setPersonaName] = useState('');
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [doc, setDoc] = useState<JourneyDocument | null>(null);

  useEffect(() => {
    callServer('getStartupData')
      .then((result) => {
        if (result.ok) {
          setUi(result.value.uiLanguage);
          setLanguage(result.value.uiLanguage);
        }
      })
      .catch(() => undefined);
  }, []);

  const preview = async () => {
    setBusy(true);
    setProblems([]);
    try {
      const result = await callServer('previewDocument', frameworkId, [{ name: personaName }], language, {});
      if (result.ok) setDoc(result.value);
      else {
        setDoc(null);
        setProblems(result.problems);
      }
    } catch (error) {
      setProblems([{ path: '', code: 'platform', message: { ja: String(error), en: String(error) } }]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <main>
      <h1>{TEXT.title[ui]}</h1>
      <label for="framework">{TEXT.framework[ui]}</label>
      <select id="framework" value={frameworkId} onChange={(e) => setFrameworkId(e.currentTarget.value)}>
        {FRAMEWORKS.map((f) => (
          <option key={f.id} value={f.id}>
            {f.name[ui]}
          </option>
        ))}
      </select>
      <label for="language">{TEXT.language[ui]}</label>
      <select id="language" value={language} onChange={(e) => setLanguage(e.currentTarget.value as Language)}>
        <option value="ja">日本語</option>
        <option value="en">English</option>
      </select>
      <label for="persona">{TEXT.persona[ui]}</label>
      <input
        id="persona"
        type="text"
        value={personaName}
        onInput={(e) => setPersonaName(e.currentTarget.value)}
      />
      <button type="button" class="action" disabled={busy} onClick={preview}>
        {busy ? TEXT.working[ui] : TEXT.preview[ui]}
      </button>
      {problems.length > 0 && (
        <p class="error" role="alert">
          {problems.map((p) => p.message[ui]).join('\n')}
        </p>
      )}
      {doc && (
        <section>
          <p>
            <strong>{TEXT.stages[ui]}:</strong> {doc.stages.map((s) => s.label).join(' → ')}
          </p>
          <p>
            <strong>{TEXT.lanes[ui]}:</strong> {doc.lanes.map((l) => l.label).join(', ')}
          </p>
          <pre>{JSON.stringify(doc, null, 2)}</pre>
        </section>
      )}
    </main>
  );
}

const root = document.getElementById('app');
if (root) render(<App />, root);
