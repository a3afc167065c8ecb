/**
 * 動作確認 (self-test): runs the commands' own ports (the same adapter code the buttons use) in the
 * user's Excel, on a temporary sheet, and checks each result by reading it back. No Excel runs where
 * the add-in is built, so the first real Excel it meets is a user's: this tells, capability by
 * capability, whether that Excel does what the add-in expects.
 *
 * The workbook is left as it was, also when a step fails: the temporary sheets are deleted and the
 * add-in's settings restored in a `finally`. While the test runs, the commands act on the active sheet,
 * which is the temporary one; the planners refuse to write anywhere else.
 */
import type { FlagPlan, Planned, SettingsPort, WorkbookPort } from "./ports";
import { isFlagFormula } from "./flagStyle";
import { freeSheetName } from "./freeSheetName";
import type { NewSheetPort } from "./newSheetPort";
import { ADVISORY_FORMULA } from "./planValidation";
import type { HostInfo, SelfTestPort, SheetInspection } from "./selfTestPort";
import type { WorkbookSettings } from "./settings";
import { loadSettings, readSettings, saveSettings, settingsOrDefaults } from "./settings";
import type { SummarySheetPort, SummarySheetPlan } from "./summaryPort";
import type { ValidationPlan, ValidationPort } from "./validationPort";
import { isWorkbookFailure } from "./workbookFailure";
import { parseKpiValue } from "../core/parseKpiValue";
import type { CellValue, SheetGrid } from "../core/sheetTable";

/** What the self-test checks, in the order it runs them. */
export const SELF_TEST_CAPABILITIES = [
  "read",
  "flag",
  "notes",
  "clear",
  "validation",
  "copy",
  "chart",
  "function",
  "settings",
  "restore",
] as const;
export type SelfTestCapability = (typeof SELF_TEST_CAPABILITIES)[number];

/** Why a capability was not tried. */
export type SelfTestSkip = "notes_unsupported" | "not_available" | "setup_failed";

export type SelfTestLine =
  | { readonly capability: SelfTestCapability; readonly status: "pass" }
  | {
      readonly capability: SelfTestCapability;
      readonly status: "fail";
      /** What differed or what Excel said, for a support report (not translated). */
      readonly detail: string;
    }
  | { readonly capability: SelfTestCapability; readonly status: "skip"; readonly reason: SelfTestSkip };

export interface SelfTestReport {
  readonly host: HostInfo;
  readonly lines: readonly SelfTestLine[];
}

/** The ports the commands use, as the pane has them (absent ones: that command is not offered). */
export interface SelfTestPorts {
  readonly selfTest: SelfTestPort;
  readonly workbook: WorkbookPort;
  readonly settings: SettingsPort;
  readonly validation?: ValidationPort;
  readonly newSheets?: NewSheetPort;
  readonly summary?: SummarySheetPort;
}

/** The temporary sheet: a small KPI list, as a user types one. */
export const SELF_TEST_VALUES: readonly (readonly CellValue[])[] = [
  ["KPI", "基準値", "目標値", "状況"],
  ["ホームページ閲覧数", "130 万PV", "150 万PV", "実施中"],
  ["相談件数", "111 件", "120 件", "未着手"],
  ["ごみ排出量", "R4 7,072 ｔ", "4,352 ｔ以下", ""],
];
const AREA = "A1:D4";
/** The sheet's names ask for free names: a workbook may have anything. */
const SHEET_NAME = "動作確認（削除されます）";
const COPY_NAME = "動作確認 コピー";
const SUMMARY_NAME = "動作確認 集計";

/**
 * The user's own rules the commands must leave alone: a conditional format over part of the cells the
 * flag step would colour (A2:B4), and a dropdown.
 */
const USER_FORMULA = "=LEN($A2)>100";
const USER_RULE_AREA = "A2:B4";
const USER_LIST = "はい,いいえ";
/**
 * What the flag step is asked to write: an error on C3, a warning on B3, an overdue row 4, and a note on
 * C3. Flags never share cells with the user's rule (Excel could then neither read nor clear them,
 * office-js #5222, #6827, #6835), so what lands is C3 and C4:D4, and B3 is counted as left under the
 * user's rule.
 */
const FLAG_PLAN: FlagPlan = {
  overdueAreas: ["A4:D4"],
  errorAreas: ["C3"],
  warningAreas: ["B3"],
  notes: [{ cell: "C3", text: "動作確認のメモ" }],
};
const FLAGGED_AREAS = ["C3", "C4:D4"];
const ADVISORY_PROMPT = "動作確認：入力例の表示だけで、入力は拒否しません。";
const STATUS_LIST = "未着手,実施中,完了";

/**
 * Runs every capability once on a temporary sheet and puts the workbook back.
 * @example await runSelfTest(ports) // { host: { version: "16.0.18025.20104", platform: "PC", excelApi: "1.18" },
 * //   lines: [{ capability: "read", status: "pass" }, …, { capability: "restore", status: "pass" }] }
 */
export async function runSelfTest(ports: SelfTestPorts): Promise<SelfTestReport> {
  const { selfTest } = ports;
  const host = selfTest.hostInfo();
  const lines: SelfTestLine[] = [];
  const results = new Map<SelfTestCapability, SelfTestLine>();
  const record = (line: SelfTestLine) => results.set(line.capability, line);

  let names: readonly string[] = [];
  let sheetName = SHEET_NAME;
  let ready = false;
  let settingsBefore: unknown = null;
  let settingsRead = false;
  try {
    names = await selfTest.begin();
    settingsBefore = await ports.settings.load();
    settingsRead = true;
    sheetName = freeSheetName(SHEET_NAME, names);
    await selfTest.addSheet(sheetName, SELF_TEST_VALUES);
    await selfTest.addUserRules(sheetName, {
      conditionalFormat: { address: USER_RULE_AREA, formula: USER_FORMULA },
      listValidation: { address: "D3:D4", source: USER_LIST },
    });
    ready = true;
  } catch (error) {
    record(failed("read", error));
  }

  if (ready) {
    const steps = stepsOf(ports, sheetName, names, settingsBefore);
    for (const capability of SELF_TEST_CAPABILITIES) {
      const step = steps[capability];
      if (step === undefined) continue;
      try {
        record(await step());
      } catch (error) {
        record(failed(capability, error));
      }
    }
  }

  try {
    await selfTest.finish();
    // What the user had saved is there again, exactly.
    const after = settingsRead ? await ports.settings.load() : null;
    if (settingsRead && JSON.stringify(after) !== JSON.stringify(settingsBefore)) {
      record(fail("restore", `settings after: ${JSON.stringify(after)}`));
    } else record({ capability: "restore", status: "pass" });
  } catch (error) {
    record(failed("restore", error));
  }

  for (const capability of SELF_TEST_CAPABILITIES) {
    lines.push(results.get(capability) ?? { capability, status: "skip", reason: "setup_failed" });
  }
  return { host, lines };
}

type Step = () => Promise<SelfTestLine>;

function stepsOf(
  ports: SelfTestPorts,
  sheetName: string,
  names: readonly string[],
  settingsBefore: unknown,
): Partial<Record<SelfTestCapability, Step>> {
  const { selfTest, workbook } = ports;
  const taken = [...names, sheetName];
  // Filled by the flag step, read by the notes step.
  let notesSupported: boolean | null = null;
  let notesWritten = 0;

  const onlyHere = <T>(grid: SheetGrid, plan: T): Planned<boolean, T> =>
    grid.name === sheetName ? { value: true, plan } : { value: false, plan: null };

  return {
    read: async () => {
      const grid = await workbook.readActiveSheet();
      if (grid.name !== sheetName) return fail("read", `active sheet read: ${grid.name}`);
      const got = JSON.stringify(grid.values);
      const want = JSON.stringify(SELF_TEST_VALUES);
      return got === want ? pass("read") : fail("read", `values ${got}, expected ${want}`);
    },

    flag: async () => {
      await selfTest.activate(sheetName);
      const { value, outcome } = await workbook.flagActiveSheet((grid) => onlyHere(grid, FLAG_PLAN));
      if (!value || outcome === null) return fail("flag", "the active sheet was not the test sheet");
      notesSupported = outcome.notesSupported;
      notesWritten = outcome.notesWritten;
      const seen = await selfTest.inspect(sheetName, AREA, []);
      const flagged = flagAreas(seen);
      const problems = [
        outcome.conditionalFormatsAdded === 2 ? null : `formats added ${outcome.conditionalFormatsAdded}`,
        JSON.stringify(flagged) === JSON.stringify(FLAGGED_AREAS)
          ? null
          : `flagged ${JSON.stringify(flagged)}`,
        outcome.findingCellsUnderUserRules === 1
          ? null
          : `cells left under the user's rule ${String(outcome.findingCellsUnderUserRules)}`,
        userRuleProblem(seen),
        JSON.stringify(seen.values) === JSON.stringify(SELF_TEST_VALUES) ? null : "cell values changed",
      ];
      return verdict("flag", problems);
    },

    notes: async () => {
      if (notesSupported === null) return fail("notes", "not tried: flagging failed");
      if (!notesSupported) return { capability: "notes", status: "skip", reason: "notes_unsupported" };
      const seen = await selfTest.inspect(sheetName, AREA, []);
      const note = FLAG_PLAN.notes[0];
      return verdict("notes", [
        notesWritten === 1 ? null : `notes written ${notesWritten}`,
        seen.notes?.[note?.cell ?? ""] === note?.text ? null : `notes ${JSON.stringify(seen.notes)}`,
      ]);
    },

    clear: async () => {
      // Clearing acts on the active sheet and has no planner to refuse another one: make sure it is ours.
      await selfTest.activate(sheetName);
      const outcome = await workbook.clearFlags();
      const seen = await selfTest.inspect(sheetName, AREA, []);
      return verdict("clear", [
        outcome.conditionalFormatsRemoved === 2
          ? null
          : `formats removed ${outcome.conditionalFormatsRemoved}`,
        seen.conditionalFormats.length === 1 ? null : `rules left ${JSON.stringify(seen.conditionalFormats)}`,
        userRuleProblem(seen),
        seen.notes !== null && Object.keys(seen.notes).length > 0
          ? `notes left ${JSON.stringify(seen.notes)}`
          : null,
      ]);
    },

    validation: async () => {
      if (ports.validation === undefined) {
        return { capability: "validation", status: "skip", reason: "not_available" };
      }
      const plan = validationPlan();
      await selfTest.activate(sheetName);
      const { value, outcome } = await ports.validation.installValidation((grid) => onlyHere(grid, plan), {
        replaceExisting: true,
      });
      if (!value || outcome === null) return fail("validation", "the active sheet was not the test sheet");
      const installed = await selfTest.inspect(sheetName, AREA, ["B3", "D3"]);
      await selfTest.activate(sheetName);
      const removal = await ports.validation.removeValidation();
      const restored = await selfTest.inspect(sheetName, AREA, ["B3", "D3"]);
      const b3 = installed.validation.B3;
      const d3 = installed.validation.D3;
      return verdict("validation", [
        outcome.replaced.includes("D2:D4") ? null : `replaced ${JSON.stringify(outcome.replaced)}`,
        d3?.type === "List" && d3.listSource === STATUS_LIST ? null : `D3 installed ${JSON.stringify(d3)}`,
        // A prompt-only rule: Excel shows the example and accepts whatever is typed.
        b3?.type === "Custom" && b3.promptMessage === ADVISORY_PROMPT && !b3.showAlert
          ? null
          : `B3 installed ${JSON.stringify(b3)}`,
        removal.restored.includes("D2:D4") ? null : `restored ${JSON.stringify(removal.restored)}`,
        restored.validation.D3?.type === "List" && restored.validation.D3.listSource === USER_LIST
          ? null
          : `D3 after removal ${JSON.stringify(restored.validation.D3)}`,
        restored.validation.B3?.type === "None"
          ? null
          : `B3 after removal ${JSON.stringify(restored.validation.B3)}`,
      ]);
    },

    copy: async () => {
      if (ports.newSheets === undefined)
        return { capability: "copy", status: "skip", reason: "not_available" };
      const copyName = freeSheetName(COPY_NAME, taken);
      taken.push(copyName);
      await selfTest.activate(sheetName);
      const { write } = await ports.newSheets.carryForward(({ grid }) =>
        onlyHere(grid, { sheetName: copyName, cells: [{ cell: "D2", value: "" }], formulas: [] }),
      );
      if (write === null) return fail("copy", "the active sheet was not the test sheet");
      const seen = await selfTest.inspect(copyName, AREA, ["D3"]);
      const want = SELF_TEST_VALUES.map((row, r) => row.map((v, c) => (r === 1 && c === 3 ? "" : v)));
      return verdict("copy", [
        write.sheetName === copyName ? null : `copy named ${write.sheetName}`,
        JSON.stringify(seen.values) === JSON.stringify(want)
          ? null
          : `copy values ${JSON.stringify(seen.values)}`,
        // The user's dropdown came along with the copy.
        seen.validation.D3?.listSource === USER_LIST ? null : `copy D3 ${JSON.stringify(seen.validation.D3)}`,
      ]);
    },

    chart: async () => {
      if (ports.summary === undefined)
        return { capability: "chart", status: "skip", reason: "not_available" };
      const summaryName = freeSheetName(SUMMARY_NAME, taken);
      taken.push(summaryName);
      const result = await ports.summary.writeSummarySheet(summaryName, () => ({
        value: true,
        plan: summaryPlan(),
      }));
      if (result.taken) return fail("chart", `sheet name taken: ${result.sheetName}`);
      const seen = await selfTest.inspect(summaryName, "A1:C3", []);
      const removed = await ports.summary.removeSummarySheet();
      return verdict("chart", [
        JSON.stringify(seen.chartTypes) === '["BarStacked"]'
          ? null
          : `charts ${JSON.stringify(seen.chartTypes)}`,
        seen.values[1]?.[1] === 3 ? null : `summary values ${JSON.stringify(seen.values)}`,
        removed.removed === summaryName ? null : `removed ${String(removed.removed)}`,
      ]);
    },

    function: async () => {
      const text = SELF_TEST_VALUES[1]?.[1] ?? null;
      const parsed = parseKpiValue(text);
      const expected = parsed.ok ? parsed.value.amount : null;
      // B2 holds "130 万PV"; Z1 is blank, which the formulas read as a missing value (#N/A).
      const values = await selfTest.calculate(sheetName, [
        { cell: "F2", formula: "=KPI.VALUE(B2)" },
        { cell: "F3", formula: "=KPI.VALUE(Z1)" },
      ]);
      return verdict("function", [
        values[0] === expected
          ? null
          : `=KPI.VALUE(B2) gave ${JSON.stringify(values[0])}, expected ${expected}`,
        values[1] === "#N/A"
          ? null
          : `=KPI.VALUE(Z1) on a blank cell gave ${JSON.stringify(values[1])}, expected #N/A`,
      ]);
    },

    settings: async () => {
      const before = settingsOrDefaults(readSettings(settingsBefore));
      // A change nobody would make by hand, so that reading it back proves the write.
      const probe: WorkbookSettings = { ...before, startMonth: before.startMonth === 1 ? 2 : 1 };
      await saveSettings(ports.settings, probe);
      const read = settingsOrDefaults(await loadSettings(ports.settings));
      const problems = [
        JSON.stringify(read) === JSON.stringify(probe) ? null : `read back ${JSON.stringify(read)}`,
      ];
      // Put back what was there; `finish` restores it exactly (a workbook that had none gets none).
      if (settingsBefore !== null) {
        await ports.settings.save(settingsBefore);
        const again = await ports.settings.load();
        problems.push(
          JSON.stringify(again) === JSON.stringify(settingsBefore)
            ? null
            : `restored ${JSON.stringify(again)}`,
        );
      }
      return verdict("settings", problems);
    },
  };
}

function validationPlan(): ValidationPlan {
  return {
    targets: [
      {
        kind: "advisory",
        column: 1,
        firstRow: 2,
        lastRow: 4,
        spec: {
          rule: { custom: { formula: ADVISORY_FORMULA } },
          prompt: { showPrompt: true, title: "動作確認", message: ADVISORY_PROMPT },
          errorAlert: { showAlert: false, style: "Information", title: "動作確認", message: "" },
          ignoreBlanks: true,
        },
      },
      {
        kind: "status",
        column: 3,
        firstRow: 2,
        lastRow: 4,
        spec: {
          rule: { list: { inCellDropDown: true, source: STATUS_LIST } },
          prompt: { showPrompt: false, title: "", message: "" },
          errorAlert: {
            showAlert: true,
            style: "Stop",
            title: "動作確認",
            message: "一覧から選んでください。",
          },
          ignoreBlanks: true,
        },
      },
    ],
  };
}

function summaryPlan(): SummarySheetPlan {
  return {
    cells: [
      ["シート", "達成", "遅れ"],
      ["動作確認", 3, 1],
      ["動作確認 2", 2, 2],
    ],
    numberFormats: [],
    bold: ["A1:C1"],
    columnWidths: [120, 60, 60],
    chart: { type: "BarStacked", source: "A1:C3", title: "動作確認", topLeft: "E1", bottomRight: "K12" },
  };
}

function pass(capability: SelfTestCapability): SelfTestLine {
  return { capability, status: "pass" };
}

function fail(capability: SelfTestCapability, detail: string): SelfTestLine {
  return { capability, status: "fail", detail };
}

function verdict(capability: SelfTestCapability, problems: readonly (string | null)[]): SelfTestLine {
  const found = problems.filter((p): p is string => p !== null);
  return found.length === 0 ? pass(capability) : fail(capability, found.join("; "));
}

/** A step that threw: Excel's own words when it was Excel. */
function failed(capability: SelfTestCapability, error: unknown): SelfTestLine {
  if (isWorkbookFailure(error)) return fail(capability, `${error.code}: ${error.detail}`);
  return fail(capability, error instanceof Error ? `${error.name}: ${error.message}` : String(error));
}

/** The areas of the add-in's flags on the sheet, sorted. */
function flagAreas(seen: SheetInspection): string[] {
  return seen.conditionalFormats
    .filter((rule) => rule.formula !== null && isFlagFormula(rule.formula))
    .map((rule) => rule.address)
    .sort();
}

/** What is wrong with the user's conditional format as read back: gone, moved, changed or unreadable. */
function userRuleProblem(seen: SheetInspection): string | null {
  const mine = seen.conditionalFormats.filter(
    (rule) => rule.formula === null || !isFlagFormula(rule.formula),
  );
  const rule = mine[0];
  if (mine.length !== 1 || rule === undefined) return `the user's rules ${JSON.stringify(mine)}`;
  if (rule.formula === null) return `the user's conditional format cannot be read (${rule.address})`;
  if (rule.formula !== USER_FORMULA || rule.address !== USER_RULE_AREA)
    return `the user's conditional format changed: ${rule.formula} on ${rule.address}`;
  return null;
}
