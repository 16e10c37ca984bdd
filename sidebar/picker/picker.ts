/**
 * The Google Picker dialog (dist/Picker.html, opened by the server's showPicker with
 * Ui.showModalDialog): shows Picker over the user's Drive, "Shared with me" and shared drives,
 * filtered to one kind of Journey Grid file, and reports the pick to the server (pickerPicked /
 * pickerCancelled), which the sidebar polls. For the one-time grant of direct access (kind
 * 'direct') it shows the open file instead, and reports with directPicked. A separate small page, so the sidebar bundle does not
 * carry it. Every Picker name used here is from Google's reference:
 * https://developers.google.com/workspace/drive/picker/reference/picker.pickerbuilder and
 * https://developers.google.com/workspace/drive/picker/reference/picker.docsview.
 */
import type { PickerConfig } from '../../src/server/rpc-picker';

/** The slice of google.picker this page uses. */
interface DocsView {
  setMimeTypes(types: string): DocsView;
  setFileIds(ids: string): DocsView;
  setOwnedByMe(me: boolean): DocsView;
  setEnableDrives(enabled: boolean): DocsView;
}
interface PickerBuilder {
  setOAuthToken(token: string): PickerBuilder;
  setDeveloperKey(key: string): PickerBuilder;
  setAppId(id: string): PickerBuilder;
  setOrigin(origin: string): PickerBuilder;
  setLocale(locale: string): PickerBuilder;
  setTitle(title: string): PickerBuilder;
  setSelectableMimeTypes(types: string): PickerBuilder;
  enableFeature(feature: string): PickerBuilder;
  addView(view: DocsView): PickerBuilder;
  setCallback(callback: (data: Record<string, unknown>) => void): PickerBuilder;
  build(): { setVisible(visible: boolean): void };
}
interface PickerNamespace {
  PickerBuilder: new () => PickerBuilder;
  DocsView: new (viewId?: string) => DocsView;
  ViewId: { DOCS: string };
  Feature: { SUPPORT_DRIVES: string; MULTISELECT_ENABLED: string };
  Action: { PICKED: string; CANCEL: string; ERROR: string };
  Response: { ACTION: string; DOCUMENTS: string };
  Document: { ID: string; NAME: string };
}

declare global {
  interface Window {
    gapi?: { load(name: string, options: { callback: () => void; onerror?: () => void }): void };
    journeyGridPickerLoaded: () => void;
    journeyGridPickerFailed: () => void;
  }
}

interface Runner {
  withSuccessHandler(fn: () => void): Runner;
  withFailureHandler(fn: (error: Error) => void): Runner;
  [name: string]: unknown;
}
const scriptHost = () =>
  (window as unknown as { google: { script: { run: Runner; host: { close(): void; origin?: string } } } })
    .google.script;

const TEXT = {
  ja: {
    loading: 'Google ピッカーを読み込んでいます…',
    failed:
      'Google ピッカーを読み込めませんでした（ネットワーク、または apis.google.com がブロックされています）。閉じてからもう一度お試しください。',
    saving: '選んだファイルを確認しています…',
    error: 'Google ピッカーでエラーが発生しました。閉じてからもう一度お試しください。',
    title: {
      document: 'ジャーニー（.journey.json）を選ぶ',
      template: 'チームテンプレート（.journey-template.json）を選ぶ',
      personas: 'ペルソナライブラリ（.personas.json）を選ぶ',
      direct: 'このファイルを選んで、Journey Grid が直接開けるようにする',
    },
    close: '閉じる',
  },
  en: {
    loading: 'Loading Google Picker…',
    failed:
      'Google Picker could not load (the network, or apis.google.com is blocked). Close this and try again.',
    saving: 'Checking the chosen files…',
    error: 'Google Picker ran into an error. Close this and try again.',
    title: {
      document: 'Choose a journey (.journey.json)',
      template: 'Choose a team template (.journey-template.json)',
      personas: 'Choose a persona library (.personas.json)',
      direct: 'Choose this file to let Journey Grid open it directly',
    },
    close: 'Close',
  },
};

const config = JSON.parse(document.getElementById('picker-config')?.textContent ?? '{}') as PickerConfig;
const text = TEXT[config.language === 'ja' ? 'ja' : 'en'];
const status = document.getElementById('status') as HTMLElement;
const closeButton = document.getElementById('close') as HTMLButtonElement;
status.textContent = text.loading;
closeButton.textContent = text.close;

function showError(message: string): void {
  status.textContent = message;
  status.className = 'error';
  closeButton.hidden = false;
}

closeButton.onclick = () => report('pickerCancelled', config.ticket);

/** Tells the server, then closes; the sidebar picks the outcome up from the server. */
function report(name: string, ...args: unknown[]): void {
  const run = scriptHost()
    .run.withSuccessHandler(() => scriptHost().host.close())
    .withFailureHandler((error) => showError(error.message));
  (run[name] as (...a: unknown[]) => void)(...args);
}

function open(picker: PickerNamespace): void {
  // For our files, three views of the same filter: the user's own files, "Shared with me" (setOwnedByMe(false):
  // "Filters the documents based on whether they are owned by the user, or shared with the
  // user"), and shared drives (setEnableDrives(true), with Feature.SUPPORT_DRIVES below).
  // setMimeTypes keeps to JSON files (for 'direct', to the host's type). No search is pre-filled with our name suffix: Drive matches
  // name terms by prefix ("name contains 'Hello'" finds "HelloWorld", 'World' does not:
  // https://developers.google.com/drive/api/guides/ref-search-terms), so a suffix could empty the
  // list. A picked file of another kind is refused by the server, by name, in the user's language.
  const view = () => new picker.DocsView(picker.ViewId.DOCS).setMimeTypes(config.mimeTypes);
  const direct = config.kind === 'direct';
  const builder = new picker.PickerBuilder()
    // The user's token from ScriptApp.getOAuthToken(): Picker asks for no sign-in of its own.
    .setOAuthToken(config.token)
    .setDeveloperKey(config.developerKey)
    // The Cloud project number: a file picked here is then open to the add-on under drive.file
    // (https://developers.google.com/workspace/drive/picker/reference/picker.pickerbuilder.setappid).
    .setAppId(config.appId)
    // The dialog is an iframe inside docs.google.com: "The origin should be set to the … top-most
    // page, if your application is running in an iframe" (…/picker.pickerbuilder.setorigin).
    .setOrigin(scriptHost().host.origin ?? window.location.origin)
    .setLocale(config.language)
    .setTitle(text.title[config.kind])
    .setSelectableMimeTypes(config.mimeTypes)
    .enableFeature(picker.Feature.SUPPORT_DRIVES);
  if (direct) {
    // The open file alone: setFileIds "Sets the file IDs included in the view" (…/picker.docsview.setfileids);
    // Picker documents no way to pre-select a file. Should that view come up empty ("If you include
    // the file ID of a file that the user doesn't have access to, the file is excluded"), the second
    // lists the host's files, and the server names the file to pick if another one is chosen.
    builder.addView(view().setFileIds(config.fileIds ?? '')).addView(view());
  } else {
    builder
      .enableFeature(picker.Feature.MULTISELECT_ENABLED)
      .addView(view().setOwnedByMe(true))
      .addView(view().setOwnedByMe(false))
      .addView(view().setEnableDrives(true));
  }
  builder
    .setCallback((data) => {
      const action = data[picker.Response.ACTION];
      if (action === picker.Action.PICKED) {
        status.textContent = text.saving;
        const docs = (data[picker.Response.DOCUMENTS] as Record<string, unknown>[]) ?? [];
        if (direct) {
          const doc = docs[0] ?? {};
          return report(
            'directPicked',
            config.ticket,
            String(doc[picker.Document.ID] ?? ''),
            String(doc[picker.Document.NAME] ?? ''),
          );
        }
        report(
          'pickerPicked',
          config.ticket,
          config.kind,
          docs.map((d) => String(d[picker.Document.ID])),
        );
      } else if (action === picker.Action.CANCEL) {
        report('pickerCancelled', config.ticket);
      } else if (action === picker.Action.ERROR) {
        // "The Google Picker dialog has encountered an error" (…/picker.action): say so and let
        // Close end the sidebar's wait, instead of a dialog that never answers.
        showError(text.error);
      }
    })
    .build()
    .setVisible(true);
}

window.journeyGridPickerLoaded = () => {
  const gapi = window.gapi;
  if (!gapi) return showError(text.failed);
  gapi.load('picker', {
    callback: () => {
      const picker = (window as unknown as { google: { picker?: PickerNamespace } }).google.picker;
      if (picker) open(picker);
      else showError(text.failed);
    },
    onerror: () => showError(text.failed),
  });
};
window.journeyGridPickerFailed = () => showError(text.failed);
