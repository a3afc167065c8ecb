/**
 * How a flag looks and how the add-in knows its own: the same in Excel (the Office adapter) and in the
 * annotated copies the command-line checker writes, so a flagged workbook reads alike either way.
 */

export type FlagKind = "overdue" | "warning" | "error";

/** Marks the add-in's conditional formats, so Clear removes exactly those and none of the user's. */
export const FLAG_TAG = "kpi-sheet-checker";

/**
 * The rule of a flag's conditional format: always true, and carrying the tag. The cell's own fill is
 * never touched; removing the format shows it again.
 * @example flagFormula("overdue") // '=N("kpi-sheet-checker:overdue")=0'
 */
export function flagFormula(kind: FlagKind): string {
  return `=N("${FLAG_TAG}:${kind}")=0`;
}

/**
 * Whether a conditional format's rule is one of the add-in's.
 * @example isFlagFormula('=N("kpi-sheet-checker:overdue")=0') // true
 */
export function isFlagFormula(formula: string): boolean {
  return formula.includes(`"${FLAG_TAG}:`);
}

/** Fills and font colours of the flags: Excel's own "light red fill with dark red text" and kin. */
export const FLAG_STYLE: Readonly<Record<FlagKind, { readonly fill: string; readonly font: string | null }>> =
  {
    overdue: { fill: "#FCE4D6", font: null },
    warning: { fill: "#FFEB9C", font: "#9C5700" },
    error: { fill: "#FFC7CE", font: "#9C0006" },
  };

/**
 * The order flags are laid down, later kinds on top. A plan's areas never share a cell (planFlags), so in
 * Excel the order decides no colour; the command-line checker's copies give the same priorities.
 */
export const FLAG_KINDS_BOTTOM_UP: readonly FlagKind[] = ["overdue", "warning", "error"];
