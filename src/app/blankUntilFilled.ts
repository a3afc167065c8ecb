/**
 * A computed column's formula that stays blank while its row is not filled in: on a new or carried
 * sheet every row starts empty, and `=KPI.DUE(C9,2026)` over an empty cell would show #N/A all down
 * the column.
 */

/**
 * The formula wrapped so that it shows "" while `keyCell` is empty.
 * @example blankUntilFilled("=KPI.DUE(C9,2026)", "C9") // '=IF(C9="","",KPI.DUE(C9,2026))'
 */
export function blankUntilFilled(formula: string, keyCell: string): string {
  if (!formula.startsWith("=")) throw new RangeError(`not a formula: ${formula}`);
  return `=IF(${keyCell}="","",${formula.slice(1)})`;
}
