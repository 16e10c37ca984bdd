/**
 * The Advanced Slides and Sheets services as the emulator and the tests use them: what src/ calls
 * (src/hosts/rest-services.ts: create, batchUpdate and get with a partial response) is all they use
 * too, so this only re-exports it, keeping one place for the emulator to import from.
 */
export type * from '../../src/hosts/rest-services';
