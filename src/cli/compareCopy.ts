/**
 * What an annotated copy would lose against its original, found by comparing the two packages: ExcelJS
 * rewrites the whole workbook and silently leaves out what it does not model (charts, pivot tables,
 * slicers, shapes, macros, the settings add-ins keep in the workbook, data validations written in the
 * Excel 2010 extension …), and splits data validations that overlap. A copy that would lose anything is
 * not written.
 */
import type { ZipPackage } from "./zipParts";

/** Something of the original that the copy would not keep, for the message. */
export type CopyLoss =
  | { readonly kind: "content"; readonly what: string; readonly count: number }
  | { readonly kind: "validation"; readonly sheet: string; readonly cells: readonly string[] }
  | { readonly kind: "unverifiable"; readonly what: string };

/** Part names (digits folded to #) that Excel rebuilds or that describe other parts: not content. */
const NOT_CONTENT = [
  /(^|\/)_rels\//,
  /^\[Content_Types\]\.xml$/,
  /^xl\/calcChain\.xml$/, // a calculation cache, rebuilt by Excel on open
  /^docProps\/app\.xml$/, // the application's name and the sheet titles, rewritten on save
  /\/$/, // folder entries
];

/** Names of what a part holds, by the folder Excel keeps it in (ECMA-376 part names). */
const CONTENT_NAMES: readonly (readonly [RegExp, string])[] = [
  [/^xl\/charts\//, "charts (グラフ)"],
  [/^xl\/chartsheets\//, "chart sheets (グラフシート)"],
  [/^xl\/drawings\/drawing/, "drawings (図形・画像)"],
  [/^xl\/media\//, "pictures (画像)"],
  [/^xl\/pivot(Tables|Cache)\//, "pivot tables (ピボットテーブル)"],
  [/^xl\/slicer(s|Caches)\//, "slicers (スライサー)"],
  [/^xl\/timeline(s|Caches)\//, "timelines (タイムライン)"],
  [/^xl\/vbaProject\.bin$/, "macros (VBA マクロ)"],
  [/^xl\/(activeX|ctrlProps)\//, "form controls (フォームコントロール)"],
  [/^xl\/embeddings\//, "embedded objects (埋め込みオブジェクト)"],
  [/^xl\/diagrams\//, "SmartArt"],
  [/^xl\/externalLinks\//, "links to other workbooks (外部参照)"],
  [/^xl\/(threadedComments|persons)\//, "threaded comments (スレッド形式のコメント)"],
  [/^xl\/comments/, "notes (メモ)"],
  [/^xl\/(model|queryTables|connections)/, "data connections and queries (データ接続・クエリ)"],
  [/^xl\/webextensions\//, "add-in data (アドインの設定)"],
  [/^customXml\//, "custom XML data"],
  [/^xl\/printerSettings\//, "printer settings (プリンターの設定)"],
  [/^xl\/richData\//, "pictures in cells (セル内の画像)"],
  [/^xl\/tables\//, "tables (テーブル)"],
  [/^xl\/worksheets\//, "worksheets"],
  [/^docProps\/custom\.xml$/, "custom document properties (ユーザー設定のプロパティ)"],
];

/** Elements of a drawing: pictures, shapes and text boxes, charts' frames, groups, connectors. */
const DRAWING_ELEMENT = /<(?:\w+:)?(pic|sp|graphicFrame|grpSp|cxnSp)[\s>]/g;
const DRAWING_NAMES: Readonly<Record<string, string>> = {
  pic: "pictures (画像)",
  sp: "shapes and text boxes (図形・テキストボックス)",
  graphicFrame: "charts and SmartArt (グラフ・SmartArt)",
  grpSp: "grouped shapes (グループ化した図形)",
  cxnSp: "connectors (コネクタ)",
};

/**
 * Everything the original holds that the copy does not: parts of a kind the copy has fewer of, drawing
 * elements it has fewer of, and cells whose data validation differs.
 */
export async function findCopyLosses(original: ZipPackage, copy: ZipPackage): Promise<CopyLoss[]> {
  const losses: CopyLoss[] = [];
  const before = countParts(original);
  const after = countParts(copy);
  for (const [what, count] of before) {
    const lost = count - (after.get(what) ?? 0);
    if (lost > 0) losses.push({ kind: "content", what, count: lost });
  }
  const drawingsBefore = await countDrawingElements(original);
  const drawingsAfter = await countDrawingElements(copy);
  if (drawingsBefore === null || drawingsAfter === null) {
    losses.push({ kind: "unverifiable", what: "drawings" });
  } else {
    for (const [element, count] of drawingsBefore) {
      const lost = count - (drawingsAfter.get(element) ?? 0);
      if (lost > 0) losses.push({ kind: "content", what: DRAWING_NAMES[element] ?? element, count: lost });
    }
  }
  losses.push(...(await compareValidations(original, copy)));
  return losses;
}

function contentName(part: string): string {
  for (const [pattern, name] of CONTENT_NAMES) if (pattern.test(part)) return name;
  // Anything this list does not know is named by its part, digits folded, so it is still counted.
  return part.replace(/\d+/g, "#");
}

function countParts(pkg: ZipPackage): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { name } of pkg.parts) {
    if (NOT_CONTENT.some((p) => p.test(name))) continue;
    // Sheets' VML drawings hold notes' boxes, which ExcelJS writes anew; legacy controls have ctrlProps.
    if (/^xl\/drawings\/vmlDrawing/.test(name)) continue;
    const what = contentName(name);
    counts.set(what, (counts.get(what) ?? 0) + 1);
  }
  return counts;
}

async function countDrawingElements(pkg: ZipPackage): Promise<Map<string, number> | null> {
  const counts = new Map<string, number>();
  for (const { name } of pkg.parts) {
    if (!/^xl\/drawings\/drawing[^/]*\.xml$/.test(name)) continue;
    const xml = await pkg.read(name);
    if (xml === null) return null;
    for (const match of xml.matchAll(DRAWING_ELEMENT)) {
      const element = match[1] ?? "";
      counts.set(element, (counts.get(element) ?? 0) + 1);
    }
  }
  return counts;
}

// ---- data validations -------------------------------------------------------------------------------

interface Area {
  readonly rule: string;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

const MAX_ROW = 1_048_576;
const MAX_COLUMN = 16_384;
/** Attribute values that say nothing (the schema's defaults), so writers that omit them compare equal. */
const DEFAULTS: Readonly<Record<string, string>> = {
  type: "none",
  operator: "between",
  errorStyle: "stop",
  imeMode: "noControl",
  allowBlank: "0",
  showDropDown: "0",
  showInputMessage: "0",
  showErrorMessage: "0",
};

async function compareValidations(original: ZipPackage, copy: ZipPackage): Promise<CopyLoss[]> {
  const before = await sheetParts(original);
  const after = await sheetParts(copy);
  const losses: CopyLoss[] = [];
  for (const [sheet, part] of before) {
    const xmlBefore = await original.read(part);
    const copyPart = after.get(sheet);
    const xmlAfter = copyPart === undefined ? "" : await copy.read(copyPart);
    if (xmlBefore === null || xmlAfter === null) {
      losses.push({ kind: "unverifiable", what: `data validation of sheet "${sheet}"` });
      continue;
    }
    const areasBefore = validationAreas(xmlBefore);
    const areasAfter = validationAreas(xmlAfter);
    if (areasBefore.length === 0 && areasAfter.length === 0) continue;
    const cells = differingCells(areasBefore, areasAfter);
    if (cells === null) losses.push({ kind: "unverifiable", what: `data validation of sheet "${sheet}"` });
    else if (cells.length > 0) losses.push({ kind: "validation", sheet, cells });
  }
  return losses;
}

/** Sheet name → its part, from xl/workbook.xml and its relationships. */
async function sheetParts(pkg: ZipPackage): Promise<Map<string, string>> {
  const workbook = (await pkg.read("xl/workbook.xml")) ?? "";
  const rels = (await pkg.read("xl/_rels/workbook.xml.rels")) ?? "";
  const targets = new Map<string, string>();
  for (const [, attrs = ""] of rels.matchAll(/<(?:\w+:)?Relationship\b([^>]*)>/g)) {
    const a = attributes(attrs);
    if (a.Id && a.Target) {
      targets.set(a.Id, a.Target.startsWith("/") ? a.Target.slice(1) : `xl/${a.Target}`);
    }
  }
  const sheets = new Map<string, string>();
  for (const [, attrs = ""] of workbook.matchAll(/<(?:\w+:)?sheet\b([^>]*)>/g)) {
    const a = attributes(attrs);
    const id = Object.entries(a).find(([k]) => /(^|:)id$/.test(k) && k !== "sheetId")?.[1];
    const target = id === undefined ? undefined : targets.get(id);
    if (a.name !== undefined && target !== undefined) sheets.set(a.name, target);
  }
  return sheets;
}

/** Each validation's cells with a text standing for its rule (type, operator, formulas, messages). */
function validationAreas(xml: string): Area[] {
  const areas: Area[] = [];
  const element = /<(?:\w+:)?dataValidation\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?dataValidation>)/g;
  for (const [, attrs = "", body = ""] of xml.matchAll(element)) {
    const a = attributes(attrs);
    const sqref = a.sqref ?? decode(/<(?:\w+:)?sqref>([^<]*)</.exec(body)?.[1] ?? "");
    const rule = Object.entries(a)
      .filter(([k, v]) => k !== "sqref" && !k.startsWith("xr:") && DEFAULTS[k] !== normalBoolean(v))
      .map(([k, v]) => `${k}=${normalBoolean(v)}`)
      .sort()
      .concat(
        [1, 2].map((n) => {
          const formula = new RegExp(`<(?:\\w+:)?formula${n}>([\\s\\S]*?)</(?:\\w+:)?formula${n}>`).exec(
            body,
          );
          return `f${n}=${decode((formula?.[1] ?? "").replace(/<[^>]+>/g, "")).trim()}`;
        }),
      )
      .join("|");
    for (const ref of sqref.split(/\s+/).filter(Boolean)) {
      const area = readRange(ref);
      if (area) areas.push({ rule, ...area });
      else areas.push({ rule: `${rule}|unreadable:${ref}`, top: 0, left: 0, bottom: 0, right: 0 });
    }
  }
  return areas;
}

/**
 * The cells (up to a few, as A1 ranges of the compared blocks) whose set of validations differs. Overlaps
 * count: a cell under two validations differs from one under one. Null when too many to compare.
 */
function differingCells(before: readonly Area[], after: readonly Area[]): string[] | null {
  const key = (a: Area): string => `${a.rule}@${a.top},${a.left},${a.bottom},${a.right}`;
  const sortedBefore = before.map(key).sort();
  const sortedAfter = after.map(key).sort();
  if (sortedBefore.length === sortedAfter.length && sortedBefore.every((k, i) => k === sortedAfter[i])) {
    return [];
  }
  // Blocks between every edge of every area: within a block, each cell is under the same validations.
  const all = [...before, ...after];
  const rows = [...new Set(all.flatMap((a) => [a.top, a.bottom + 1]))].sort((x, y) => x - y);
  const columns = [...new Set(all.flatMap((a) => [a.left, a.right + 1]))].sort((x, y) => x - y);
  if (rows.length * columns.length * all.length > 50_000_000) return null;
  const rules = new Map<string, number>();
  const ruleId = (rule: string): number => {
    if (!rules.has(rule)) rules.set(rule, rules.size);
    return rules.get(rule) ?? 0;
  };
  const cover = (areas: readonly Area[], row: number, column: number): string =>
    areas
      .filter((a) => a.top <= row && row <= a.bottom && a.left <= column && column <= a.right)
      .map((a) => ruleId(a.rule))
      .sort((x, y) => x - y)
      .join(",");
  const differing: string[] = [];
  for (let r = 0; r < rows.length - 1; r++) {
    for (let c = 0; c < columns.length - 1; c++) {
      const row = rows[r] ?? 0;
      const column = columns[c] ?? 0;
      if (cover(before, row, column) === cover(after, row, column)) continue;
      const last = `${columnName((columns[c + 1] ?? 1) - 1)}${(rows[r + 1] ?? 1) - 1}`;
      const first = `${columnName(column)}${row}`;
      differing.push(first === last ? first : `${first}:${last}`);
      if (differing.length >= 5) return differing;
    }
  }
  return differing;
}

function readRange(ref: string): Omit<Area, "rule"> | null {
  const m = /^\$?([A-Z]{1,3})?\$?(\d+)?(?::\$?([A-Z]{1,3})?\$?(\d+)?)?$/.exec(ref.toUpperCase());
  if (!m || (m[1] === undefined && m[2] === undefined)) return null;
  const [, c1, r1, c2, r2] = m;
  const single = ref.indexOf(":") < 0;
  const left = c1 ? columnNumber(c1) : 1;
  const top = r1 ? Number(r1) : 1;
  const right = single ? (c1 ? left : MAX_COLUMN) : c2 ? columnNumber(c2) : MAX_COLUMN;
  const bottom = single ? (r1 ? top : MAX_ROW) : r2 ? Number(r2) : MAX_ROW;
  return {
    top: Math.min(top, bottom),
    bottom: Math.max(top, bottom),
    left: Math.min(left, right),
    right: Math.max(left, right),
  };
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

function columnName(n: number): string {
  let name = "";
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) name = String.fromCharCode(65 + ((k - 1) % 26)) + name;
  return name;
}

function attributes(text: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const [, name = "", double, single] of text.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    found[name] = decode(double ?? single ?? "");
  }
  return found;
}

function normalBoolean(value: string): string {
  return value === "true" ? "1" : value === "false" ? "0" : value;
}

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, entity: string) => {
    const named: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
    if (entity[0] !== "#") return named[entity.toLowerCase()] ?? "";
    const code =
      entity[1] === "x" || entity[1] === "X" ? parseInt(entity.slice(2), 16) : Number(entity.slice(1));
    return String.fromCodePoint(code);
  });
}
