/**
 * `npm start` (after `npm run build`): the offline playground. Serves the emulated document beside
 * the real dist/Sidebar.html, with google.script.run bridged to dist/Code.js on the emulator, and
 * keeps the session in .playground/state.json between runs.
 *
 * Usage: tsx scripts/start.ts [--port N] [--reset] [--locale ja|en] [--latency MS]
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startPlayground } from '../dev/playground/server';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '5173' },
    reset: { type: 'boolean', default: false },
    locale: { type: 'string' },
    latency: { type: 'string', default: '250' },
    help: { type: 'boolean', default: false },
  },
});

if (values.help) {
  console.log('Usage: npm start -- [--port N] [--reset] [--locale ja|en] [--latency MS]');
  process.exit(0);
}

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be a port number, not "${values.port}"`);
  process.exit(2);
}

const stateFile = join(import.meta.dirname, '..', '.playground', 'state.json');
const playground = await startPlayground({
  port,
  reset: values.reset,
  stateFile,
  // The emulated user's locale decides the sidebar's language: the shell's, unless given.
  locale: values.locale ?? (process.env.LANG?.toLowerCase().startsWith('ja') ? 'ja' : 'en'),
  latencyMs: Number(values.latency) || 0,
  // A teammate's shared template and persona library, to try "Choose a teammate's …".
  teammate: true,
  log: (line) => console.log(line),
});

console.log(`Journey Grid playground: ${playground.url}`);
console.log(`State: ${stateFile}${values.reset ? ' (reset)' : ''}. Press Ctrl+C to stop.`);

const stop = () => {
  playground.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
