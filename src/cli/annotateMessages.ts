/**
 * What `--annotate` tells the user, in Japanese and English, keyed by code: why a copy was not written,
 * what it would have lost, and what it wrote. File-system failures keep the system's code (ENOSPC …)
 * beside the words, so an administrator can look it up.
 */
import type { Locale } from "../core/messages/formatIssue";

export type AnnotateProblem =
  | { readonly code: "annotate_into_checked_folder"; readonly dir: string; readonly folder: string }
  | { readonly code: "copy_name_ambiguous"; readonly path: string }
  | { readonly code: "copy_would_replace_input"; readonly path: string }
  | { readonly code: "copy_exists"; readonly path: string }
  | { readonly code: "copy_target_not_file"; readonly path: string }
  | { readonly code: "copy_taken"; readonly path: string }
  | { readonly code: "copy_input_changed"; readonly path: string }
  | { readonly code: "copy_input_unreadable"; readonly path: string; readonly reason: string }
  | { readonly code: "copy_would_lose"; readonly path: string; readonly losses: readonly string[] }
  | { readonly code: "copy_failed"; readonly path: string; readonly reason: string };

export type AnnotateNotice =
  | { readonly code: "annotated"; readonly path: string; readonly input: string; readonly notes: number }
  | { readonly code: "not_annotated"; readonly input: string; readonly problem: AnnotateProblem }
  | { readonly code: "stale_temporary_removed"; readonly path: string };

const FS_REASONS: Readonly<Record<string, { ja: string; en: string }>> = {
  ENOTDIR: {
    ja: "パスの途中がフォルダーではなくファイルです",
    en: "part of the path is a file, not a folder",
  },
  EEXIST: { ja: "同じ名前のファイルがあります", en: "a file of that name exists" },
  EISDIR: { ja: "同じ名前のフォルダーがあります", en: "a folder of that name exists" },
  EACCES: { ja: "書き込む権限がありません", en: "no permission to write there" },
  EPERM: { ja: "書き込む権限がありません", en: "no permission to write there" },
  EROFS: { ja: "読み取り専用の場所です", en: "the location is read-only" },
  ENOSPC: { ja: "ディスクの空きがありません", en: "the disk is full" },
  EDQUOT: { ja: "ディスクの割り当てを超えました", en: "the disk quota is exceeded" },
  ENAMETOOLONG: { ja: "ファイル名が長すぎます", en: "the file name is too long" },
  ENOENT: { ja: "ファイルがなくなりました", en: "the file no longer exists" },
  UNREADABLE: { ja: "ExcelJS が読み直せません", en: "ExcelJS cannot read it again" },
};

function fsReason(reason: string, locale: Locale): string {
  const words = FS_REASONS[reason];
  return words ? `${words[locale]} (${reason})` : reason;
}

const q = (text: string): string => `「${text}」`;

export function formatAnnotateProblem(problem: AnnotateProblem, locale: Locale): string {
  const ja = locale === "ja";
  switch (problem.code) {
    case "annotate_into_checked_folder":
      return ja
        ? `--annotate のフォルダー${q(problem.dir)}がチェック対象${q(problem.folder)}と重なっています。入力ファイルを守るため、何も読み書きしていません。チェック対象の外のフォルダーを指定してください。`
        : `The --annotate folder "${problem.dir}" overlaps the checked "${problem.folder}". To keep the inputs safe nothing was read or written; choose a folder outside the checked ones.`;
    case "copy_name_ambiguous":
      return ja
        ? `${q(problem.path)}のコピーに他と重ならない名前を付けられません（大文字・小文字だけが違う名前）。ファイル名を変えてください。`
        : `No name of its own can be given to the copy of "${problem.path}" (names differ only in case). Rename one of the files.`;
    case "copy_would_replace_input":
      return ja
        ? `${q(problem.path)}は入力ファイルそのものです。上書きしません。別のフォルダーを指定してください。`
        : `"${problem.path}" is one of the input files; it is never replaced. Choose another folder.`;
    case "copy_exists":
      return ja
        ? `${q(problem.path)}は既にあります。置き換えるには --force を付けるか、別のフォルダーを指定してください。`
        : `"${problem.path}" already exists. Add --force to replace it, or choose another folder.`;
    case "copy_target_not_file":
      return ja
        ? `${q(problem.path)}はファイルではありません（フォルダーまたはリンク）。--force でも置き換えません。`
        : `"${problem.path}" is not a file (a folder or a link); not replaced even with --force.`;
    case "copy_taken":
      return ja
        ? `${q(problem.path)}は実行中に別の処理が書き込みました。そのファイルはそのままにしています。`
        : `"${problem.path}" was written by another run meanwhile; that file was left as it is.`;
    case "copy_input_changed":
      return ja
        ? `${q(problem.path)}はチェックの後に変更されました。もう一度チェックしてください。`
        : `"${problem.path}" changed after it was checked. Check it again.`;
    case "copy_input_unreadable":
      return ja
        ? `${q(problem.path)}をコピーのために読み込めません: ${fsReason(problem.reason, locale)}。`
        : `"${problem.path}" cannot be read to copy it: ${fsReason(problem.reason, locale)}.`;
    case "copy_would_lose":
      return ja
        ? `${q(problem.path)}のコピーでは次の内容が失われるため、書き込みませんでした: ${problem.losses.join("、")}。元のファイルは Excel の作業ウィンドウでチェックしてください。`
        : `The copy of "${problem.path}" would lose ${problem.losses.join(", ")}, so it was not written. Check the original with the task pane in Excel.`;
    case "copy_failed":
      return ja
        ? `${q(problem.path)}に書き込めません: ${fsReason(problem.reason, locale)}。`
        : `Cannot write "${problem.path}": ${fsReason(problem.reason, locale)}.`;
  }
}

export function formatAnnotateNotice(notice: AnnotateNotice, locale: Locale): string {
  const ja = locale === "ja";
  switch (notice.code) {
    case "annotated":
      return ja
        ? `注記付きのコピー: ${notice.path}（メモ ${notice.notes} 件）`
        : `annotated: ${notice.path} (${notice.notes} notes)`;
    case "not_annotated":
      return ja
        ? `コピーしませんでした: ${notice.input}: ${formatAnnotateProblem(notice.problem, locale)}`
        : `not annotated: ${notice.input}: ${formatAnnotateProblem(notice.problem, locale)}`;
    case "stale_temporary_removed":
      return ja
        ? `中断された実行の一時ファイルを削除しました: ${notice.path}`
        : `removed a temporary file left by an interrupted run: ${notice.path}`;
  }
}

/** A loss named for the message: what, how many, where. */
export function describeLoss(
  loss:
    | { readonly kind: "content"; readonly what: string; readonly count: number }
    | { readonly kind: "validation"; readonly sheet: string; readonly cells: readonly string[] }
    | { readonly kind: "unverifiable"; readonly what: string },
  locale: Locale,
): string {
  const ja = locale === "ja";
  switch (loss.kind) {
    case "content":
      return ja ? `${loss.what} ${loss.count} 件` : `${loss.count} × ${loss.what}`;
    case "validation":
      return ja
        ? `シート${q(loss.sheet)}の入力規則（${loss.cells.join(", ")}）`
        : `the data validation of sheet "${loss.sheet}" (${loss.cells.join(", ")})`;
    case "unverifiable":
      return ja ? `確認できない内容（${loss.what}）` : `what cannot be verified (${loss.what})`;
  }
}
