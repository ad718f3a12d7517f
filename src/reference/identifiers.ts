// The forms of IOM's identifiers, shared by the importer (which reads them from pages) and the API
// (which checks them in arguments).
const PROJECT_CODE = /^(?:[A-Z]{2}\.\d{4}|[A-Z][A-Z0-9]{1,3}-\d{3,4})$/;
const PRIMA_ID = /^[A-Z]{2}(?:10|99)P\d{4}$/;

/** IOM project codes: "RT.1130" (two letters, dot, four digits) or "L12-805" / "TE1-805". */
export function isProjectCode(value: string): boolean {
  return PROJECT_CODE.test(value.trim());
}

/** Prima IDs: two letters, 10 (national) or 99 (regional), "P", four digits ("AR99P0518"). */
export function isPrimaId(value: string): boolean {
  return PRIMA_ID.test(value.trim());
}
