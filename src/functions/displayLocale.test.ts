import { afterEach, describe, expect, test, it, vi } from "vitest";
import { displayLocale, forgetDisplayLocale } from "./displayLocale";

afterEach(() => {
  vi.unstubAllGlobals();
  forgetDisplayLocale();
});

describe("displayLocale", () => {
  test.each([
    ["ja-JP", "ja"],
    ["ja", "ja"],
    ["JA-jp", "ja"],
    ["en-US", "en"],
    ["de-DE", "en"],
  ])("gives %s for Excel in %s", (language, locale) => {
    vi.stubGlobal("Office", { context: { displayLanguage: language } });
    forgetDisplayLocale();
    expect(displayLocale()).toBe(locale);
  });

  test.each([
    ["no Office at all", undefined],
    ["Office before it has initialised", { context: undefined }],
    ["an empty display language", { context: { displayLanguage: "" } }],
    [
      "a context that throws",
      {
        get context(): never {
          throw new Error("not initialised");
        },
      },
    ],
  ])("speaks Japanese with %s", (_, office) => {
    vi.stubGlobal("Office", office);
    forgetDisplayLocale();
    expect(displayLocale()).toBe("ja");
  });

  it("reads Office again until a language is known, then keeps it", () => {
    vi.stubGlobal("Office", { context: undefined });
    forgetDisplayLocale();
    expect(displayLocale()).toBe("ja");
    vi.stubGlobal("Office", { context: { displayLanguage: "en-US" } });
    expect(displayLocale()).toBe("en");
    vi.stubGlobal("Office", { context: { displayLanguage: "ja-JP" } });
    expect(displayLocale()).toBe("en");
  });
});
