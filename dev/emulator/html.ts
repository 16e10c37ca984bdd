/**
 * HtmlService: HTML outputs built from the project's HTML files, which the emulator gets from
 * `createEmulator({ htmlFiles })` (a record or a loader).
 */
import type { EmulatorContext } from './context';
import type { HtmlOutput, HtmlServiceApi } from './contract';
import { exception, messages } from './errors';
import { ServiceObject } from './expose';

export class HtmlOutputImpl extends ServiceObject implements HtmlOutput {
  private title = '';
  private width = 300;
  private height = 0;

  constructor(
    ctx: EmulatorContext,
    private content: string,
  ) {
    super(ctx, 'HtmlOutput');
  }

  getContent(): string {
    return this.content;
  }

  setContent(content: string): this {
    this.content = String(content);
    return this;
  }

  getTitle(): string {
    return this.title;
  }

  setTitle(title: string): this {
    this.title = String(title);
    return this;
  }

  /** The add-on's Google Picker dialog sets its size (Ui.showModalDialog reads it). */
  setWidth(width: number): this {
    this.width = width;
    return this;
  }

  getWidth(): number {
    return this.width;
  }

  setHeight(height: number): this {
    this.height = height;
    return this;
  }

  getHeight(): number {
    return this.height;
  }
}

/**
 * A template from an HTML file (HtmlService.createTemplateFromFile). Apps Script runs its
 * scriptlets as code with the template's properties in scope
 * (developers.google.com/apps-script/guides/html/templates): `<?= x ?>` prints x escaped for HTML,
 * `<?!= x ?>` prints it as it is, `<? … ?>` runs code. The emulator runs the printing scriptlets of
 * a property name only and refuses any other scriptlet, which the add-on does not write.
 */
export class HtmlTemplateImpl extends ServiceObject {
  [propName: string]: unknown;
  /** Lets scripts assign properties through the proxy (`template.boot = …`), as on a real template. */
  readonly _acceptsProperties = true;
  readonly _vars = new Map<string, unknown>();

  constructor(
    ctx: EmulatorContext,
    private readonly raw: string,
  ) {
    super(ctx, 'HtmlTemplate');
  }

  evaluate(): HtmlOutputImpl {
    const html = this.raw.replace(
      /<\?(!?=)?([\s\S]*?)\?>/g,
      (_match, print: string | undefined, body: string) => {
        const name = body.trim();
        if (!print || !/^[A-Za-z_$][\w$]*$/.test(name))
          throw exception(
            `The emulator only evaluates printing scriptlets of a template property, not: <?${print ?? ''}${body}?>`,
          );
        const value = this._vars.has(name) ? this._vars.get(name) : undefined;
        if (value === undefined) throw exception(`ReferenceError: "${name}" is not defined.`);
        const text = String(value);
        return print === '!=' ? text : escapeHtml(text);
      },
    );
    return new HtmlOutputImpl(this.ctx, html);
  }
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export class HtmlServiceImpl extends ServiceObject implements HtmlServiceApi {
  constructor(ctx: EmulatorContext) {
    super(ctx, 'HtmlService');
  }

  /** Apps Script takes the file name without its `.html` extension; a trailing one is tolerated. */
  createHtmlOutputFromFile(filename: string): HtmlOutputImpl {
    const name = String(filename).replace(/\.html$/, '');
    const html = this.ctx.loadHtml(name);
    if (html === null) throw exception(messages.noHtmlFile(name));
    return new HtmlOutputImpl(this.ctx, html);
  }

  createTemplateFromFile(filename: string): HtmlTemplateImpl {
    const name = String(filename).replace(/\.html$/, '');
    const html = this.ctx.loadHtml(name);
    if (html === null) throw exception(messages.noHtmlFile(name));
    return new HtmlTemplateImpl(this.ctx, html);
  }
}
