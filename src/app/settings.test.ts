import { describe, expect, it, test } from "vitest";
import type { SettingsPort } from "./ports";
import {
  DEFAULT_SETTINGS,
  loadSettings,
  readSettings,
  settingsOrDefaults,
  saveSettings,
  sheetSettingsOf,
  withSheetSettings,
} from "./settings";
import type { WorkbookSettings } from "./settings";

function memoryPort(initial: unknown = null): SettingsPort & { saved: unknown } {
  const port = {
    saved: initial,
    load: async () => port.saved,
    save: async (value: unknown) => {
      port.saved = value;
    },
  };
  return port;
}

const SAVED: WorkbookSettings = {
  version: 1,
  gradePreset: "marks",
  startMonth: 4,
  asOf: "2025-11-21",
  sheets: { "2 行財政改革": { fiscalYear: 2025, mapping: { actual: 7 }, excluded: ["status"] } },
};

describe("readSettings", () => {
  it("reads saved settings as they were saved", () => {
    expect(readSettings(SAVED)).toEqual({ ok: true, value: SAVED });
  });

  it("fills in defaults for fields an older version did not save", () => {
    expect(readSettings({ version: 1 })).toEqual({ ok: true, value: DEFAULT_SETTINGS });
  });

  it("gives the defaults without a message when nothing was saved", () => {
    expect(readSettings(null)).toEqual({ ok: true, value: DEFAULT_SETTINGS });
  });

  test.each([
    [{ version: 1, startMonth: 13 }, "startMonth"],
    [{ version: 1, asOf: "令和7年11月21日" }, "asOf"],
    [{ version: 1, gradePreset: "ＡＢＣ" }, "gradePreset"],
    [{ version: 1, sheets: { KPI一覧: { mapping: { actual: -1 } } } }, "sheets.KPI一覧.mapping.actual"],
    [{ version: 2 }, "version"],
    ["設定", "(root)"],
  ])("refuses %j, naming the field, and the defaults stand in", (raw, field) => {
    const read = readSettings(raw);
    expect(read).toEqual({ ok: false, issues: [{ code: "settings_invalid", field }] });
    expect(settingsOrDefaults(read)).toEqual(DEFAULT_SETTINGS);
  });
});

describe("loadSettings", () => {
  it("loads through the port", async () => {
    expect(await loadSettings(memoryPort(SAVED))).toEqual({ ok: true, value: SAVED });
  });

  it("says so when the saved value is not settings", async () => {
    expect(await loadSettings(memoryPort(42))).toEqual({
      ok: false,
      issues: [{ code: "settings_invalid", field: "(root)" }],
    });
  });
});

describe("saveSettings", () => {
  it("saves settings that load back the same", async () => {
    const port = memoryPort();
    await saveSettings(port, SAVED);
    expect(readSettings(port.saved)).toEqual({ ok: true, value: SAVED });
  });

  it("refuses settings that do not fit the schema, saving nothing", async () => {
    const port = memoryPort();
    await expect(saveSettings(port, { ...SAVED, startMonth: 0 })).rejects.toThrow(RangeError);
    expect(port.saved).toBeNull();
  });
});

describe("sheetSettingsOf", () => {
  it("gives a sheet's saved settings", () => {
    expect(sheetSettingsOf(SAVED, "2 行財政改革").fiscalYear).toBe(2025);
  });

  it("gives no settings for a sheet never saved", () => {
    expect(sheetSettingsOf(SAVED, "存在しないシート")).toEqual({});
  });
});

describe("withSheetSettings", () => {
  it("replaces one sheet's settings and keeps the others", () => {
    const next = withSheetSettings(SAVED, "KPI一覧", { fiscalYear: 2026 });
    expect(next.sheets).toEqual({ ...SAVED.sheets, KPI一覧: { fiscalYear: 2026 } });
  });

  it("drops a sheet whose settings are all empty", () => {
    const next = withSheetSettings(SAVED, "2 行財政改革", {
      mapping: {},
      excluded: [],
      fiscalYear: undefined,
    });
    expect(next.sheets).toEqual({});
  });
});
