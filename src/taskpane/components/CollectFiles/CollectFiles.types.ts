import type { ReactNode } from "react";
import type { CollectState } from "../../paneController";
import type { Locale } from "../../../core/messages/formatIssue";

export interface CollectFilesProps {
  /** The pane's language: the section's words load with it (strings/collectStrings.ts). */
  readonly locale: Locale;
  /** The files read so far and how far the reading is; null before the first. */
  readonly collect: CollectState | null;
  /** Whether the pane can unpack .xlsx files here; false: only the reason is shown. */
  readonly canReadFiles: boolean;
  /** True while the pane is busy with anything (the file choice and the sheet button wait). */
  readonly disabled: boolean;
  /** True while files are read: 中止 is offered. */
  readonly collecting: boolean;
  /** Read and check the files chosen or dropped, one at a time. */
  readonly onChoose: (files: readonly File[]) => void;
  /** 中止: stop after keeping what was done. */
  readonly onStop: () => void;
  /** Write the 取りまとめ sheet; `sheetName` when the user took the name offered after a refusal. */
  readonly onBuildSheet: (sheetName?: string) => void;
  /** What the section's last actions said, shown under the sheet button. */
  readonly messages?: ReactNode;
}
