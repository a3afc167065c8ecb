import type { IssueMessages } from "../../core/messages/types";
import type { ArgumentIssue } from "../argumentIssues";

/** The formulas' own issues in English. */
export const argumentEn: IssueMessages<ArgumentIssue> = {
  start_month_invalid: (i) =>
    `The fiscal year's start month${i.text === "" ? "" : ` "${i.text}"`} must be a whole number from 1 to 12 (4, April, when omitted).`,
  unexpected_failure: (i) =>
    `The formula failed unexpectedly${i.detail ? ` (${i.detail})` : ""}. Check its arguments.`,
};
