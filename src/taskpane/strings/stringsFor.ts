import type { Locale } from "../../core/messages/formatIssue";
import { en } from "./en";
import { ja } from "./ja";
import type { UiStrings } from "./uiStrings";

const STRINGS: Readonly<Record<Locale, UiStrings>> = { ja, en };

/**
 * The pane's words in a language.
 * @example stringsFor("ja").check.button // "提出前チェック"
 */
export function stringsFor(locale: Locale): UiStrings {
  return STRINGS[locale];
}
