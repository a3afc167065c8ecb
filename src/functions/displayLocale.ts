import type { Locale } from "../core/messages/formatIssue";
import { localeOf } from "../core/messages/formatIssue";

let known: Locale | null = null;

/**
 * The language of messages and labels: Japanese when Excel's display language is Japanese, English
 * otherwise. Office.js is read on first use, not at load: the functions bundle can run before Office has
 * initialised, and outside Excel (tests, the benchmark) there is no Office at all. Until a display
 * language can be read the answer is Japanese, the language of the sheets this add-in is for.
 * @example displayLocale() // "ja" in Japanese Excel, "en" in English Excel
 */
export function displayLocale(): Locale {
  if (known !== null) return known;
  const language = readDisplayLanguage();
  if (language === null) return "ja";
  known = localeOf(language);
  return known;
}

/** Forgets the language read so far, so the next call reads Office again (for tests). */
export function forgetDisplayLocale(): void {
  known = null;
}

function readDisplayLanguage(): string | null {
  try {
    if (typeof Office === "undefined") return null;
    const language: unknown = Office.context?.displayLanguage;
    return typeof language === "string" && language !== "" ? language : null;
  } catch {
    // Office.context can throw before initialisation on some hosts; the default will do until then.
    return null;
  }
}
