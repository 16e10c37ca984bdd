/**
 * The editor UI (SpreadsheetApp.getUi()): add-on menus, the sidebar and toasts, recorded in a
 * plain UiState that tests assert on and the playground renders. Only one sidebar is open at a
 * time (Google's rule), so showing a new one replaces the previous.
 */
import type { EmulatorContext } from './context';
import type { HtmlOutput, Menu, Ui } from './contract';
import { ServiceObject, unwrap } from './expose';
import { HtmlOutputImpl } from './html';
import type { MenuEntry, MenuState } from './ui-state';

export class MenuImpl extends ServiceObject implements Menu {
  private readonly entries: MenuEntry[] = [];

  constructor(
    ctx: EmulatorContext,
    private readonly kind: MenuState['kind'],
    private readonly title: string,
  ) {
    super(ctx, 'Menu');
  }

  addItem(caption: string, functionName: string): this {
    this.entries.push({ kind: 'item', caption: String(caption), functionName: String(functionName) });
    return this;
  }

  addSeparator(): this {
    this.entries.push({ kind: 'separator' });
    return this;
  }

  addToUi(): void {
    const state: MenuState = { kind: this.kind, title: this.title, entries: [...this.entries] };
    const menus = this.ctx.ui.menus;
    const existing = menus.findIndex((m) => m.kind === state.kind && m.title === state.title);
    if (existing >= 0) menus[existing] = state;
    else menus.push(state);
  }
}

export class UiImpl extends ServiceObject implements Ui {
  constructor(ctx: EmulatorContext) {
    super(ctx, 'Ui');
  }

  createAddonMenu(): Menu {
    return new MenuImpl(this.ctx, 'addon', this.ctx.addonName);
  }

  showSidebar(userInterface: HtmlOutput): void {
    const output = unwrap(userInterface);
    const html = output instanceof HtmlOutputImpl ? output.getContent() : String(userInterface.getContent());
    const title = output instanceof HtmlOutputImpl ? output.getTitle() : String(userInterface.getTitle());
    const sidebar = { title, html };
    this.ctx.ui.sidebar = sidebar;
    this.ctx.ui.sidebarHistory.push(sidebar);
  }

  /**
   * "Opens a modal dialog box in the user's editor with custom client-side content. This method
   * does not suspend the server-side script while the dialog is open"
   * (https://developers.google.com/apps-script/reference/base/ui#showModalDialog(Object,String)).
   */
  showModalDialog(userInterface: HtmlOutput, title: string): void {
    const output = unwrap(userInterface);
    const html = output instanceof HtmlOutputImpl ? output.getContent() : String(userInterface.getContent());
    const width = output instanceof HtmlOutputImpl ? output.getWidth() : 600;
    const height = output instanceof HtmlOutputImpl ? output.getHeight() : 425;
    this.ctx.ui.dialog = { title: String(title), html, width, height };
  }
}
