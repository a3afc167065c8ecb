/**
 * Worksheet.copy for the fake Excel (ExcelApi 1.7): a new sheet with everything the source has (cells,
 * conditional formats in the same order, notes, data validation), named as Excel names a copy
 * (`KPI一覧 (2)`) until it is renamed, placed as asked.
 *
 * Some Excel builds refuse `copy("After", …)` and `copy("Before", …)` with InvalidArgument
 * (https://github.com/OfficeDev/office-js/issues/775); `refuseCopyPlacement` makes the fake one of them.
 */
import { validationsOf } from "./fakeDataValidation";
import type { FakeSheet, FakeWorkbookState } from "./fakeWorkbook";

const REFUSED = new WeakMap<FakeWorkbookState, ReadonlySet<string>>();

/** Makes Worksheet.copy fail with InvalidArgument for these positions, as office-js #775 reports. */
export function refuseCopyPlacement(
  state: FakeWorkbookState,
  positions: readonly string[] = ["After", "Before"],
): void {
  REFUSED.set(state, new Set(positions));
}

function freeCopyName(state: FakeWorkbookState, name: string): string {
  const used = new Set(state.sheets.map((sheet) => sheet.name.toLowerCase()));
  for (let n = 2; ; n++) {
    const candidate = `${name.slice(0, 31 - ` (${n})`.length)} (${n})`;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}

/** Copies `source` into the workbook; `position` is Excel's WorksheetPositionType. */
export function copySheet(
  state: FakeWorkbookState,
  source: FakeSheet,
  position: string = "None",
  relativeTo: FakeSheet | null = null,
): FakeSheet {
  if (REFUSED.get(state)?.has(position) === true) {
    throw Object.assign(new Error("The argument is invalid or missing or has an incorrect format."), {
      name: "RichApi.Error",
      code: "InvalidArgument",
    });
  }
  const copy: FakeSheet = {
    id: `{sheet-copy-${state.nextId++}}`,
    name: freeCopyName(state, source.name),
    cells: new Map([...source.cells].map(([key, cell]) => [key, { ...cell }])),
    conditionalFormats: source.conditionalFormats.map((cf) => ({
      ...cf,
      id: `{cf-${state.nextId++}}`,
      areas: [...cf.areas],
    })),
    notes: new Map([...source.notes].map(([cell, note]) => [cell, { ...note }])),
  };
  const validations = validationsOf(copy);
  for (const [key, validation] of validationsOf(source))
    validations.set(key, JSON.parse(JSON.stringify(validation)) as typeof validation);

  const active = state.sheets[state.activeSheet];
  const anchor = relativeTo ?? source;
  const at =
    position === "Beginning"
      ? 0
      : position === "Before"
        ? state.sheets.indexOf(anchor)
        : position === "After"
          ? state.sheets.indexOf(anchor) + 1
          : state.sheets.length;
  state.sheets.splice(at, 0, copy);
  if (active !== undefined) state.activeSheet = state.sheets.indexOf(active);
  return copy;
}
