// `npm run bench`: throughput figures for the core and the edges. Figures, not pass/fail: they belong in
// issue notes and reviews, measured on the same machine before and after a change.
import { benchCli } from "./cli.bench";
import { benchCore } from "./core.bench";
import { formatResult } from "./measure";

async function main(): Promise<void> {
  console.log(`node ${process.version}, ${process.platform}/${process.arch}\n`);
  for (const result of benchCore()) console.log(formatResult(result));
  for (const r of (await import("./functions.bench")).benchFunctions()) console.log(formatResult(r));
  for (const line of await benchCli()) console.log(line);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
