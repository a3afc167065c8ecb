import type { Locale } from "../core/messages/formatIssue";
import type { CheckedFile } from "./checkFiles";

/** Writes flagged copies of the checked workbooks into `dir`; returns a line per file written. */
export async function annotateFiles(
  files: readonly CheckedFile[],
  dir: string,
  locale: Locale,
): Promise<string[]> {
  void files;
  void dir;
  void locale;
  throw new Error("--annotate is not available yet");
}
