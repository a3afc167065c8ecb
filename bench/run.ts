// `npm run bench`: throughput figures for the core and the edges. Figures, not pass/fail: they belong in
// issue notes and reviews, measured on the same machine before and after a change.
// `npm run bench -- parsers` runs only the parsers' time-against-length table; `npm run bench -- core` only
// the core's figures (KPI rows per second, their ratio to the NFKC floor, and the time of each stage);
// `npm run bench -- collect` only 取りまとめ's: the task pane's check of collected files against the checker's.
import { benchCli } from "./cli.bench";
import { benchCollect } from "./collect.bench";
import { benchCore } from "./core.bench";
import { formatResult } from "./measure";
import { benchMemory } from "./memory.bench";
import { benchDoneOnLongCells, benchParserScaling } from "./parserScaling.bench";
import { benchTaskpane, formatRoundTrips } from "./taskpane.bench";

async function main(): Promise<void> {
  console.log(`node ${process.version}, ${process.platform}/${process.arch}\n`);
  const only = process.argv[2];
  if (only === "parsers") {
    benchParsers(process.argv[3]);
    return;
  }
  if (only === "collect") {
    for (const line of await benchCollect()) console.log(line);
    return;
  }
  benchCoreFigures();
  if (only === "core") return;
  for (const r of (await import("./functions.bench")).benchFunctions()) console.log(formatResult(r));
  for (const line of await benchCli()) console.log(line);
  for (const line of await benchCollect()) console.log(line);
  for (const line of benchMemory()) console.log(line);
  console.log("\nTask pane over the fake Excel: round trips (context.sync) and request sizes");
  for (const result of await benchTaskpane()) console.log(formatRoundTrips(result));
  benchParsers();
}

function benchCoreFigures(): void {
  const core = benchCore();
  for (const result of core.results) console.log(formatResult(result));
  for (const line of core.lines) console.log(line);
  console.log();
}

function benchParsers(filter?: string): void {
  console.log("\nParsers on crafted worst cases: time against the cell's length");
  benchParserScaling((line) => console.log(line), filter);
  console.log(benchDoneOnLongCells());
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
