/**
 * Any JSON value, as a type: what the server keeps for the sidebar without knowing its shape
 * (the remembered form) and what google.script.run carries unchanged.
 */
export type JsonValue = string | number | boolean | null | JsonValue[] | JsonObject;

export interface JsonObject {
  [key: string]: JsonValue;
}
