import type { KpiStatus } from "../achievement";
import type { IssueCode } from "../issueCodes";
import type { Issue } from "../result";

/** The languages the product speaks: Japanese first, English when Office's display language is not Japanese. */
export type Locale = "ja" | "en";

/** One message per issue code; the compiler checks that a catalogue covers every code. */
export type MessageCatalogue = {
  readonly issues: { readonly [C in IssueCode]: (issue: Issue) => string };
  readonly statuses: { readonly [S in KpiStatus]: string };
};
