import type { Locale } from "../core/messages/formatIssue";
import type { IsoDate } from "../core/calendar";
import type { AnnotateIo } from "./annotate";
import { formatAnnotateNotice, formatAnnotateProblem } from "./annotateMessages";
import type { CheckedFile } from "./checkFiles";
import { checkFile, collectWorkbooks, exitCodeOf, summarize } from "./checkFiles";
import { formatReport, terminalText } from "./formatReport";
import { USAGE, parseCliOptions } from "./options";
import { planCopies } from "./planCopies";
import { summarizeSheets } from "./summarizeSheets";

/** What the checker gets from its surroundings: the day, the language, where to write, the file system. */
export interface CheckerEnvironment {
  readonly today: IsoDate;
  readonly locale: Locale;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Only tests replace it, to make writing a copy fail in a chosen way. */
  readonly annotateIo?: AnnotateIo;
}

/**
 * Runs the checker over a command line and returns its exit code. The report is always printed once the
 * files are checked: a copy that cannot be written (`--annotate`) is named with why and makes the exit
 * code 2, but never takes the report away.
 */
export async function runChecker(argv: readonly string[], env: CheckerEnvironment): Promise<number> {
  const parsed = parseCliOptions(argv, env.today, env.locale);
  if (!parsed.ok) {
    env.stderr(`check: ${parsed.error}\n\n${USAGE}\n`);
    return 2;
  }
  const options = parsed.options;
  if (options.help) {
    env.stdout(`${USAGE}\n`);
    return 0;
  }
  const files = await collectWorkbooks(options.paths);
  if (files.length === 0) {
    env.stderr(`check: no .xlsx files in ${options.paths.join(", ")}\n`);
    return 2;
  }
  // Where the copies go is settled before any workbook is read, so a bad folder costs nothing.
  const plan =
    options.annotateDir === undefined
      ? undefined
      : await planCopies(files, options.paths, options.annotateDir, options.force === true);
  if (plan && !plan.ok) {
    env.stderr(`check: ${terminalText(formatAnnotateProblem(plan.problem, options.locale))}\n`);
    return 2;
  }
  const checked: CheckedFile[] = [];
  for (const file of files) checked.push(await checkFile(file, options));
  const summarized = summarize(
    options.asOf,
    checked.map((c) => c.report),
  );
  const report = options.summary ? { ...summarized, summaryBySheet: summarizeSheets(checked) } : summarized;
  // The report comes first: whatever happens to the copies afterwards, it is already out.
  env.stdout(formatReport(report, options.format, options.locale));
  for (const file of report.files) {
    if (file.error) env.stderr(`check: ${terminalText(`${file.path}: ${file.error.message}`)}\n`);
  }
  let copiesComplete = true;
  if (plan) {
    const { annotateFiles } = await import("./annotate");
    const result = await annotateFiles(checked, plan, options.locale, env.annotateIo);
    for (const notice of result.notices) {
      env.stderr(`check: ${terminalText(formatAnnotateNotice(notice, options.locale))}\n`);
    }
    copiesComplete = result.complete;
  }
  return copiesComplete ? exitCodeOf(report) : 2;
}
