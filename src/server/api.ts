/**
 * Every function the sidebar may call, in one barrel: src/index.ts exposes these as top-level
 * Apps Script functions, and sidebar/rpc.ts derives its typed client from this module's types
 * (which does not compile while any function here takes or returns what google.script.run cannot
 * carry: sidebar/jsonify.ts). Add a module of RPCs here and both sides see it.
 */
export * from './rpc';
export * from './rpc-adopt';
export * from './rpc-drive';
export * from './rpc-picker';
export * from './rpc-sidebar';
export * from './rpc-slides';
