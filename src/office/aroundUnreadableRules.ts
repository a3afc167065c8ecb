/* global Excel */
/**
 * Conditional formats that share cells, which Excel cannot read (office-js #6827, #6835): a flag or clear
 * session that fails for no reason Excel names is retried without them, or refused with their places.
 */
import type { WorkbookOperation } from "../app/workbookFailure";
import { WorkbookFailure, isWorkbookFailure } from "../app/workbookFailure";
import type { ExcelHost } from "./excelHost";

const NONE: ReadonlySet<number> = new Set();

/**
 * Runs a flag or clear session. When it fails before writing, for no reason Excel names, the cause may be
 * rules that share cells, which Excel cannot read (office-js #6827, #6835): each Custom rule is then read
 * on its own, and the session runs again without the unreadable ones. It refuses (rules_unreadable) when
 * some of the add-in's own rules may be among them, as it could not tell them from the user's. A flag
 * also reads every rule's area; when Excel will not give a rule's area, the flag refuses, naming the rule's
 * place, as it could not keep its flags off that rule's cells (the docs and reports are silent on this).
 */
export async function aroundUnreadableRules<T>(
  host: ExcelHost,
  run: (unreadable: ReadonlySet<number>) => Promise<T>,
  operation: "flag" | "clear",
): Promise<T> {
  try {
    return await run(NONE);
  } catch (error) {
    if (!isWorkbookFailure(error) || error.code !== "general" || error.partialWrite) throw error;
    const unreadable = await unreadableRules(host, operation === "flag");
    if (unreadable === null) throw error;
    if (unreadable.areas.size > 0) throw unreadableAreaFailure(unreadable.areas);
    if (unreadable.formulas.size === 0) throw error;
    return await run(unreadable.formulas);
  }
}

/**
 * The places of the active sheet's Custom rules whose formula Excel will not give, each asked for in a
 * session of its own (a failing read stops its whole batch). Only after a failure, so the extra round
 * trips cost nothing on a sheet Excel can read. Null when even the rules' types cannot be read.
 */
async function unreadableRules(
  host: ExcelHost,
  withAreas: boolean,
): Promise<{ formulas: ReadonlySet<number>; areas: ReadonlySet<number> } | null> {
  let types: string[];
  try {
    types = await host.run(async (context) => {
      const formats = context.workbook.worksheets.getActiveWorksheet().getRange().conditionalFormats;
      formats.load("items/type");
      await context.sync();
      return formats.items.map((format) => String(format.type));
    });
  } catch {
    return null;
  }
  const formulas = new Set<number>();
  const areas = new Set<number>();
  const probe = async (index: number, load: (format: Excel.ConditionalFormat) => void) => {
    try {
      await host.run(async (context) => {
        const formats = context.workbook.worksheets.getActiveWorksheet().getRange().conditionalFormats;
        load(formats.getItemAt(index));
        await context.sync();
      });
      return true;
    } catch {
      return false;
    }
  };
  for (const [index, type] of types.entries()) {
    if (type === "Custom" && !(await probe(index, (format) => format.custom.rule.load("formula"))))
      formulas.add(index);
    if (withAreas && !(await probe(index, (format) => format.getRanges().load("address")))) areas.add(index);
  }
  return { formulas, areas };
}

function unreadableAreaFailure(places: ReadonlySet<number>): WorkbookFailure {
  return new WorkbookFailure(
    "rules_unreadable",
    "flag",
    `Excel did not give the cells that conditional formats cover (priority ${[...places].join(", ")}), so flags could land on them and share their cells; nothing was written. Move or delete those rules in Manage Rules, then flag again`,
  );
}

/** The refusal when some of the add-in's own rules may be among those Excel could not read. */
export function unreadableFailure(
  operation: WorkbookOperation,
  unreadable: ReadonlySet<number>,
): WorkbookFailure {
  const places = [...unreadable].join(", ");
  return new WorkbookFailure(
    "rules_unreadable",
    operation,
    `conditional formats that share cells cannot be read (priority ${places}); the add-in's may be among them`,
  );
}
