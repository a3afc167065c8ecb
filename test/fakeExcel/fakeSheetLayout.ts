/**
 * The layout of a sheet in the fake Excel, for the new-sheet templates: merged areas (Range.merge),
 * wrapped areas (Range.format.wrapText) and the print setup (Worksheet.pageLayout: orientation, zoom,
 * print title rows), kept beside the workbook state as the tests read them.
 */
import type { Area } from "./a1";
import { formatArea, intersect } from "./a1";
import { FakeRangeFormat } from "./fakeCharts";
import type { FakeRequestContext } from "./fakeExcel";
import type { FakeSheet } from "./fakeWorkbook";

export interface FakeSheetLayout {
  readonly merges: string[];
  readonly wrapped: string[];
  orientation: string | null;
  zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number } | null;
  titleRows: string | null;
}

const LAYOUTS = new WeakMap<FakeSheet, FakeSheetLayout>();
const MERGED = new WeakMap<FakeSheet, Area[]>();

export function layoutOf(sheet: FakeSheet): FakeSheetLayout {
  let layout = LAYOUTS.get(sheet);
  if (layout === undefined) {
    layout = { merges: [], wrapped: [], orientation: null, zoom: null, titleRows: null };
    LAYOUTS.set(sheet, layout);
  }
  return layout;
}

/** The merged areas of a sheet (Range.merge); a test may merge cells by adding to it. */
export function mergedAreasOf(sheet: FakeSheet): Area[] {
  let merged = MERGED.get(sheet);
  if (merged === undefined) {
    merged = [];
    MERGED.set(sheet, merged);
  }
  return merged;
}

function officeError(code: string, message: string): Error {
  return Object.assign(new Error(message), { name: "RichApi.Error", code });
}

/** Range.merge: Excel refuses to merge over an area that is merged already. */
export function mergeArea(
  context: FakeRequestContext,
  path: string,
  target: () => { sheet: FakeSheet; area: Area },
): void {
  context.enqueue({ call: `${path}.merge` }, () => {
    const { sheet, area } = target();
    const merged = MERGED.get(sheet) ?? [];
    if (merged.some((other) => intersect(other, area) !== null))
      throw officeError("InvalidOperation", "Cannot merge over a merged area.");
    merged.push(area);
    MERGED.set(sheet, merged);
    layoutOf(sheet).merges.push(formatArea(area));
  });
}

export class FakePageLayout {
  private readonly path: string;

  constructor(
    private readonly context: FakeRequestContext,
    path: string,
    private readonly sheet: () => FakeSheet,
  ) {
    this.path = context.objectPath(path);
  }

  set orientation(value: string) {
    this.context.enqueue({ set: `${this.path}.orientation`, value }, () => {
      layoutOf(this.sheet()).orientation = value;
    });
  }

  set zoom(value: FakeSheetLayout["zoom"]) {
    this.context.enqueue({ set: `${this.path}.zoom`, value }, () => {
      layoutOf(this.sheet()).zoom = value === null ? null : { ...value };
    });
  }

  setPrintTitleRows(rows: string): void {
    this.context.enqueue({ call: `${this.path}.setPrintTitleRows`, rows }, () => {
      if (!/^\$\d+:\$\d+$/.test(rows)) throw officeError("InvalidArgument", `not whole rows: ${rows}`);
      layoutOf(this.sheet()).titleRows = rows;
    });
  }
}

// Range.format.wrapText, on the range format of fakeCharts.ts: its context, path and target are the
// ones that class keeps.
Object.defineProperty(FakeRangeFormat.prototype, "wrapText", {
  set(this: FakeRangeFormat, value: boolean) {
    const self = this as unknown as {
      context: FakeRequestContext;
      path: string;
      target: () => { sheet: FakeSheet; area: Area };
    };
    self.context.enqueue({ set: `${self.path}.wrapText`, value }, () => {
      const { sheet, area } = self.target();
      if (value) layoutOf(sheet).wrapped.push(formatArea(area));
    });
  },
  configurable: true,
});
