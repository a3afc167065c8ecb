import { randomBytes } from "node:crypto";
import { constants } from "node:fs";
import * as fs from "node:fs/promises";
import { hostname } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import type { FlagKind } from "../app/flagStyle";
import { FLAG_KINDS_BOTTOM_UP, FLAG_STYLE, flagFormula } from "../app/flagStyle";
import { planFlags } from "../app/planFlags";
import type { FlagPlan } from "../app/ports";
import type { Locale } from "../core/messages/formatIssue";
import type { AnnotateNotice, AnnotateProblem } from "./annotateMessages";
import { describeLoss } from "./annotateMessages";
import type { CheckedFile } from "./checkFiles";
import { findCopyLosses } from "./compareCopy";
import type { CopyPlan, PlannedCopy } from "./planCopies";
import { errorCode, idOf, sameContent, statOrNull } from "./planCopies";
import { readZip } from "./zipParts";

const argb = (hex: string): { argb: string } => ({ argb: `FF${hex.replace("#", "").toUpperCase()}` });

/** The file-system calls annotating makes; tests put faults in them. */
export interface AnnotateIo {
  readonly readFile: (file: string) => Promise<Buffer>;
  /** Creates a new file (never an existing one) holding `data`. */
  readonly writeNewFile: (file: string, data: Uint8Array) => Promise<void>;
  readonly link: (existing: string, created: string) => Promise<void>;
  readonly rename: (from: string, to: string) => Promise<void>;
}

export const FILE_SYSTEM: AnnotateIo = {
  readFile: (file) => fs.readFile(file),
  writeNewFile: (file, data) => fs.writeFile(file, data, { flag: "wx" }),
  link: (existing, created) => fs.link(existing, created),
  rename: (from, to) => fs.rename(from, to),
};

/**
 * Temporary files live in the output folder (a rename or link into place works only within one file
 * system) under a name that says which machine and process wrote them: `.kpi-check-<host>-<pid>-<random>.tmp`.
 * A run killed outright (kill -9, power loss) cannot remove its own; the next run into the folder
 * removes those of this machine whose process has ended, and leaves every other file alone.
 */
const TEMPORARY = /^\.kpi-check-([A-Za-z0-9-]*)-(\d+)-[0-9a-f]{16}\.tmp$/;
const HOST = hostname()
  .replace(/[^A-Za-z0-9-]/g, "-")
  .slice(0, 40);

function temporaryName(dir: string): string {
  return path.join(dir, `.kpi-check-${HOST}-${process.pid}-${randomBytes(8).toString("hex")}.tmp`);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return errorCode(error) === "EPERM";
  }
}

async function removeStaleTemporaries(dir: string): Promise<AnnotateNotice[]> {
  const notices: AnnotateNotice[] = [];
  const names = await fs.readdir(dir).catch(() => [] as string[]);
  for (const name of names) {
    const m = TEMPORARY.exec(name);
    if (!m || m[1] !== HOST || isRunning(Number(m[2]))) continue;
    const file = path.join(dir, name);
    const info = await fs.lstat(file).catch(() => null);
    if (!info?.isFile()) continue;
    await fs.rm(file, { force: true }).catch(() => undefined);
    notices.push({ code: "stale_temporary_removed", path: file });
  }
  return notices;
}

export interface AnnotateResult {
  readonly notices: readonly AnnotateNotice[];
  /** True when every planned copy was written. */
  readonly complete: boolean;
}

/**
 * Writes a flagged copy of each checked workbook as planned, with the flags the task pane sets: a
 * conditional format per kind (overdue rows, warning cells, error cells) and a note on each flagged cell.
 * A note the user wrote is never replaced; the inputs are only read. A copy is refused when it would lose
 * anything of its original (charts, pivot tables, a data validation …). Each copy is written to a
 * temporary file of its own and linked into place only if its name is still free (or, with --force,
 * still the file it replaces), so a failure leaves no half-written workbook and no run overwrites
 * another's copy. Failures are returned per file, never thrown, so the report is still printed.
 */
export async function annotateFiles(
  files: readonly CheckedFile[],
  plan: Extract<CopyPlan, { ok: true }>,
  locale: Locale,
  io: AnnotateIo = FILE_SYSTEM,
): Promise<AnnotateResult> {
  const notices: AnnotateNotice[] = [];
  const checked = new Map(files.map((f) => [f.path, f]));
  const toWrite = plan.copies.filter((c) => (checked.get(c.input)?.sheets.length ?? 0) > 0);
  let complete = true;
  const refuse = (input: string, problem: AnnotateProblem): void => {
    notices.push({ code: "not_annotated", input, problem });
    complete = false;
  };
  for (const r of plan.refused) {
    if ((checked.get(r.input)?.sheets.length ?? 0) > 0) refuse(r.input, r.problem);
  }
  if (toWrite.length === 0) return { notices, complete };
  try {
    await fs.mkdir(plan.dir, { recursive: true });
  } catch (error) {
    for (const copy of toWrite) {
      refuse(copy.input, { code: "copy_failed", path: plan.dir, reason: errorCode(error) });
    }
    return { notices, complete };
  }
  notices.push(...(await removeStaleTemporaries(plan.dir)));
  for (const copy of toWrite) {
    const file = checked.get(copy.input);
    if (!file) continue;
    let outcome: number | AnnotateProblem;
    try {
      outcome = await writeCopy(file, copy, plan.dir, locale, io);
    } catch (error) {
      // A bug or a broken library must cost this copy only, not the others or the report.
      outcome = { code: "copy_failed", path: copy.target, reason: errorCode(error) };
    }
    if (typeof outcome === "number") {
      notices.push({ code: "annotated", path: copy.target, input: copy.input, notes: outcome });
    } else refuse(copy.input, outcome);
  }
  return { notices, complete };
}

/** Writes one copy; returns the number of notes written, or why the copy was not written. */
async function writeCopy(
  file: CheckedFile,
  copy: PlannedCopy,
  dir: string,
  locale: Locale,
  io: AnnotateIo,
): Promise<number | AnnotateProblem> {
  let original: Buffer;
  try {
    original = await io.readFile(copy.input);
  } catch (error) {
    return { code: "copy_input_unreadable", path: copy.input, reason: errorCode(error) };
  }
  const now = await statOrNull(copy.input);
  if (!now || !sameContent(copy.inputId, idOf(now))) {
    return { code: "copy_input_changed", path: copy.input };
  }
  const book = new ExcelJS.Workbook();
  try {
    // ExcelJS's types ask for an ArrayBuffer; it hands the bytes to JSZip, which takes a Node Buffer as is.
    await book.xlsx.load(original as unknown as ArrayBuffer);
  } catch {
    return { code: "copy_input_unreadable", path: copy.input, reason: "UNREADABLE" };
  }
  for (const sheet of book.worksheets) keepValidationAreas(sheet);
  let notes = 0;
  for (const { grid, report } of file.sheets) {
    const sheet = book.getWorksheet(grid.name);
    if (!sheet) continue;
    notes += applyFlags(sheet, planFlags(report.detection.table, report.evaluation, locale));
  }
  const written = Buffer.from(await book.xlsx.writeBuffer());
  const before = await readZip(original);
  const after = await readZip(written);
  const losses =
    before && after
      ? await findCopyLosses(before, after)
      : [{ kind: "unverifiable" as const, what: "the workbook's parts" }];
  if (losses.length > 0) {
    return { code: "copy_would_lose", path: copy.input, losses: losses.map((l) => describeLoss(l, locale)) };
  }
  const temporary = temporaryName(dir);
  try {
    await io.writeNewFile(temporary, written);
    return (await commit(temporary, copy, io)) ?? notes;
  } catch (error) {
    return { code: "copy_failed", path: copy.target, reason: errorCode(error) };
  } finally {
    await fs.rm(temporary, { force: true }).catch(() => undefined);
  }
}

/**
 * Puts the temporary file in place. A new name is claimed with link(), which fails if the name exists:
 * a copy written meanwhile by another run is never replaced. Where the file system has no hard links
 * (FAT, some network shares), an exclusive copy does the same claim. With --force, the planned file is
 * replaced only if it is still the one seen when planning.
 */
async function commit(temporary: string, copy: PlannedCopy, io: AnnotateIo): Promise<AnnotateProblem | null> {
  if (copy.replaces) {
    const current = await fs.lstat(copy.target, { bigint: true }).catch(() => null);
    if (!current || !sameContent(copy.replaces, idOf(current))) {
      return { code: "copy_taken", path: copy.target };
    }
    await io.rename(temporary, copy.target);
    return null;
  }
  try {
    await io.link(temporary, copy.target);
    return null;
  } catch (error) {
    const code = errorCode(error);
    if (code === "EEXIST") return { code: "copy_taken", path: copy.target };
    if (code !== "EPERM" && code !== "ENOTSUP" && code !== "ENOSYS" && code !== "EOPNOTSUPP") throw error;
  }
  try {
    await fs.copyFile(temporary, copy.target, constants.COPYFILE_EXCL);
  } catch (error) {
    if (errorCode(error) === "EEXIST") return { code: "copy_taken", path: copy.target };
    await fs.rm(copy.target, { force: true }).catch(() => undefined);
    throw error;
  }
  return null;
}

/**
 * ExcelJS reads a data validation as one entry per cell and, on writing, joins the cells again starting
 * from each cell in text order ("C10" before "C4"), so `C4:C100` comes out as `C4:C100` and `C10:C100`:
 * the rows from 10 down under two validations. Given whole areas instead (its model accepts "C4:C100" as
 * a key and writes it as it is), it writes each cell once. The areas are each validation's cells as
 * column runs, side-by-side runs of equal height joined; the copy is still compared with its original.
 */
function keepValidationAreas(sheet: ExcelJS.Worksheet): void {
  const holder = (sheet as unknown as { dataValidations?: { model?: Record<string, unknown> } })
    .dataValidations;
  const model = holder?.model;
  if (!holder || !model) return;
  const cellsByRule = new Map<unknown, Map<number, number[]>>();
  const kept: Record<string, unknown> = {};
  for (const [address, rule] of Object.entries(model)) {
    const m = /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(address);
    if (!m) {
      kept[address] = rule; // already an area, or a form this does not know: left to ExcelJS as it was
      continue;
    }
    const column = columnNumberOf(m[1] ?? "A");
    const columns = cellsByRule.get(rule) ?? new Map<number, number[]>();
    columns.set(column, [...(columns.get(column) ?? []), Number(m[2])]);
    cellsByRule.set(rule, columns);
  }
  for (const [rule, columns] of cellsByRule) {
    // Vertical runs per column, then runs of one height in adjacent columns joined into rectangles.
    const runs = new Map<string, number[]>();
    for (const [column, rows] of columns) {
      const sorted = [...new Set(rows)].sort((a, b) => a - b);
      let top = sorted[0] ?? 1;
      for (let i = 1; i <= sorted.length; i++) {
        const row = sorted[i];
        const previous = sorted[i - 1] ?? top;
        if (row === previous + 1) continue;
        const key = `${top}:${previous}`;
        runs.set(key, [...(runs.get(key) ?? []), column]);
        top = row ?? top;
      }
    }
    for (const [key, cols] of runs) {
      const [top, bottom] = key.split(":").map(Number) as [number, number];
      const sortedCols = cols.sort((a, b) => a - b);
      let left = sortedCols[0] ?? 1;
      for (let i = 1; i <= sortedCols.length; i++) {
        const col = sortedCols[i];
        const previous = sortedCols[i - 1] ?? left;
        if (col === previous + 1) continue;
        const from = `${columnNameOf(left)}${top}`;
        const to = `${columnNameOf(previous)}${bottom}`;
        kept[from === to ? from : `${from}:${to}`] = rule;
        left = col ?? left;
      }
    }
  }
  holder.model = kept;
}

function columnNumberOf(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

function columnNameOf(n: number): string {
  let name = "";
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) name = String.fromCharCode(65 + ((k - 1) % 26)) + name;
  return name;
}

/** Lays a plan's flags on a worksheet; returns how many notes it wrote. */
function applyFlags(sheet: ExcelJS.Worksheet, plan: FlagPlan): number {
  const areas: Record<FlagKind, readonly string[]> = {
    overdue: plan.overdueAreas,
    warning: plan.warningAreas,
    error: plan.errorAreas,
  };
  // Excel lets the rule with the lowest priority number win; LibreOffice takes the first one written.
  // Errors come first either way, then warnings, then overdue rows, as the task pane lays them down.
  const topDown = [...FLAG_KINDS_BOTTOM_UP].reverse();
  topDown.forEach((kind, i) => {
    if (areas[kind].length === 0) return;
    const style = FLAG_STYLE[kind];
    sheet.addConditionalFormatting({
      ref: areas[kind].join(" "),
      rules: [
        {
          type: "expression",
          priority: i + 1,
          formulae: [flagFormula(kind).slice(1)],
          style: {
            fill: { type: "pattern", pattern: "solid", bgColor: argb(style.fill), fgColor: argb(style.fill) },
            ...(style.font ? { font: { color: argb(style.font) } } : {}),
          },
        },
      ],
    });
  });
  let notes = 0;
  for (const note of plan.notes) {
    const cell = sheet.getCell(note.cell);
    if (cell.note) continue; // the user's own note stays as it is
    cell.note = note.text;
    notes++;
  }
  return notes;
}
