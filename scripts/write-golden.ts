import { writeFileSync } from "node:fs";
import path from "node:path";
import { GOLDEN_FILES } from "./goldenTables";

const root = path.resolve(__dirname, "..");
for (const [file, render] of Object.entries(GOLDEN_FILES)) {
  writeFileSync(path.join(root, file), render());
  console.log(`wrote ${file}`);
}
