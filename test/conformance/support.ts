/** One emulator run of the whole kit, shared by the conformance suites of a file. */
import { type ConformanceRun, runScenarios } from '../../dev/conformance';
import { emulatorServices } from '../../dev/conformance/emulator-env';
import { createEmulator } from '../../dev/emulator';

export function emulatorRun(): ConformanceRun & {
  trashed: string[];
  services: ReturnType<typeof emulatorServices>;
} {
  const services = emulatorServices(createEmulator());
  return {
    services,
    kit: 1,
    platform: 'emulator',
    startedAt: new Date().toISOString(),
    ...runScenarios(services),
    trashed: services.trashed,
  };
}
