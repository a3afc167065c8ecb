import type { FiscalYearReading } from "../../../core/settleFiscalYear";
import type { IsoDate } from "../../../core/calendar";
import type { Locale } from "../../../core/messages/formatIssue";
import type { Issue } from "../../../core/result";
import type { UiStrings } from "../../strings/uiStrings";

export interface PeriodFieldsProps {
  /** The sheet's fiscal year and where it came from; null before a table is found. */
  readonly fiscalYear: FiscalYearReading | null;
  /** The as-of date the sheet is judged on. */
  readonly asOf: IsoDate;
  /** Whether the as-of date was chosen (and saved) rather than today's. */
  readonly asOfChosen: boolean;
  /** Why the value typed last could not be used, under the field it belongs to. */
  readonly inputIssue: { readonly field: "fiscalYear" | "asOf"; readonly issue: Issue } | null;
  readonly strings: UiStrings;
  readonly locale: Locale;
  readonly disabled: boolean;
  /** The fiscal year as typed (令和7年度, R7, 2025); "" to read it from the title again. */
  readonly onFiscalYear: (text: string) => void;
  /** The as-of date as YYYY-MM-DD; "" for today. */
  readonly onAsOf: (text: string) => void;
}
