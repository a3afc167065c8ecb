import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";

/** The public contract of issue 3: ids, parameters in order (optional ones marked), result types. */
const CONTRACT: readonly {
  readonly id: string;
  readonly parameters: readonly (readonly [name: string, optional: boolean])[];
  readonly result: "number" | "string" | "boolean";
  readonly volatile?: boolean;
}[] = [
  { id: "VALUE", parameters: [["text", false]], result: "number" },
  { id: "UNIT", parameters: [["text", false]], result: "string" },
  { id: "BASELINE", parameters: [["text", false]], result: "number" },
  { id: "TARGET", parameters: [["text", false]], result: "number" },
  {
    id: "ACHIEVEMENT",
    parameters: [
      ["target", false],
      ["actual", false],
      ["direction", true],
    ],
    result: "number",
  },
  {
    id: "PROGRESS",
    parameters: [
      ["baseline", false],
      ["target", false],
      ["actual", false],
    ],
    result: "number",
  },
  {
    id: "GOALRATE",
    parameters: [
      ["numericTarget", false],
      ["actual", false],
    ],
    result: "number",
  },
  {
    id: "GRADE",
    parameters: [
      ["rate", false],
      ["scale", true],
    ],
    result: "string",
  },
  {
    id: "DUE",
    parameters: [
      ["text", false],
      ["fiscalYear", false],
      ["subItem", true],
    ],
    result: "number",
  },
  {
    id: "DONE",
    parameters: [
      ["report", false],
      ["subItem", true],
    ],
    result: "boolean",
  },
  {
    id: "OVERDUE",
    parameters: [
      ["due", false],
      ["done", true],
      ["asOf", true],
    ],
    result: "boolean",
    volatile: true,
  },
  {
    id: "STATUS",
    parameters: [
      ["rate", false],
      ["due", false],
      ["asOf", true],
      ["start", true],
    ],
    result: "string",
    volatile: true,
  },
  {
    id: "FISCALYEAR",
    parameters: [
      ["date", false],
      ["startMonth", true],
    ],
    result: "number",
  },
];

interface ParameterMetadata {
  name: string;
  description?: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
}
interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  parameters: ParameterMetadata[];
  result: { type?: string; dimensionality?: string };
  options?: { volatile?: boolean };
}

const JAPANESE = /[ぁ-んァ-ヶ一-龠]/;

function readMetadata(file: string): FunctionMetadata[] {
  const json = JSON.parse(readFileSync(path.join(inject("distDir"), file), "utf8")) as {
    functions: FunctionMetadata[];
  };
  return json.functions;
}

describe.each(["functions.json", "functions.ja.json"])("dist/%s", (file) => {
  const functions = readMetadata(file);
  const byId = new Map(functions.map((fn) => [fn.id, fn]));

  it("declares exactly the formulas of the contract", () => {
    expect(functions.map((fn) => fn.id).sort()).toEqual(CONTRACT.map((c) => c.id).sort());
  });

  describe.each(CONTRACT)("$id", (contract) => {
    const fn = byId.get(contract.id);

    it("is named as its id, so KPI.<id> is the formula in every language", () => {
      expect(fn?.name).toBe(contract.id);
    });

    it("takes the contract's parameters, in order, with the optional ones marked", () => {
      expect(fn?.parameters.map((p) => [p.name, p.optional === true])).toEqual(contract.parameters);
    });

    it("takes any value in each parameter (numbers or the texts people type), a range for a scale", () => {
      for (const p of fn?.parameters ?? []) {
        expect(p.type, p.name).toBe("any");
        expect(p.dimensionality, p.name).toBe(p.name === "scale" ? "matrix" : undefined);
      }
    });

    it(`returns a single ${contract.result}`, () => {
      expect(fn?.result).toEqual({ type: contract.result });
    });

    it(contract.volatile ? "is volatile, since it reads today's date" : "is not volatile", () => {
      expect(fn?.options?.volatile === true).toBe(contract.volatile === true);
    });

    it("describes the function and every parameter for the person typing the formula", () => {
      expect(fn?.description?.length ?? 0).toBeGreaterThan(20);
      for (const p of fn?.parameters ?? []) expect(p.description?.length ?? 0, p.name).toBeGreaterThan(5);
    });
  });
});

describe("dist/functions.ja.json", () => {
  const english = new Map(readMetadata("functions.json").map((fn) => [fn.id, fn]));
  const japanese = readMetadata("functions.ja.json");

  it.each(japanese.map((fn) => [fn.id, fn] as const))(
    "describes %s and its parameters in Japanese",
    (id, fn) => {
      const en = english.get(id);
      expect(fn.description).toMatch(JAPANESE);
      expect(fn.description).not.toBe(en?.description);
      for (const [i, p] of fn.parameters.entries()) {
        expect(p.description, p.name).toMatch(JAPANESE);
        expect(p.description, p.name).not.toBe(en?.parameters[i]?.description);
      }
    },
  );

  it("keeps everything but the texts as the English file has it", () => {
    const strip = (fn: FunctionMetadata): unknown => ({
      ...fn,
      description: undefined,
      parameters: fn.parameters.map((p) => ({ ...p, description: undefined })),
    });
    for (const fn of japanese) expect(strip(fn)).toEqual(strip(english.get(fn.id) as FunctionMetadata));
  });
});
