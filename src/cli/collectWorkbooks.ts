import { readdir, stat } from "node:fs/promises";
import path from "node:path";

/** Why a file in a checked folder was not checked; each has its own advice (cliText.ts). */
export type NotCheckedReason = "old_format" | "macro_enabled" | "binary_format" | "not_a_workbook";

export interface NotChecked {
  readonly path: string;
  readonly reason: NotCheckedReason;
}

export interface CollectedWorkbooks {
  /** The .xlsx files to check, in a stable order. */
  readonly workbooks: readonly string[];
  /** Every other file found in the folders, with why it is not checked, in the same order. */
  readonly notChecked: readonly NotChecked[];
}

const REASON_BY_EXTENSION: Readonly<Record<string, NotCheckedReason>> = {
  ".xls": "old_format",
  ".xlsm": "macro_enabled",
  ".xltm": "macro_enabled",
  ".xlsb": "binary_format",
};

/**
 * Every .xlsx below the given files and folders, and every other file found there with why it is not
 * checked: an office that collects 40 departments' files must see that `総務部.xls` was not looked at.
 * Office's lock files (`~$…`, left while a workbook is open) are the one silent exception. A file given by
 * name is always checked: reading it says what is wrong with it, naming the file.
 */
export async function collectWorkbooks(paths: readonly string[]): Promise<CollectedWorkbooks> {
  const found: string[] = [];
  const notChecked = new Map<string, NotCheckedReason>();
  for (const given of paths) {
    const info = await stat(given).catch(() => null);
    if (!info?.isDirectory()) {
      found.push(given);
      continue;
    }
    const entries = await readdir(given, { recursive: true, withFileTypes: true });
    for (const entry of entries) {
      if (!entry.isFile() || entry.name.startsWith("~$")) continue;
      const file = path.join(entry.parentPath, entry.name);
      const extension = path.extname(entry.name).toLowerCase();
      if (extension === ".xlsx") found.push(file);
      else notChecked.set(file, REASON_BY_EXTENSION[extension] ?? "not_a_workbook");
    }
  }
  const byName = (a: string, b: string): number => a.localeCompare(b, "ja");
  const workbooks = [...new Set(found)].sort(byName);
  const checked = new Set(workbooks);
  return {
    workbooks,
    notChecked: [...notChecked.keys()]
      .filter((file) => !checked.has(file))
      .sort(byName)
      .map((file) => ({ path: file, reason: notChecked.get(file) ?? "not_a_workbook" })),
  };
}
