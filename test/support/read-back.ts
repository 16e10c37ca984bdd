/**
 * What a read-back holds for the user: the journeys, findings and summary, without its `direct`
 * marker (whether that read could take the REST fast path), which differs between two reads of
 * the same journeys through different paths or files by design.
 */
export function readContent<T>(read: T): T {
  if (typeof read !== 'object' || read === null) return read;
  const outer = read as Record<string, unknown>;
  // A Result<ReadBack>: the marker sits in its value.
  if ('ok' in outer && typeof outer.value === 'object' && outer.value !== null)
    return { ...outer, value: readContent(outer.value) } as T;
  const { direct: _direct, ...content } = outer;
  return content as T;
}
