// `npm run bench`: throughput figures for the core and the edges. Figures, not pass/fail: they belong in
// issue notes and reviews, measured on the same machine before and after a change.
import { benchCli } from "./cli.bench";
import { benchCore } from "./core.bench";
import { formatResult } from "./measure";
import { benchMemory } from "./memory.bench";
import { benchTaskpane, formatRoundTrips } from "./taskpane.bench";

async function main(): Promise<void> {
  console.log(`node ${process.version}, ${process.platform}/${process.arch}\n`);
  for (const result of benchCore()) console.log(formatResult(result));
  for (const r of (await import("./functions.bench")).benchFunctions()) console.log(formatResult(r));
  for (const line of await benchCli()) console.log(line);
  for (const line of benchMemory()) console.log(line);
  console.log("\nTask pane over the fake Excel: round trips (context.sync) and request sizes");
  for (const result of await benchTaskpane()) console.log(formatRoundTrips(result));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
