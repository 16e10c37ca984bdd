/**
 * The playground's stand-in for Google Picker, loaded in place of https://apis.google.com/js/api.js
 * by the real dist/Picker.html. It offers the same names the page calls (gapi.load('picker'),
 * google.picker.PickerBuilder, DocsView, ViewId, Feature, Action, Response, Document: Google's
 * reference, https://developers.google.com/workspace/drive/picker/reference/picker.pickerbuilder)
 * and draws a small file list of the emulated Drive: the user's files, "Shared with me" and shared
 * drives (none are emulated), filtered as the views ask (MIME types, the search query on the
 * name, the file ids of `setFileIds`); the user's spreadsheets and decks are there too, as in
 * Google's Picker. Choosing files tells the playground (which grants drive.file access, as a pick with the
 * project's app id does) and calls the page's callback with Google's response shape.
 *
 * What the page configured is kept on `window.fakePicker`, so browser tests can check it.
 */

import type { PickerFile } from '../session';

interface ViewSettings {
  viewId: string;
  mimeTypes: string[];
  query: string;
  ownedByMe?: boolean;
  enableDrives: boolean;
  /** setFileIds: only these files ("Sets the file IDs included in the view"). */
  fileIds?: string[];
}

interface BuilderSettings {
  token?: string;
  developerKey?: string;
  appId?: string;
  origin?: string;
  locale?: string;
  title?: string;
  selectableMimeTypes?: string[];
  features: string[];
  views: ViewSettings[];
}

const ACTION = { PICKED: 'picked', CANCEL: 'cancel', ERROR: 'error' };

class DocsView {
  readonly settings: ViewSettings;
  constructor(viewId = 'all') {
    this.settings = { viewId, mimeTypes: [], query: '', enableDrives: false };
  }
  setMimeTypes(types: string) {
    this.settings.mimeTypes = types.split(',').map((t) => t.trim());
    return this;
  }
  setQuery(query: string) {
    this.settings.query = query;
    return this;
  }
  setOwnedByMe(me: boolean) {
    this.settings.ownedByMe = me;
    return this;
  }
  setEnableDrives(enabled: boolean) {
    this.settings.enableDrives = enabled;
    return this;
  }
  setFileIds(ids: string) {
    // "Calls to this function override previous calls to setEnableDrives or setParent."
    this.settings.fileIds = ids.split(',').map((id) => id.trim());
    this.settings.enableDrives = false;
    return this;
  }
}

function label(view: ViewSettings): string {
  if (view.fileIds) return 'Suggested';
  if (view.enableDrives) return 'Shared drives';
  if (view.ownedByMe === false) return 'Shared with me';
  return 'My Drive';
}

function shows(view: ViewSettings, file: PickerFile, selectable: string[]): boolean {
  // No shared drive is emulated: that view is empty.
  if (view.enableDrives) return false;
  if (view.fileIds && !view.fileIds.includes(file.id)) return false;
  if (view.ownedByMe !== undefined && file.ownedByMe !== view.ownedByMe) return false;
  const types = selectable.length > 0 ? selectable : view.mimeTypes;
  if (types.length > 0 && !types.includes(file.mimeType)) return false;
  // Drive matches a name term by prefix (https://developers.google.com/drive/api/guides/ref-search-terms:
  // "name contains 'Hello'" finds "HelloWorld", 'World' does not): here, a word of the name must
  // start with the query, so a page that searched for a suffix would see an empty list.
  const query = view.query.toLowerCase();
  return (
    query === '' ||
    file.name
      .toLowerCase()
      .split(/\s+/)
      .some((word) => word.startsWith(query))
  );
}

class PickerBuilder {
  private readonly s: BuilderSettings = { features: [], views: [] };
  private callback: (data: Record<string, unknown>) => void = () => {};
  setOAuthToken(token: string) {
    this.s.token = token;
    return this;
  }
  setDeveloperKey(key: string) {
    this.s.developerKey = key;
    return this;
  }
  setAppId(id: string) {
    this.s.appId = id;
    return this;
  }
  setOrigin(origin: string) {
    this.s.origin = origin;
    return this;
  }
  setLocale(locale: string) {
    this.s.locale = locale;
    return this;
  }
  setTitle(title: string) {
    this.s.title = title;
    return this;
  }
  setSelectableMimeTypes(types: string) {
    this.s.selectableMimeTypes = types.split(',').map((t) => t.trim());
    return this;
  }
  enableFeature(feature: string) {
    this.s.features.push(feature);
    return this;
  }
  addView(view: DocsView) {
    this.s.views.push(view.settings);
    return this;
  }
  setCallback(callback: (data: Record<string, unknown>) => void) {
    this.callback = callback;
    return this;
  }
  build() {
    const settings = this.s;
    const callback = this.callback;
    (window as unknown as { fakePicker: BuilderSettings }).fakePicker = settings;
    return { setVisible: (visible: boolean) => visible && draw(settings, callback) };
  }
}

async function draw(s: BuilderSettings, callback: (data: Record<string, unknown>) => void): Promise<void> {
  const files = (await (await fetch('/api/picker/files')).json()) as PickerFile[];
  const root = document.createElement('div');
  root.className = 'fake-picker';
  root.setAttribute('role', 'dialog');
  root.setAttribute('aria-label', s.title ?? 'Google Picker');
  document.body.replaceChildren(root);
  const title = document.createElement('h2');
  title.textContent = `${s.title ?? ''} (Google Picker, emulated)`;
  const tabs = document.createElement('div');
  tabs.className = 'fake-picker-tabs';
  const list = document.createElement('ul');
  list.className = 'fake-picker-files';
  const chosen = new Set<string>();
  const select = document.createElement('button');
  select.type = 'button';
  select.id = 'fake-picker-select';
  select.textContent = 'Select';
  select.disabled = true;
  const cancel = document.createElement('button');
  cancel.type = 'button';
  cancel.id = 'fake-picker-cancel';
  cancel.textContent = 'Cancel';
  const show = (view: ViewSettings) => {
    list.replaceChildren();
    for (const file of files.filter((f) => shows(view, f, s.selectableMimeTypes ?? []))) {
      const item = document.createElement('li');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.id = `pick-${file.id}`;
      box.checked = chosen.has(file.id);
      box.onchange = () => {
        if (box.checked) chosen.add(file.id);
        else chosen.delete(file.id);
        select.disabled = chosen.size === 0;
      };
      const text = document.createElement('label');
      text.htmlFor = box.id;
      text.textContent = `${file.name}${file.ownedByMe ? '' : ` — ${file.owner}`}${file.canEdit ? '' : ' (view only)'}`;
      item.append(box, text);
      list.append(item);
    }
    if (!list.firstChild) list.textContent = 'No files.';
  };
  s.views.forEach((view, i) => {
    const tab = document.createElement('button');
    tab.type = 'button';
    tab.className = 'fake-picker-tab';
    tab.textContent = label(view);
    tab.onclick = () => show(view);
    tabs.append(tab);
    if (i === 0) show(view);
  });
  select.onclick = async () => {
    const ids = [...chosen];
    await fetch('/api/picker/pick', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ids }),
    });
    const byId = new Map(files.map((f) => [f.id, f]));
    callback({
      action: ACTION.PICKED,
      docs: ids.map((id) => ({ id, name: byId.get(id)?.name, mimeType: byId.get(id)?.mimeType })),
    });
  };
  cancel.onclick = () => callback({ action: ACTION.CANCEL });
  root.append(title, tabs, list, select, cancel);
}

const w = window as unknown as {
  gapi: unknown;
  google: Record<string, unknown>;
};
w.gapi = { load: (_name: string, options: { callback: () => void }) => setTimeout(options.callback, 0) };
w.google = w.google ?? {};
w.google.picker = {
  PickerBuilder,
  DocsView,
  ViewId: { DOCS: 'all' },
  Feature: { SUPPORT_DRIVES: 'sdr', MULTISELECT_ENABLED: 'multiselectEnabled' },
  Action: ACTION,
  Response: { ACTION: 'action', DOCUMENTS: 'docs' },
  Document: { ID: 'id', NAME: 'name' },
};
