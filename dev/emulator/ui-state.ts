/**
 * The editor UI as plain state: add-on menus, the open sidebar, a modal dialog and toasts, which tests assert on
 * and the playground renders. The script-facing Ui and Menu objects (ui.ts) write into it.
 */

export type MenuEntry = { kind: 'item'; caption: string; functionName: string } | { kind: 'separator' };

export interface MenuState {
  /** The add-on menu sits under Extensions with the add-on's name. */
  kind: 'addon' | 'menu';
  title: string;
  entries: MenuEntry[];
}

export interface SidebarState {
  title: string;
  html: string;
}

/** A modal dialog (Ui.showModalDialog): at most one open, as with sidebars. */
export interface DialogState {
  title: string;
  html: string;
  width: number;
  height: number;
}

export interface ToastState {
  message: string;
  title: string;
  timeoutSeconds: number;
}

export class UiState {
  /** Menus currently in the UI, in the order added; the add-on menu appears once at most. */
  menus: MenuState[] = [];
  sidebar: SidebarState | null = null;
  /** Every sidebar shown, oldest first. */
  sidebarHistory: SidebarState[] = [];
  toasts: ToastState[] = [];
  /** The open modal dialog; closed by google.script.host.close() (the playground clears it). */
  dialog: DialogState | null = null;

  get addonMenu(): MenuState | null {
    return this.menus.find((m) => m.kind === 'addon') ?? null;
  }

  reset(): void {
    this.menus = [];
    this.sidebar = null;
    this.sidebarHistory = [];
    this.toasts = [];
    this.dialog = null;
  }
}
