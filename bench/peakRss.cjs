// Preloaded into a child process by memory.bench.ts: at exit, writes the process's peak resident memory
// (kilobytes, from the kernel's own count) to the file named by PEAK_RSS_FILE.
"use strict";
const { writeFileSync } = require("node:fs");

process.on("exit", () => {
  const file = process.env.PEAK_RSS_FILE;
  if (file) writeFileSync(file, String(process.resourceUsage().maxRSS));
});
