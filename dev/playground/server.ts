/**
 * The playground's HTTP server (Node's http module, nothing else): the editor-like page, the real
 * sidebar with google.script.run bridged to `/rpc`, and a small JSON API the page uses to draw
 * and edit the emulated document. Used by `npm start` (scripts/start.ts) and by the browser tests,
 * which start it in-process on a free port.
 *
 * Routes: GET / (page), GET /page.js, GET /page.css, GET /sidebar, POST /rpc, GET /api/view,
 * POST /api/edit, /api/edit-slide, /api/structure, /api/structure-slide, /api/activate, /api/open,
 * /api/open-file, /api/reset; the modal dialog (the Picker): GET /dialog, GET /fake-picker.js,
 * GET /api/picker/files, POST /api/picker/pick, POST /api/dialog/close.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import * as esbuild from 'esbuild';
import { DIST } from '../bundle';
import { UserEditRejected } from '../emulator';
import { dialogWithBridge, sidebarWithBridge } from './bridge';
import {
  type DocumentKind,
  PlaygroundSession,
  type PlaygroundState,
  STRUCTURE_ACTIONS,
  type StructureAction,
} from './session';

export interface PlaygroundOptions {
  /** 0 picks a free port. */
  port?: number;
  host?: string;
  /** Where the session is kept between runs; none keeps it in memory only. */
  stateFile?: string;
  /** Start from empty documents, ignoring (and overwriting) the saved state. */
  reset?: boolean;
  /** The emulated user's locale; a saved state keeps its own. Default "en". */
  locale?: string;
  /** Put a teammate's shared files in the emulated Drive (teammate.ts). */
  teammate?: boolean;
  /** Delay before each RPC answer, like google.script.run's round trip. Default 0. */
  latencyMs?: number;
  log?: (line: string) => void;
}

export interface Playground {
  url: string;
  session(): PlaygroundSession;
  close(): Promise<void>;
}

const PAGE_DIR = join(import.meta.dirname, 'page');

/** The fake Google Picker the dialog loads instead of apis.google.com's. */
async function bundleFakePicker(): Promise<string> {
  const result = await esbuild.build({
    entryPoints: [join(PAGE_DIR, 'fake-picker.ts')],
    bundle: true,
    format: 'iife',
    target: 'es2020',
    write: false,
    logLevel: 'warning',
  });
  return result.outputFiles[0]?.text ?? '';
}

function readOptional(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

async function bundlePage(): Promise<{ js: string; css: string }> {
  const result = await esbuild.build({
    entryPoints: [join(PAGE_DIR, 'main.tsx')],
    bundle: true,
    format: 'iife',
    target: 'es2020',
    minify: true,
    jsx: 'automatic',
    jsxImportSource: 'preact',
    write: false,
    outdir: 'out',
    logLevel: 'warning',
  });
  return {
    js: result.outputFiles.find((f) => f.path.endsWith('.js'))?.text ?? '',
    css: result.outputFiles.find((f) => f.path.endsWith('.css'))?.text ?? '',
  };
}

function readState(file: string | undefined): PlaygroundState | null {
  if (!file) return null;
  try {
    const state = JSON.parse(readFileSync(file, 'utf8')) as PlaygroundState;
    return state.version === 1 && Array.isArray(state.events) ? state : null;
  } catch {
    return null;
  }
}

async function body(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  const parsed: unknown = text ? JSON.parse(text) : {};
  return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
}

function send(res: ServerResponse, status: number, type: string, content: string): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(content);
}

function json(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));
}

function structureAction(value: unknown): StructureAction {
  const action = STRUCTURE_ACTIONS.find((a) => a === value);
  if (!action) throw new Error(`Unknown row or column command: ${String(value)}`);
  return action;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export async function startPlayground(options: PlaygroundOptions = {}): Promise<Playground> {
  const log = options.log ?? (() => {});
  const code = readFileSync(join(DIST, 'Code.js'), 'utf8');
  const sidebarHtml = readFileSync(join(DIST, 'Sidebar.html'), 'utf8');
  const pickerHtml = readOptional(join(DIST, 'Picker.html'));
  const [page, fakePicker] = await Promise.all([bundlePage(), bundleFakePicker()]);
  const saved = options.reset ? null : readState(options.stateFile);
  // A --locale given now wins over the one the saved session was started with.
  const locale = options.locale ?? saved?.locale ?? 'en';

  const persist = () => {
    if (!options.stateFile) return;
    mkdirSync(dirname(options.stateFile), { recursive: true });
    writeFileSync(options.stateFile, `${JSON.stringify(current.state(), null, 1)}\n`);
  };
  const fresh = () =>
    new PlaygroundSession(
      { locale, sidebarHtml, code, pickerHtml, teammate: options.teammate },
      () => replaying || persist(),
    );
  let replaying = true;
  let current = fresh();
  if (saved) {
    const failed = current.replay(saved.events);
    log(
      `Restored ${saved.events.length - failed} saved steps${failed ? ` (${failed} could not be replayed)` : ''}.`,
    );
  }
  replaying = false;
  persist();

  const html = readFileSync(join(PAGE_DIR, 'index.html'), 'utf8');

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const route = `${req.method} ${url.pathname}`;
    switch (route) {
      case 'GET /':
        return send(res, 200, 'text/html; charset=utf-8', html);
      case 'GET /page.js':
        return send(res, 200, 'text/javascript; charset=utf-8', page.js);
      case 'GET /page.css':
        return send(res, 200, 'text/css; charset=utf-8', page.css);
      case 'GET /sidebar':
        return send(
          res,
          200,
          'text/html; charset=utf-8',
          sidebarWithBridge(current.sidebarHtml(), current.functions),
        );
      case 'GET /dialog': {
        const dialog = current.dialogHtml();
        if (dialog === null) return send(res, 404, 'text/plain', 'No dialog is open');
        return send(res, 200, 'text/html; charset=utf-8', dialogWithBridge(dialog, current.functions));
      }
      case 'GET /fake-picker.js':
        return send(res, 200, 'text/javascript; charset=utf-8', fakePicker);
      case 'GET /api/picker/files':
        return json(res, 200, [...current.pickerFiles(), ...current.pickerDocuments()]);
      case 'POST /api/picker/pick': {
        const { ids } = await body(req);
        current.pick(Array.isArray(ids) ? ids.map(String) : []);
        return json(res, 200, { ok: true });
      }
      case 'POST /api/dialog/close':
        current.closeDialog();
        return json(res, 200, { ok: true });
      case 'GET /api/view':
        return json(res, 200, current.view());
      case 'POST /rpc': {
        const { name, args } = await body(req);
        if (options.latencyMs) await new Promise((r) => setTimeout(r, options.latencyMs));
        try {
          const value = current.rpc(String(name), Array.isArray(args) ? args : []);
          return json(res, 200, value === undefined ? {} : { value });
        } catch (error) {
          // What google.script.run hands the failure handler: the exception's message.
          return json(res, 200, { error: errorText(error) });
        }
      }
      case 'POST /api/edit': {
        const { sheet, a1, text } = await body(req);
        try {
          current.edit(String(sheet), String(a1), String(text ?? ''));
          return json(res, 200, { ok: true });
        } catch (error) {
          const status = error instanceof UserEditRejected ? 409 : 400;
          return json(res, status, { ok: false, error: errorText(error) });
        }
      }
      case 'POST /api/edit-slide': {
        const { table, row, column, text } = await body(req);
        try {
          current.editSlideCell(String(table), Number(row), Number(column), String(text ?? ''));
          return json(res, 200, { ok: true });
        } catch (error) {
          const status = error instanceof UserEditRejected ? 409 : 400;
          return json(res, status, { ok: false, error: errorText(error) });
        }
      }
      case 'POST /api/structure':
      case 'POST /api/structure-slide': {
        const { action, sheet, table, row, column } = await body(req);
        try {
          if (route === 'POST /api/structure')
            current.changeSheetStructure(structureAction(action), String(sheet), Number(row), Number(column));
          else current.changeSlideTable(structureAction(action), String(table), Number(row), Number(column));
          return json(res, 200, { ok: true });
        } catch (error) {
          const status = error instanceof UserEditRejected ? 409 : 400;
          return json(res, status, { ok: false, error: errorText(error) });
        }
      }
      case 'POST /api/open-file': {
        const { id } = await body(req);
        const opened = current.openFile(String(id));
        return json(
          res,
          opened ? 200 : 404,
          opened ? { ok: true } : { ok: false, error: `No file ${String(id)}` },
        );
      }
      case 'POST /api/activate': {
        const { sheet } = await body(req);
        current.activateSheet(String(sheet));
        return json(res, 200, { ok: true });
      }
      case 'POST /api/open': {
        const { kind } = await body(req);
        current.open(kind === 'slides' ? 'slides' : ('sheets' satisfies DocumentKind));
        return json(res, 200, { ok: true });
      }
      case 'POST /api/reset':
        current = fresh();
        persist();
        return json(res, 200, { ok: true });
      default:
        return send(res, 404, 'text/plain', 'Not found');
    }
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      log(`Request failed: ${errorText(error)}`);
      if (!res.headersSent) json(res, 500, { ok: false, error: errorText(error) });
    });
  });
  await new Promise<void>((resolve) =>
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve),
  );
  const address = server.address() as AddressInfo;
  return {
    url: `http://${options.host ?? '127.0.0.1'}:${address.port}/`,
    session: () => current,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
