import { normalizeWidth } from "./text";

/** A run of text that belongs to one or more sub-items, or to none (the text before the first marker). */
export interface SubItemSegment {
  /** Sub-item numbers this text is for (`(2)(3)` → [2, 3], `(1)～(3)` → [1, 2, 3]); null before any marker. */
  readonly subItems: readonly number[] | null;
  /** The text, width-normalised and trimmed, without its markers. */
  readonly text: string;
}

// (n), optionally a range (n)～(m); NFKC has already turned （１） into (1). A sub-item number has one or two
// digits, so a range names at most 100 sub-items ((0)～(99)) and a cell at most 100 different ones: a number
// of three digits or more in brackets, `(2025)`, is not a marker. Each group keeps a number once, so a
// cell of 32,767 characters of `(1)～(99)` costs 100 entries, not 400,000.
const MARKER = /\((\d{1,2})\)(?:\s*[～-]\s*\((\d{1,2})\))?/g;
// What may stand between markers of one group: `(2)(3)`, `(2)、(3)`, `(2)・(3)`, `(2) (3)`.
const GROUP_GAP = /^[\s、,・]*$/;
/** Sub-item numbers run from 0 to 99 (two digits). */
const SUB_ITEM_NUMBERS = 100;

/**
 * Splits a cell's text at its sub-item markers. Markers next to each other form one group, which lists
 * each sub-item once, in the order the markers name them.
 * @example splitBySubItem("(1)5月、1月 (2)(3)年度内")
 * // [{ subItems: [1], text: "5月、1月" }, { subItems: [2, 3], text: "年度内" }]
 */
export function splitBySubItem(input: string): SubItemSegment[] {
  const text = normalizeWidth(input);
  const segments: SubItemSegment[] = [];
  let group: number[] | null = null;
  // Which numbers the current group holds: one pass over the markers, however many repeat.
  const inGroup = new Uint8Array(SUB_ITEM_NUMBERS);
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
  const addRange = (target: number[], first: number, last: number): void => {
    for (let n = first; n <= Math.max(first, last); n++) {
      if (inGroup[n] === 1) continue;
      inGroup[n] = 1;
      target.push(n);
    }
  };

  for (const match of text.matchAll(MARKER)) {
    const at = match.index;
    const first = Number(match[1]);
    const last = match[2] === undefined ? first : Number(match[2]);
    const joinsGroup = group !== null && lastMarkerEnd >= 0 && GROUP_GAP.test(text.slice(lastMarkerEnd, at));
    if (joinsGroup && group !== null) {
      addRange(group, first, last);
    } else {
      if (pendingPreamble || group !== null) flush(at);
      pendingPreamble = false;
      inGroup.fill(0);
      group = [];
      addRange(group, first, last);
    }
    lastMarkerEnd = at + match[0].length;
    textStart = lastMarkerEnd;
  }
  flush(text.length);
  return segments;
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
