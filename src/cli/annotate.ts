import { mkdir, rename, rm } from "node:fs/promises";
import path from "node:path";
import ExcelJS from "exceljs";
import type { FlagKind } from "../app/flagStyle";
import { FLAG_KINDS_BOTTOM_UP, FLAG_STYLE, flagFormula } from "../app/flagStyle";
import { planFlags } from "../app/planFlags";
import type { FlagPlan } from "../app/ports";
import type { Locale } from "../core/messages/formatIssue";
import type { CheckedFile } from "./checkFiles";

const argb = (hex: string): { argb: string } => ({ argb: `FF${hex.replace("#", "").toUpperCase()}` });

/**
 * Writes a flagged copy of each checked workbook into `dir`, with the flags the task pane sets: a
 * conditional format per kind (overdue rows, warning cells, error cells) and a note on each flagged cell.
 * A note the user wrote is never replaced. The input files are only read. Each copy is written to a
 * temporary file and renamed into place, so a failure leaves no half-written workbook behind.
 * Returns a line per file written, for the terminal.
 */
export async function annotateFiles(
  files: readonly CheckedFile[],
  dir: string,
  locale: Locale,
): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const written: string[] = [];
  const used = new Set<string>();
  for (const file of files) {
    if (file.sheets.length === 0) continue;
    const target = uniqueTarget(dir, file.path, used);
    if (path.resolve(target) === path.resolve(file.path)) {
      throw new Error(`--annotate would overwrite the input ${file.path}: choose another folder`);
    }
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file.path);
    let notes = 0;
    for (const { grid, check } of file.sheets) {
      const sheet = book.getWorksheet(grid.name);
      if (!sheet) continue;
      notes += applyFlags(sheet, planFlags(check.table, check.evaluation, locale));
    }
    const temporary = `${target}.partial`;
    try {
      await book.xlsx.writeFile(temporary);
      await rename(temporary, target);
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
    written.push(`annotated: ${target} (${notes} notes)`);
  }
  return written;
}

/** The copy's path: the input's file name, numbered when two inputs in different folders share it. */
function uniqueTarget(dir: string, input: string, used: Set<string>): string {
  const { name, ext } = path.parse(input);
  let candidate = path.join(dir, `${name}${ext}`);
  for (let n = 2; used.has(candidate); n++) candidate = path.join(dir, `${name} (${n})${ext}`);
  used.add(candidate);
  return candidate;
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
