/**
 * A stand-in for Excel's CustomFunctions runtime, for tests and the benchmark: the Error class and the
 * ErrorCode values the formulas throw, and associate() recording what a bundle registers. The codes are
 * the strings Excel's runtime uses.
 */
export const ERROR_CODES = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

/** CustomFunctions.Error: an error value with the message Excel shows for the cell. */
export class StandInCustomFunctionError extends Error {
  readonly code: string;

  constructor(code: string, message?: string) {
    super(message);
    this.name = "CustomFunctions.Error";
    this.code = code;
  }
}

export interface CustomFunctionsStandIn {
  readonly Error: typeof StandInCustomFunctionError;
  readonly ErrorCode: typeof ERROR_CODES;
  /** Functions registered by id, in the order associate() was called. */
  readonly associations: Map<string, (...args: unknown[]) => unknown>;
  associate(id: string, fn: (...args: unknown[]) => unknown): void;
}

/** A fresh stand-in whose associate() records every call. */
export function createCustomFunctionsStandIn(): CustomFunctionsStandIn {
  const associations = new Map<string, (...args: unknown[]) => unknown>();
  return {
    Error: StandInCustomFunctionError,
    ErrorCode: ERROR_CODES,
    associations,
    associate(id, fn) {
      associations.set(id, fn);
    },
  };
}
