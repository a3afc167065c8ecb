// `npm run check -- <files or folders…> [options]`: the checks of the task pane over .xlsx files, for the
// office that collects every department's sheets.
import { localeOf } from "../core/messages/formatIssue";
import { toIsoDate } from "../core/calendar";
import { RUN_TEXT } from "./cliText";
import { terminalText } from "./formatReport";
import { localeOfArguments } from "./options";
import { runChecker } from "./runChecker";

/** Today in the local calendar: the only place the checker reads the clock. */
function today(): string {
  const now = new Date();
  return toIsoDate({ year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() });
}

function systemLocale(): string {
  return process.env.LC_ALL || process.env.LANG || Intl.DateTimeFormat().resolvedOptions().locale;
}

export async function main(argv: readonly string[]): Promise<number> {
  return runChecker(argv, {
    today: today(),
    locale: localeOf(systemLocale()),
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  });
}

const argv = process.argv.slice(2);
main(argv).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // One line in the user's language, never a stack trace: what went wrong and what to do.
    const locale = localeOfArguments(argv, localeOf(systemLocale()));
    const why = error instanceof Error ? error.message : String(error);
    process.stderr.write(`check: ${terminalText(RUN_TEXT[locale].unexpected(why))}\n`);
    process.exitCode = 2;
  },
);
