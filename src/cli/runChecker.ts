import path from "node:path";
import type { Locale } from "../core/messages/formatIssue";
import type { IsoDate } from "../core/calendar";
import type { AnnotateIo } from "./annotate";
import { formatAnnotateNotice, formatAnnotateProblem } from "./annotateMessages";
import type { CheckedFile } from "./checkFiles";
import { checkFile, exitCodeOf, summarize } from "./checkFiles";
import { OPTION_TEXT, RUN_TEXT } from "./cliText";
import { collectWorkbooks } from "./collectWorkbooks";
import { formatReport, formatSummaryCsv, terminalText } from "./formatReport";
import { parseCliOptions, usageOf } from "./options";
import { summaryPathOf, writeReportFile } from "./writeReportFile";
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
  /** Only tests replace it, to make writing the --output file fail. */
  readonly writeFile?: typeof writeReportFile;
}

/**
 * Runs the checker over a command line and returns its exit code. The report is always printed once the
 * files are checked: a copy that cannot be written (`--annotate`) is named with why and makes the exit
 * code 2, but never takes the report away.
 */
export async function runChecker(argv: readonly string[], env: CheckerEnvironment): Promise<number> {
  const parsed = parseCliOptions(argv, env.today, env.locale);
  if (!parsed.ok) {
    env.stderr(`check: ${parsed.error}\n${OPTION_TEXT[parsed.locale].seeHelp}\n`);
    return 2;
  }
  const options = parsed.options;
  const say = RUN_TEXT[options.locale];
  if (options.help) {
    env.stdout(`${usageOf(options.locale)}\n`);
    return 0;
  }
  const { workbooks: files, notChecked } = await collectWorkbooks(options.paths);
  for (const skipped of notChecked) {
    env.stderr(`check: ${terminalText(say.notChecked[skipped.reason](skipped.path))}\n`);
  }
  if (files.length === 0) {
    env.stderr(`check: ${terminalText(say.noWorkbooks(options.paths.join(", ")))}\n`);
    return 2;
  }
  if (options.output !== undefined && files.some((file) => samePath(file, options.output ?? ""))) {
    env.stderr(`check: ${terminalText(say.outputIsInput(options.output))}\n`);
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
  const text = formatReport(report, options.format, options.locale);
  if (options.output === undefined) env.stdout(text);
  else {
    const write = env.writeFile ?? writeReportFile;
    const written = await write(options.output, text);
    if (!written.ok) {
      // The report is not lost: it goes to the screen, and the run says why the file was not written.
      env.stdout(text);
      env.stderr(`check: ${terminalText(say.outputFailed(options.output, written.why))}\n`);
      return 2;
    }
    env.stdout(`${terminalText(say.outputWritten(options.output))}\n`);
    if (options.format === "csv" && report.summaryBySheet) {
      const summaryPath = summaryPathOf(options.output);
      const summaryWritten = await write(
        summaryPath,
        formatSummaryCsv(report.summaryBySheet, options.locale),
      );
      if (!summaryWritten.ok) {
        env.stderr(`check: ${terminalText(say.outputFailed(summaryPath, summaryWritten.why))}\n`);
        return 2;
      }
      env.stdout(`${terminalText(say.summaryWritten(summaryPath))}\n`);
    }
  }
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

/** Whether two paths name one file, as the file system resolves them (case and `..` included). */
function samePath(a: string, b: string): boolean {
  const resolvedA = path.resolve(a);
  const resolvedB = path.resolve(b);
  return process.platform === "win32" || process.platform === "darwin"
    ? resolvedA.toLowerCase() === resolvedB.toLowerCase()
    : resolvedA === resolvedB;
}
