import { randomBytes } from "node:crypto";
import { rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";

/** Why a report file could not be written, in words a user can act on (cliText.ts says each). */
export type WriteFailure =
  "no_permission" | "no_folder" | "is_folder" | "name_too_long" | "disk_full" | "other";

export type ReportWritten = { readonly ok: true } | { readonly ok: false; readonly why: WriteFailure };

const FAILURE_BY_CODE: Readonly<Record<string, WriteFailure>> = {
  EACCES: "no_permission",
  EPERM: "no_permission",
  EROFS: "no_permission",
  ENOENT: "no_folder",
  ENOTDIR: "no_folder",
  EISDIR: "is_folder",
  ENAMETOOLONG: "name_too_long",
  ENOSPC: "disk_full",
  EDQUOT: "disk_full",
};

/**
 * Writes the report into `file` whole or not at all: into a temporary file of a unique name beside it,
 * then renamed over it, so a reader never sees half a report and a failed run leaves no stray file. The
 * text is written as it is given (a CSV starts with its byte-order mark at byte 0).
 */
export async function writeReportFile(file: string, text: string): Promise<ReportWritten> {
  const temporary = path.join(
    path.dirname(file),
    `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString("hex")}.partial`,
  );
  try {
    await writeFile(temporary, text, { encoding: "utf8", flag: "wx" });
    await rename(temporary, file);
    return { ok: true };
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined);
    const code = (error as NodeJS.ErrnoException).code ?? "";
    return { ok: false, why: FAILURE_BY_CODE[code] ?? "other" };
  }
}

/** The summary's own file beside a CSV report: `報告.csv` → `報告.summary.csv`. */
export function summaryPathOf(output: string): string {
  const extension = path.extname(output);
  const stem = extension.toLowerCase() === ".csv" ? output.slice(0, -extension.length) : output;
  return `${stem}.summary.csv`;
}
