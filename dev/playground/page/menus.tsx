/**
 * The menu bar's Edit and Insert menus: the row and column commands of Sheets (Insert → Row above
 * / below, Column left / right; Edit → Delete row / column) on the selected cell, and the same on a
 * slide's table (Slides offers them on a table cell). They let a person try how the add-on's
 * read-back takes a grid someone has reshaped. A menu opens with a click, Enter or Space, walks
 * with the arrow keys and closes with Escape, like the editors' menus.
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { StructureAction } from '../session';

export interface MenuItem {
  action: StructureAction;
  label: string;
}

export function Menu({
  name,
  items,
  disabledReason,
  onChoose,
}: {
  name: string;
  items: readonly MenuItem[];
  /** Why the commands cannot run now (no cell selected); undefined when they can. */
  disabledReason?: string;
  onChoose: (action: StructureAction) => void;
}) {
  const [open, setOpen] = useState(false);
  const list = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const id = `menu-${name.toLowerCase()}`;

  // Focus moves into the menu as soon as it is drawn, so the arrow keys walk it at once.
  useLayoutEffect(() => {
    if (!open) return;
    list.current?.querySelector<HTMLElement>('[role="menuitem"]:not([disabled])')?.focus();
    const away = (e: MouseEvent) => {
      if (!list.current?.parentElement?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', away);
    return () => document.removeEventListener('mousedown', away);
  }, [open]);

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };

  const onKeyDown = (e: KeyboardEvent) => {
    const entries = [...(list.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const at = entries.indexOf(document.activeElement as HTMLElement);
    if (e.key === 'Escape') {
      e.preventDefault();
      close();
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      entries[(at + step + entries.length) % entries.length]?.focus();
    }
  };

  return (
    <span
      class="menu"
      onFocusOut={(e) => {
        // Tabbing out of an open menu closes it, as clicking elsewhere does.
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <button
        ref={button}
        type="button"
        class="menu-title"
        id={`${id}-button`}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
      >
        {name}
      </button>
      {open && (
        <div
          ref={list}
          class="menu-list"
          role="menu"
          id={id}
          aria-labelledby={`${id}-button`}
          onKeyDown={onKeyDown}
        >
          {items.map((item) => (
            <button
              key={item.action}
              type="button"
              role="menuitem"
              data-action={item.action}
              disabled={disabledReason !== undefined}
              title={disabledReason}
              onClick={() => {
                close();
                onChoose(item.action);
              }}
            >
              {item.label}
            </button>
          ))}
          {disabledReason && <p class="menu-note">{disabledReason}</p>}
        </div>
      )}
    </span>
  );
}

export const INSERT_ITEMS: readonly MenuItem[] = [
  { action: 'insert-row-before', label: 'Row above' },
  { action: 'insert-row-after', label: 'Row below' },
  { action: 'insert-column-before', label: 'Column left' },
  { action: 'insert-column-after', label: 'Column right' },
];

export const EDIT_ITEMS: readonly MenuItem[] = [
  { action: 'delete-row', label: 'Delete row' },
  { action: 'delete-column', label: 'Delete column' },
];
