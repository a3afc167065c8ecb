/**
 * A title moved on to the next fiscal year: `令和7年度 重点目標管理シート` → `令和8年度 重点目標管理シート`.
 * Only the sheet's own year moves; other years in the same text (a plan period `R７～10年度`, a baseline
 * `R6年度末`) are not the sheet's year and stay, and so does a date (`R7.5.20`).
 */
import { ERAS, eraOfFiscalYear } from "../core/era";

const FULL_DIGITS = "０１２３４５６７８９";

/** Digits written as the text wrote them: full-width stays full-width. */
function digitsLike(sample: string, value: number): string {
  const full = /[０-９]/.test(sample);
  const text = String(value);
  return full ? [...text].map((d) => FULL_DIGITS[Number(d)] ?? d).join("") : text;
}

/** A number as a pattern that also matches its full-width form (`7` → `(?:7|７)`). */
function numberPattern(value: number): string {
  const half = String(value);
  const full = digitsLike("０", value);
  return `(?:${half}|${full})`;
}

/** What may not follow the year for it to be the sheet's: more digits, a range, a date's dot. */
const NOT_THE_YEAR = "(?![0-9０-９]|\\s*[~～〜\\-－ー.．/／])";

/**
 * The text with the fiscal year `fiscalYear` advanced by one, or null when it does not name that year.
 * @example advanceFiscalYearText("令和7年度 重点目標管理シート", 2025) // "令和8年度 重点目標管理シート"
 * @example advanceFiscalYearText("R７年度", 2025) // "R８年度"
 * @example advanceFiscalYearText("第２期マニフェスト（R７～10年度）", 2025) // null
 */
export function advanceFiscalYearText(text: string, fiscalYear: number): string | null {
  if (!Number.isInteger(fiscalYear))
    throw new RangeError(`fiscal year must be an integer, got ${fiscalYear}`);
  let changed = false;
  let out = text;
  const { era, eraYear } = eraOfFiscalYear(fiscalYear);
  const labels = ERAS.find((e) => e.name === era);
  if (era === "reiwa" && labels !== undefined) {
    const year = eraYear === 1 ? `(?:元|${numberPattern(1)})` : numberPattern(eraYear);
    // 令和7年度, 令7年度: the era written out names a year only with 年度 (or 年) after it.
    out = out.replace(
      new RegExp(`(${labels.written.join("|")})(\\s*)(${year})(\\s*年度?)`, "g"),
      (_, label, space, digits, suffix) => {
        changed = true;
        return `${label}${space}${digits === "元" ? String(eraYear + 1) : digitsLike(digits, eraYear + 1)}${suffix}`;
      },
    );
    // R7, R7年度, Ｒ７: the initial alone, as titles write it.
    out = out.replace(
      new RegExp(`(^|[^A-Za-zＡ-Ｚａ-ｚ])([${labels.initials.join("")}])(\\s*)(${year})${NOT_THE_YEAR}`, "g"),
      (_, before, label, space, digits) => {
        changed = true;
        return `${before}${label}${space}${digitsLike(digits, eraYear + 1)}`;
      },
    );
  }
  out = out.replace(
    new RegExp(`(^|[^0-9０-９])(${numberPattern(fiscalYear)})(\\s*年度)`, "g"),
    (_, before, digits, suffix) => {
      changed = true;
      return `${before}${digitsLike(digits, fiscalYear + 1)}${suffix}`;
    },
  );
  return changed ? out : null;
}
