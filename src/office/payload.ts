/**
 * How big a request to Excel is. Excel on the web refuses a request or response over 5 MB; the adapter
 * keeps each one under a budget by estimating the JSON it sends and receives.
 */

/** What one request or response may carry: about 4 MB, a safe margin under Excel on the web's 5 MB. */
export const REQUEST_BUDGET_BYTES = 4_000_000;

/**
 * Bytes an action costs beyond its arguments: Office.js sends each call as an action (id, type, name,
 * object reference) plus an object path for what it returns, about 200 bytes of JSON together.
 */
export const ACTION_BYTES = 200;

/**
 * UTF-8 length of a string, counted without encoding it.
 * @example utf8Length("進捗") // 6
 */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * The size of a value sent as JSON.
 * @example jsonBytes([["111 件", 120]]) // 16
 */
export function jsonBytes(value: unknown): number {
  return value === undefined ? 0 : utf8Length(JSON.stringify(value));
}
