/**
 * HtmlService: HTML outputs built from the project's HTML files, which the emulator gets from
 * `createEmulator({ htmlFiles })` (a record or a loader) or `Emulator.registerHtmlFile`.
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

  append(addedContent: string): this {
    this.content += String(addedContent);
    return this;
  }

  getTitle(): string {
    return this.title;
  }

  setTitle(title: string): this {
    this.title = String(title);
    return this;
  }

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

  createHtmlOutput(html?: string): HtmlOutputImpl {
    return new HtmlOutputImpl(this.ctx, html === undefined ? '' : String(html));
  }
}
