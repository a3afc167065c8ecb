import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { GOLDEN_FILES } from "../scripts/goldenTables";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

describe("the committed golden tables", () => {
  for (const [file, render] of Object.entries(GOLDEN_FILES)) {
    it(`${file} shows what the parsers read today (run npm run golden after a change)`, () => {
      expect(readFileSync(path.join(ROOT, file), "utf8")).toBe(render());
    });
  }
});
