/**
 * Splits the requests of a new file into batchUpdate calls small enough for Google. Google
 * refuses a request body over 10 MiB ("Request payload size exceeds the limit: 10485760 bytes.")
 * and the Sheets API advises "a 2 MB maximum payload"
 * (https://developers.google.com/workspace/sheets/api/limits); a large journey is several MB in one
 * batch. Each group (one persona's requests) goes whole into a batch when it fits beside the
 * others, so a batch holds whole personas where it can; a group bigger than the budget is cut
 * between its requests, in order, never inside one.
 */
import { utf8Length } from '../../share/utf8';
import { MAX_BATCH_BYTES } from '../rest-services';

export { MAX_BATCH_BYTES };

/** `{"requests":[` and `]}` around the requests, which are joined by commas. */
const ENVELOPE = utf8Length('{"requests":[]}');

export interface Batch<T> {
  requests: T[];
  /** UTF-8 bytes of `JSON.stringify({ requests })`. */
  bytes: number;
}

export function splitIntoBatches<T>(groups: readonly T[][], maxBytes = MAX_BATCH_BYTES): Batch<T>[] {
  const batches: Batch<T>[] = [];
  let current: Batch<T> = { requests: [], bytes: ENVELOPE };
  const add = (request: T, size: number) => {
    current.bytes += size + (current.requests.length > 0 ? 1 : 0);
    current.requests.push(request);
  };
  const close = () => {
    if (current.requests.length > 0) batches.push(current);
    current = { requests: [], bytes: ENVELOPE };
  };
  for (const group of groups) {
    const sizes = group.map((r) => utf8Length(JSON.stringify(r)));
    const groupBytes = sizes.reduce((a, b) => a + b, 0) + Math.max(0, group.length - 1);
    // The whole group in a fresh batch when it would not fit in the current one but fits alone.
    if (current.bytes + groupBytes + 1 > maxBytes && ENVELOPE + groupBytes <= maxBytes) close();
    group.forEach((request, i) => {
      const size = sizes[i]!;
      if (current.requests.length > 0 && current.bytes + size + 1 > maxBytes) close();
      add(request, size);
    });
  }
  close();
  return batches;
}
