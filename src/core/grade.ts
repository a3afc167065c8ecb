import type { KpiStatus } from "./achievement";
import type { CellValue } from "./sheetTable";
import type { Result } from "./result";
import { fail, ok } from "./result";
import { normalizeWidth } from "./text";

/** A grading scale: bands from the highest threshold down; the first band whose min the rate reaches. */
export interface GradeScale {
  readonly id: string;
  /** Sorted by min, highest first. The last band's min is -Infinity (everything below). */
  readonly bands: readonly { readonly label: string; readonly min: number }[];
  /** Marks (◎○△×) also use the item's status: on track is ○ whatever the rate. */
  readonly statusAware: boolean;
}

/** Grading is local policy: the presets municipalities commonly use; a sheet chooses one or its own. */
export const GRADE_PRESETS = {
  abcd_100_80_60: {
    id: "abcd_100_80_60",
    bands: [
      { label: "A", min: 1 },
      { label: "B", min: 0.8 },
      { label: "C", min: 0.6 },
      { label: "D", min: -Infinity },
    ],
    statusAware: false,
  },
  abcd_100_90_80: {
    id: "abcd_100_90_80",
    bands: [
      { label: "A", min: 1 },
      { label: "B", min: 0.9 },
      { label: "C", min: 0.8 },
      { label: "D", min: -Infinity },
    ],
    statusAware: false,
  },
  marks: {
    id: "marks",
    bands: [
      { label: "◎", min: 1 },
      { label: "○", min: 0.8 },
      { label: "△", min: Number.MIN_VALUE },
      { label: "×", min: -Infinity },
    ],
    statusAware: true,
  },
} as const satisfies Record<string, GradeScale>;

export type GradePresetId = keyof typeof GRADE_PRESETS;
export const DEFAULT_GRADE_PRESET: GradePresetId = "abcd_100_80_60";

const PRESET_ALIASES: Record<string, GradePresetId> = {
  abcd: "abcd_100_80_60",
  "100/80/60": "abcd_100_80_60",
  abcd_100_80_60: "abcd_100_80_60",
  "100/90/80": "abcd_100_90_80",
  abcd_100_90_80: "abcd_100_90_80",
  marks: "marks",
  "◎○△×": "marks",
  記号: "marks",
};

/**
 * The grade of an achievement rate on a scale. With a marks scale, an item on track is ○ and an item with
 * no progress is ×.
 * @example gradeOf(0.85, GRADE_PRESETS.abcd_100_80_60) // "B"
 */
export function gradeOf(rate: number, scale: GradeScale, status?: KpiStatus): string {
  if (scale.statusAware && rate < 1 && rate > 0 && status !== undefined) {
    const onTrackLabel = scale.bands[1]?.label;
    const behindLabel = scale.bands[2]?.label;
    if (status === "on_track" && onTrackLabel) return onTrackLabel;
    if ((status === "behind" || status === "overdue") && behindLabel) return behindLabel;
  }
  for (const band of scale.bands) if (rate >= band.min) return band.label;
  return scale.bands[scale.bands.length - 1]?.label ?? "";
}

/**
 * Reads a scale: a preset's name (`abcd_100_80_60`, `100/90/80`, `◎○△×`) or a table of labels and
 * thresholds as a range gives it, in rows (`[["A", 1], ["B", 0.8], ["C", 0]]`) or in two rows (labels,
 * then thresholds). Thresholds may be fractions or percents (`100%`, `80%` as text).
 * @example parseGradeScale("100/90/80") // { ok: true, value: GRADE_PRESETS.abcd_100_90_80 }
 */
export function parseGradeScale(
  input: string | readonly (readonly CellValue[])[] | null | undefined,
): Result<GradeScale> {
  if (input == null || input === "") return ok(GRADE_PRESETS[DEFAULT_GRADE_PRESET]);
  if (typeof input === "string") {
    const key = PRESET_ALIASES[normalizeWidth(input).toLowerCase().replace(/\s+/g, "")];
    return key ? ok(GRADE_PRESETS[key]) : fail({ code: "grade_scale_invalid", text: input });
  }
  const pairs = readPairs(input);
  if (!pairs) return fail({ code: "grade_scale_invalid", text: "range" });
  const sorted = [...pairs].sort((a, b) => b.min - a.min);
  if (new Set(sorted.map((p) => p.min)).size !== sorted.length) {
    return fail({ code: "grade_scale_invalid", text: "duplicate thresholds" });
  }
  // The lowest band takes everything below it, as D does in the presets.
  const bands = sorted.map((band, i) => (i === sorted.length - 1 ? { ...band, min: -Infinity } : band));
  return ok({ id: "custom", bands, statusAware: false });
}

function readPairs(rows: readonly (readonly CellValue[])[]): { label: string; min: number }[] | null {
  const nonEmpty = rows.map((r) => r.filter((c) => c !== null && c !== "")).filter((r) => r.length > 0);
  let pairs: [CellValue, CellValue][];
  const [labels, mins] = nonEmpty;
  if (nonEmpty.length === 2 && labels && mins && labels.length > 2 && labels.length === mins.length) {
    pairs = labels.map((label, i) => [label, mins[i] ?? null]);
  } else {
    if (nonEmpty.some((r) => r.length !== 2)) return null;
    pairs = nonEmpty.map((r) => [r[0] ?? null, r[1] ?? null]);
  }
  if (pairs.length < 2) return null;
  const out: { label: string; min: number }[] = [];
  for (const [label, min] of pairs) {
    const threshold = readThreshold(min);
    if (typeof label !== "string" || label.trim() === "" || threshold === null) return null;
    out.push({ label: label.trim(), min: threshold });
  }
  return out;
}

function readThreshold(value: CellValue): number | null {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value !== "string") return null;
  const m = /^(-?\d+(?:\.\d+)?)\s*(%)?$/.exec(normalizeWidth(value));
  if (!m) return null;
  return m[2] ? Number(m[1]) / 100 : Number(m[1]);
}
