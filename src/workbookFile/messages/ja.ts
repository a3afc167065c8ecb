import type { IssueMessages } from "../../core/messages/types";
import type { FileIssue } from "../fileIssues";

const q = (v: string | undefined): string => (v === undefined || v === "" ? "" : `「${v}」`);
const count = (v: number | undefined): string => (v === undefined ? "" : v.toLocaleString("en"));
const bytes = (v: number): string =>
  v >= 1024 * 1024 ? `${count(Math.round(v / (1024 * 1024)))} MiB` : `${count(v)} バイト`;

/** The issues about a workbook file in Japanese. */
export const fileJa: IssueMessages<FileIssue> = {
  file_unreadable: (i) => {
    const file = `ファイル${q(i.path)}`;
    switch (i.reason) {
      case "missing":
        return `${file}が見つかりません。ファイル名とフォルダーを確認してください。`;
      case "not_a_file":
        return `${file}はフォルダーです。チェックする .xlsx ファイルを指定してください。`;
      case "no_access":
        return `${file}を開く権限がありません。ファイルの権限を確認するか、読めるフォルダーにコピーしてからチェックしてください。`;
      case "not_xlsx":
        return `${file}は Excel ブック（.xlsx）ではありません。Excel で開き、.xlsx 形式で保存してからチェックしてください。`;
      case "encrypted_or_xls":
        return `${file}は古い形式（.xls）か、パスワードで保護されたブックです。Excel で開き、パスワードを外して .xlsx 形式で保存してからチェックしてください。`;
      case "corrupt":
        return `${file}は壊れているため読み込めません${i.detail ? `（${i.detail}）` : ""}。Excel で開けるか確認し、開ける場合は「名前を付けて保存」で保存し直してからチェックしてください。`;
      case undefined:
        return `${file}を読み込めません。Excel ブック（.xlsx）か確認してください。`;
    }
  },
  file_too_large: (i) => {
    const keep = "Excel で開いて、確認する表のあるシートだけを新しいブックに保存してから確認してください。";
    const part = i.part ? `の部品${q(i.part)}` : "";
    switch (i.limit) {
      case "rows":
        return `ブック${q(i.path)}は値のある範囲が全シート合わせて上限の ${count(i.max)} 行を超えるため確認しません（シート${q(i.sheet)}の ${count(i.row)} 行目）。離れた行にある不要な値や数式を削除するか、${keep}`;
      case "cells":
        return `ブック${q(i.path)}は値のある範囲（行×列）が全シート合わせて上限の ${count(i.max)} セルを超えるため確認しません（シート${q(i.sheet)}の ${count(i.row)} 行目）。離れた列や行にある不要な値を削除するか、${keep}`;
      case "text":
        return `ブック${q(i.path)}はセルの文字数が全シート合わせて上限の ${count(i.max)} 文字を超えるため確認しません${i.sheet ? `（シート${q(i.sheet)}の ${count(i.row)} 行目）` : ""}。${keep}`;
      case "entries":
        return `ブック${q(i.path)}は zip の項目数が上限の ${count(i.max)} を超えるため読み込みません（破損または zip 爆弾の可能性）。${keep}`;
      case "compression_ratio":
        return `ブック${q(i.path)}${part}は圧縮率が上限の ${count(i.max)} 倍を超えるため読み込みません（zip 爆弾の可能性）。${keep}`;
      case "declared_size":
        return `ブック${q(i.path)}${part}は記録されたサイズ（${bytes(i.max)}）より大きく展開されるため読み込みません（破損または zip 爆弾の可能性）。${keep}`;
      default:
        return `ブック${q(i.path)}${part}は展開後のサイズが上限の ${bytes(i.max)} を超えるため読み込みません（zip 爆弾の可能性）。${keep}`;
    }
  },
  sheet_not_found: (i) => `ブック${q(i.path)}にシート${q(i.sheet)}がありません。シート名を確認してください。`,
  workbook_without_table: (i) =>
    `ブック${q(i.path)}のどのシートにも表の見出しが見つかりません。` +
    (i.remedy === "sheet_and_map"
      ? "--sheet と --map で列を指定してください。"
      : "様式どおりの見出し行（取組項目・期間・期限・数値目標、または KPI・基準値・目標値）があるか確認してください。"),
};
