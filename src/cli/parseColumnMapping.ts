/**
 * The checker's `--map` argument: `role=COLUMN` pairs naming the columns of the table by their letters.
 */
import type { Issue, Result } from "../core/result";
import { fail, ok } from "../core/result";
import type { ColumnMapping, ColumnRole } from "../core/sheetTable";
import { COLUMN_ROLES, columnIndex } from "../core/sheetTable";
import { normalizeWidth } from "../core/text";

const MAPPING_SEPARATORS = /[\s,、;]+/;
const MAPPING_EQUALS = /\s*[=:]\s*/g;
const MAPPING_PART = /^([A-Za-z]+)=([A-Za-z]+)$/;
const ROLE_BY_NAME: ReadonlyMap<string, ColumnRole> = new Map(
  COLUMN_ROLES.map((role) => [role.toLowerCase(), role]),
);

/**
 * Parses `--map` text `initiative=B,period=C,target=F` into a ColumnMapping; fails naming the bad part.
 * @example parseColumnMapping("initiative=B,period=C") // ok({ initiative: 1, period: 2 })
 * @example parseColumnMapping("period=1A") // fail({ code: "mapping_unreadable", text: "period=1A" })
 */
export function parseColumnMapping(text: string): Result<ColumnMapping> {
  const parts = normalizeWidth(text)
    .replace(MAPPING_EQUALS, "=")
    .split(MAPPING_SEPARATORS)
    .filter((part) => part !== "");
  if (parts.length === 0) return fail({ code: "mapping_unreadable", text });
  const mapping: ColumnMapping = {};
  const taken = new Set<number>();
  const issues: Issue[] = [];
  for (const part of parts) {
    const match = MAPPING_PART.exec(part);
    const role = match ? ROLE_BY_NAME.get((match[1] ?? "").toLowerCase()) : undefined;
    const column = match ? columnIndex(match[2] ?? "") : null;
    // A role or a column named twice is a typo, not a choice: say which part, do not pick one.
    if (role === undefined || column === null || mapping[role] !== undefined || taken.has(column)) {
      issues.push({ code: "mapping_unreadable", text: part });
      continue;
    }
    mapping[role] = column;
    taken.add(column);
  }
  return issues.length > 0 ? fail(...issues) : ok(mapping);
}
