import type { SubItemParams } from "../issues";
import type { IssueLike } from "../result";

/**
 * The sub-items an issue is about, as a message starts with them: `(1) `, or `(3)(4) ` for a group
 * (`subItems: "3,4"`); "" when the issue is about the whole item. The same in every language.
 * @example subItemPrefix({ code: "stale_planned_statement", subItem: 3, subItems: "3,4", month: 10 }) // "(3)(4) "
 */
export function subItemPrefix(issue: IssueLike & SubItemParams): string {
  if (typeof issue.subItems === "string" && issue.subItems !== "") {
    return `${issue.subItems
      .split(",")
      .map((n) => `(${n})`)
      .join("")} `;
  }
  return issue.subItem != null ? `(${String(issue.subItem)}) ` : "";
}
