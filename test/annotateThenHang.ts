// A checker run that stops for good once its first copy is written to a temporary file, as a run does
// when it is killed (kill -9) at that moment: the test kills it there. Run with tsx.
import { FILE_SYSTEM } from "../src/cli/annotate";
import { runChecker } from "../src/cli/runChecker";

void runChecker(process.argv.slice(2), {
  today: "2025-11-21",
  locale: "ja",
  stdout: () => undefined,
  stderr: (text) => process.stderr.write(text),
  annotateIo: {
    ...FILE_SYSTEM,
    link: (existing) => {
      process.stdout.write(`written ${existing}\n`);
      return new Promise<void>(() => undefined);
    },
  },
});
