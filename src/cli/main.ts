// `npm run check -- <files or folders…> [options]`: the checks of the task pane over .xlsx files, for the
// office that collects every department's sheets.
import { localeOf } from "../core/messages/formatIssue";
import { toIsoDate } from "../core/calendar";
import { checkFile, collectWorkbooks, exitCodeOf, summarize } from "./checkFiles";
import { formatReport } from "./formatReport";
import { USAGE, parseCliOptions } from "./options";
import { summarizeSheets } from "./summarizeSheets";

/** Today in the local calendar: the only place the checker reads the clock. */
function today(): string {
  const now = new Date();
  return toIsoDate({ year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() });
}

function systemLocale(): string {
  return process.env.LC_ALL || process.env.LANG || Intl.DateTimeFormat().resolvedOptions().locale;
}

export async function main(argv: readonly string[]): Promise<number> {
  const parsed = parseCliOptions(argv, today(), localeOf(systemLocale()));
  if (!parsed.ok) {
    process.stderr.write(`check: ${parsed.error}\n\n${USAGE}\n`);
    return 2;
  }
  const options = parsed.options;
  if (options.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const files = await collectWorkbooks(options.paths);
  if (files.length === 0) {
    process.stderr.write(`check: no .xlsx files in ${options.paths.join(", ")}\n`);
    return 2;
  }
  const checked = [];
  for (const file of files) checked.push(await checkFile(file, options));
  const summarized = summarize(
    options.asOf,
    checked.map((c) => c.report),
  );
  const report = options.summary ? { ...summarized, summaryBySheet: summarizeSheets(checked) } : summarized;
  if (options.annotateDir !== undefined) {
    const { annotateFiles } = await import("./annotate");
    const written = await annotateFiles(checked, options.annotateDir, options.locale);
    for (const line of written) process.stderr.write(`${line}\n`);
  }
  process.stdout.write(formatReport(report, options.format, options.locale));
  for (const file of report.files) {
    if (file.error) process.stderr.write(`check: ${file.path}: ${file.error.message}\n`);
  }
  return exitCodeOf(report);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `check: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 2;
  },
);
