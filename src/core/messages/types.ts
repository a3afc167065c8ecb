import type { KpiStatus } from "../achievement";
import type { Issue } from "../issues";
import type { IssueLike } from "../result";

/** The languages the product speaks: Japanese first, English when Office's display language is not Japanese. */
export type Locale = "ja" | "en";

/**
 * One message per code of an issue union, each reading its own code's typed parameters; the compiler
 * checks that a catalogue covers every code. The core, the app and each edge keep one per language.
 */
export type IssueMessages<I extends IssueLike> = {
  readonly [C in I["code"]]: (issue: Extract<I, { readonly code: C }>) => string;
};

/** The core's messages in one language: one per issue code, and the status labels. */
export type MessageCatalogue = {
  readonly issues: IssueMessages<Issue>;
  readonly statuses: { readonly [S in KpiStatus]: string };
};
