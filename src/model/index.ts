/** The journey model's public surface: types, problems, validation and loading. */
export * from './migrate';
export * from './problems';
export * from './types';
export { validateDocument } from './validate';
