import { normalizeWidth } from "./text";

/** A run of text that belongs to one or more sub-items, or to none (the text before the first marker). */
export interface SubItemSegment {
  /** Sub-item numbers this text is for (`(2)(3)` → [2, 3], `(1)～(3)` → [1, 2, 3]); null before any marker. */
  readonly subItems: readonly number[] | null;
  /** The text, width-normalised and trimmed, without its markers. */
  readonly text: string;
}

// (n), optionally a range (n)～(m); NFKC has already turned （１） into (1).
const MARKER = /\((\d{1,2})\)(?:\s*[～-]\s*\((\d{1,2})\))?/g;
// What may stand between markers of one group: `(2)(3)`, `(2)、(3)`, `(2)・(3)`, `(2) (3)`.
const GROUP_GAP = /^[\s、,・]*$/;

/**
 * Splits a cell's text at its sub-item markers. Markers next to each other form one group.
 * @example splitBySubItem("(1)5月、1月 (2)(3)年度内")
 * // [{ subItems: [1], text: "5月、1月" }, { subItems: [2, 3], text: "年度内" }]
 */
export function splitBySubItem(input: string): SubItemSegment[] {
  const text = normalizeWidth(input);
  const segments: SubItemSegment[] = [];
  let group: number[] | null = null;
  let textStart = 0;
  let lastMarkerEnd = -1;
  let pendingPreamble = true;

  const flush = (end: number): void => {
    const body = text.slice(textStart, end).trim();
    if (group === null) {
      if (body !== "") segments.push({ subItems: null, text: body });
    } else {
      segments.push({ subItems: group, text: body });
    }
  };

  for (const match of text.matchAll(MARKER)) {
    const at = match.index ?? 0;
    const first = Number(match[1]);
    const last = match[2] === undefined ? first : Number(match[2]);
    const numbers = range(first, last);
    const joinsGroup = group !== null && lastMarkerEnd >= 0 && GROUP_GAP.test(text.slice(lastMarkerEnd, at));
    if (joinsGroup && group !== null) {
      group = [...group, ...numbers];
    } else {
      if (pendingPreamble || group !== null) flush(at);
      pendingPreamble = false;
      group = numbers;
    }
    lastMarkerEnd = at + match[0].length;
    textStart = lastMarkerEnd;
  }
  flush(text.length);
  return segments;
}

function range(first: number, last: number): number[] {
  if (last <= first) return [first];
  const numbers: number[] = [];
  for (let n = first; n <= last; n++) numbers.push(n);
  return numbers;
}

/**
 * The sub-item numbers a text mentions with `(n)` markers, including every number inside `(1)～(3)`.
 * @example mentionedSubItems("(1)～(3) 第五次大綱の策定について") // [1, 2, 3]
 */
export function mentionedSubItems(text: string): number[] {
  const found = new Set<number>();
  for (const segment of splitBySubItem(text)) for (const n of segment.subItems ?? []) found.add(n);
  return [...found].sort((a, b) => a - b);
}
