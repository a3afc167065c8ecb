import { StandInCustomFunctionError } from "../src/functions/customFunctionsStandIn";

/** The Excel error a call throws; fails when it returns, or throws anything but an Excel error. */
export function excelErrorOf(call: () => unknown): StandInCustomFunctionError {
  let result: unknown;
  try {
    result = call();
  } catch (error) {
    if (error instanceof StandInCustomFunctionError) return error;
    throw new Error(`threw a raw exception: ${String(error)}`);
  }
  throw new Error(`expected an Excel error, got ${JSON.stringify(result)}`);
}
