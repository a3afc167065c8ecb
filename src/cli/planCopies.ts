/**
 * Where `--annotate DIR` puts each copy, decided before any workbook is read or anything is written:
 * never into the checked folders, never onto an input, never over an existing file without `--force`,
 * and never two copies onto one name. Files are compared by identity (device and inode), which sees
 * through symlinks, hard links, upper/lower case on case-insensitive file systems and Unicode forms.
 */
import type { BigIntStats } from "node:fs";
import { lstat, stat } from "node:fs/promises";
import path from "node:path";
import type { AnnotateProblem } from "./annotateMessages";

/** A file's identity and, for inputs, what tells that it changed. */
export interface FileId {
  // As bigints: on Windows a file's index is 64 bits (ReFS more), past a number's exact range.
  readonly dev: bigint;
  readonly ino: bigint;
  readonly size: bigint;
  readonly mtimeNs: bigint;
}

export interface PlannedCopy {
  readonly input: string;
  readonly target: string;
  /** The input as it was when planned: the copy is not written if the input changed since. */
  readonly inputId: FileId | null;
  /** With --force, the existing file this copy replaces; it is replaced only if it is still that file. */
  readonly replaces?: FileId;
}

export interface RefusedCopy {
  readonly input: string;
  readonly target?: string;
  readonly problem: AnnotateProblem;
}

export type CopyPlan =
  | {
      readonly ok: true;
      readonly dir: string;
      readonly copies: readonly PlannedCopy[];
      readonly refused: readonly RefusedCopy[];
    }
  /** The whole run must not annotate (the folder is inside the checked folders): nothing is checked. */
  | { readonly ok: false; readonly problem: AnnotateProblem };

export const idOf = (s: BigIntStats): FileId => ({
  dev: s.dev,
  ino: s.ino,
  size: s.size,
  mtimeNs: s.mtimeNs,
});
/** The same file: same device and inode (file index on Windows). */
export const sameFile = (a: FileId | null | undefined, b: FileId | null | undefined): boolean =>
  !!a && !!b && a.dev === b.dev && a.ino === b.ino;
/** The same file, unchanged since `a` was taken. */
export const sameContent = (a: FileId | null | undefined, b: FileId | null | undefined): boolean =>
  sameFile(a, b) && a?.size === b?.size && a?.mtimeNs === b?.mtimeNs;

export async function statOrNull(p: string): Promise<BigIntStats | null> {
  return stat(p, { bigint: true }).catch(() => null);
}

/** Every folder from `p` up to the root that exists, as identities (the first existing one included). */
async function existingAncestors(p: string): Promise<FileId[]> {
  const ids: FileId[] = [];
  let current = path.resolve(p);
  for (;;) {
    const s = await statOrNull(current);
    if (s) ids.push(idOf(s));
    const parent = path.dirname(current);
    if (parent === current) return ids;
    current = parent;
  }
}

/**
 * Plans the copies of `inputs` (the workbooks found under `given`) into `dir`.
 * @example await planCopies(["提出/総務部/X.xlsx", "提出/企画課/X.xlsx"], ["提出"], "注記", false)
 * // { ok: true, dir: "注記", copies: [{ target: "注記/総務部_X.xlsx", … }, { target: "注記/企画課_X.xlsx", … }], refused: [] }
 * @example await planCopies(["提出/X.xlsx"], ["提出"], "提出/注記", false)
 * // { ok: false, problem: { code: "annotate_into_checked_folder", dir: "提出/注記", folder: "提出" } }
 */
export async function planCopies(
  inputs: readonly string[],
  given: readonly string[],
  dir: string,
  force: boolean,
): Promise<CopyPlan> {
  const dirAncestors = await existingAncestors(dir);
  for (const folder of given) {
    const s = await statOrNull(folder);
    if (s?.isDirectory() && dirAncestors.some((a) => sameFile(a, idOf(s)))) {
      return { ok: false, problem: { code: "annotate_into_checked_folder", dir, folder } };
    }
  }
  const dirStat = await statOrNull(dir);
  const inputIds = new Map<string, FileId | null>();
  for (const input of inputs) {
    const s = await statOrNull(input);
    inputIds.set(input, s ? idOf(s) : null);
    // An input below the folder (given as a file, or through a link) would be beside its copy.
    if (s && dirStat?.isDirectory()) {
      const above = await existingAncestors(path.dirname(input));
      if (above.some((a) => sameFile(a, idOf(dirStat)))) {
        return { ok: false, problem: { code: "annotate_into_checked_folder", dir, folder: input } };
      }
    }
  }
  const names = nameCopies(inputs);
  const copies: PlannedCopy[] = [];
  const refused: RefusedCopy[] = [];
  for (const input of inputs) {
    const name = names.get(input);
    if (name === undefined) {
      refused.push({ input, problem: { code: "copy_name_ambiguous", path: input } });
      continue;
    }
    const target = path.join(dir, name);
    const inputId = inputIds.get(input) ?? null;
    let existing: BigIntStats | null;
    try {
      existing = await lstat(target, { bigint: true });
    } catch (error) {
      const code = errorCode(error);
      if (code === "ENOENT") existing = null;
      else {
        refused.push({ input, target, problem: { code: "copy_failed", path: target, reason: code } });
        continue;
      }
    }
    if (existing === null) {
      copies.push({ input, target, inputId });
      continue;
    }
    const existingId = idOf(existing);
    const isInput = [...inputIds.values()].some((id) => sameFile(id, existingId));
    const followed = existing.isSymbolicLink() ? await statOrNull(target) : existing;
    const pointsAtInput =
      followed !== null && [...inputIds.values()].some((id) => sameFile(id, idOf(followed)));
    if (isInput || pointsAtInput) {
      refused.push({ input, target, problem: { code: "copy_would_replace_input", path: target } });
    } else if (!force) {
      refused.push({ input, target, problem: { code: "copy_exists", path: target } });
    } else if (!existing.isFile()) {
      refused.push({ input, target, problem: { code: "copy_target_not_file", path: target } });
    } else {
      copies.push({ input, target, inputId, replaces: existingId });
    }
  }
  return { ok: true, dir, copies, refused };
}

/**
 * The copies' file names: the input's own name, or, where two inputs share a name, the name after its
 * folders (`総務部_X.xlsx`), with as many folders as it takes. Names that differ only in case or Unicode
 * form count as the same, as they are on Windows and macOS. An input left without a name of its own (two
 * files whose names and folders differ only in case) is missing from the map: its copy is refused.
 */
export function nameCopies(inputs: readonly string[]): Map<string, string> {
  const folders = new Map(
    inputs.map((input) => [
      input,
      path.dirname(path.resolve(input)).split(path.sep).filter(Boolean).reverse(),
    ]),
  );
  const depth = new Map(inputs.map((input) => [input, 0]));
  const nameOf = (input: string): string => {
    const used = (folders.get(input) ?? []).slice(0, depth.get(input) ?? 0).reverse();
    return [...used, path.basename(input)].join("_");
  };
  const fold = (name: string): string => name.normalize("NFC").toLowerCase();
  for (;;) {
    const groups = new Map<string, string[]>();
    for (const input of inputs) {
      const key = fold(nameOf(input));
      groups.set(key, [...(groups.get(key) ?? []), input]);
    }
    let grew = false;
    for (const group of groups.values()) {
      if (group.length < 2) continue;
      for (const input of group) {
        const d = depth.get(input) ?? 0;
        if (d < (folders.get(input)?.length ?? 0)) {
          depth.set(input, d + 1);
          grew = true;
        }
      }
    }
    if (!grew) {
      const names = new Map<string, string>();
      for (const group of groups.values()) {
        const only = group.length === 1 ? group[0] : undefined;
        if (only !== undefined) names.set(only, nameOf(only));
      }
      return names;
    }
  }
}

export function errorCode(error: unknown): string {
  const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
  return typeof code === "string" ? code : error instanceof Error ? error.message : String(error);
}
