/**
 * A part of a record that the selection should have fetched (statements select only what the query
 * asks for: see selection.ts); its absence is a bug, said loudly.
 */
export function fetched<Value>(value: Value | undefined, part: string): Value {
  if (value === undefined) throw new Error(`${part} was not fetched with its record: the selection that loaded it did not include it`);
  return value;
}
