/**
 * Charts and range formatting for the fake Excel (Worksheet.charts, Range.format: font.bold and
 * columnWidth), kept beside the workbook state. A chart records its type, its source area, how its
 * series run, its title and its position, which is what a test of the 集計 sheet asserts.
 */
import type { Area } from "./a1";
import { formatArea, parseArea } from "./a1";
import type { FakeRequestContext } from "./fakeExcel";
import type { FakeSheet } from "./fakeWorkbook";

export interface FakeChart {
  readonly type: string;
  /** The source area on the chart's sheet, as A1 (`A5:E7`). */
  readonly source: string;
  readonly seriesBy: string;
  title: string;
  position: { readonly topLeft: string; readonly bottomRight: string } | null;
}

export interface FakeSheetFormats {
  /** Cells shown bold, by A1 area as set. */
  readonly bold: string[];
  /** Column widths in points by 0-based column. */
  readonly columnWidths: Map<number, number>;
}

const CHARTS = new WeakMap<FakeSheet, FakeChart[]>();
const FORMATS = new WeakMap<FakeSheet, FakeSheetFormats>();

/** The charts on a sheet, in the order they were added. */
export function chartsOf(sheet: FakeSheet): FakeChart[] {
  let charts = CHARTS.get(sheet);
  if (charts === undefined) {
    charts = [];
    CHARTS.set(sheet, charts);
  }
  return charts;
}

/** The bold areas and column widths set on a sheet. */
export function formatsOf(sheet: FakeSheet): FakeSheetFormats {
  let formats = FORMATS.get(sheet);
  if (formats === undefined) {
    formats = { bold: [], columnWidths: new Map() };
    FORMATS.set(sheet, formats);
  }
  return formats;
}

const CHART_TYPES = new Set(["BarStacked", "ColumnStacked", "BarClustered", "ColumnClustered", "Pie"]);

export class FakeChartCollection {
  private readonly path: string;
  private loaded: { chartType: string }[] | null = null;

  constructor(
    private readonly context: FakeRequestContext,
    path: string,
    private readonly sheet: () => FakeSheet,
    private readonly resolve: (range: unknown) => { sheet: FakeSheet; area: Area },
  ) {
    this.path = context.objectPath(path);
  }

  /** ChartCollection.load("items/chartType"): each chart's type (Chart.chartType, ExcelApi 1.7). */
  load(): this {
    this.context.enqueue({ load: this.path, select: ["items/chartType"] }, () => {
      this.loaded = chartsOf(this.sheet()).map((chart) => ({ chartType: chart.type }));
      return this.loaded;
    });
    return this;
  }

  get items(): { chartType: string }[] {
    if (this.loaded === null)
      throw Object.assign(new Error(`${this.path}.items is not loaded`), { code: "PropertyNotLoaded" });
    return this.loaded;
  }

  add(type: string, sourceData: unknown, seriesBy = "Auto"): FakeChartApi {
    let added: FakeChart | null = null;
    this.context.enqueue({ call: `${this.path}.add`, type, seriesBy }, () => {
      const sheet = this.sheet();
      const source = this.resolve(sourceData);
      if (!CHART_TYPES.has(type))
        throw Object.assign(new Error(`chart type ${type}`), { code: "InvalidArgument" });
      if (source.sheet !== sheet)
        throw Object.assign(new Error("source on another sheet"), { code: "InvalidArgument" });
      added = { type, source: formatArea(source.area), seriesBy, title: "", position: null };
      chartsOf(sheet).push(added);
    });
    return new FakeChartApi(this.context, `${this.path}.add()`, () => added);
  }
}

export class FakeChartApi {
  private readonly path: string;
  readonly title: { text: string };

  constructor(
    private readonly context: FakeRequestContext,
    path: string,
    private readonly chart: () => FakeChart | null,
  ) {
    this.path = context.objectPath(path);
    const enqueueTitle = (text: string): void =>
      this.context.enqueue({ set: `${this.path}.title.text`, value: text }, () => {
        this.require().title = text;
      });
    this.title = {
      set text(text: string) {
        enqueueTitle(text);
      },
      get text(): string {
        throw Object.assign(new Error("title.text is not loaded in the fake"), { code: "PropertyNotLoaded" });
      },
    };
  }

  setPosition(topLeft: string, bottomRight: string): void {
    this.context.enqueue({ call: `${this.path}.setPosition`, topLeft, bottomRight }, () => {
      parseArea(topLeft);
      parseArea(bottomRight);
      this.require().position = { topLeft, bottomRight };
    });
  }

  private require(): FakeChart {
    const chart = this.chart();
    if (chart === null) throw Object.assign(new Error("the chart was not added"), { code: "ItemNotFound" });
    return chart;
  }
}

/** Range.format: bold text and column widths. */
export class FakeRangeFormat {
  private readonly path: string;
  readonly font: { bold: boolean };

  constructor(
    private readonly context: FakeRequestContext,
    path: string,
    private readonly target: () => { sheet: FakeSheet; area: Area },
  ) {
    this.path = context.objectPath(path);
    const setBold = (bold: boolean): void =>
      this.context.enqueue({ set: `${this.path}.font.bold`, value: bold }, () => {
        const { sheet, area } = this.target();
        const list = formatsOf(sheet).bold;
        const address = formatArea(area);
        if (bold && !list.includes(address)) list.push(address);
        if (!bold && list.includes(address)) list.splice(list.indexOf(address), 1);
      });
    this.font = {
      set bold(bold: boolean) {
        setBold(bold);
      },
      get bold(): boolean {
        throw Object.assign(new Error("font.bold is not loaded in the fake"), { code: "PropertyNotLoaded" });
      },
    };
  }

  set columnWidth(points: number) {
    this.context.enqueue({ set: `${this.path}.columnWidth`, value: points }, () => {
      const { sheet, area } = this.target();
      for (let c = area.c0; c <= area.c1; c++) formatsOf(sheet).columnWidths.set(c, points);
    });
  }
}
