// @vitest-environment jsdom
import { fireEvent, screen, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { goalFile, kpiFile, unreadableFile } from "../../../../test/collectedFiles";
import type { CollectState } from "../../paneController";
import { isDisabled, renderInPane, textOf, textsOf } from "../../testing/renderInPane";
import { CollectFiles } from "./CollectFiles";

const noop = (): void => undefined;

const DONE: CollectState = {
  files: [goalFile("総務課.xlsx", 3), unreadableFile("財政課.xls"), kpiFile("企画課.xlsx")],
  total: 3,
  progress: null,
  stopped: false,
  asOf: "2025-11-21",
  offeredName: null,
};

function pane(props: Partial<Parameters<typeof CollectFiles>[0]> = {}) {
  return renderInPane(
    <CollectFiles
      locale="ja"
      collect={null}
      canReadFiles
      disabled={false}
      collecting={false}
      onChoose={noop}
      onStop={noop}
      onBuildSheet={noop}
      {...props}
    />,
  );
}

describe("CollectFiles", () => {
  it("hands the files chosen in the dialog or dropped on the section to onChoose", async () => {
    const onChoose = vi.fn();
    const { user } = pane({ onChoose });
    expect(textsOf(screen.getAllByRole("button"))).toEqual(["ファイルを選ぶ"]);
    const chosen = [new File(["x"], "総務課.xlsx"), new File(["y"], "企画課.xlsx")];
    await user.upload(screen.getByLabelText("取りまとめる .xlsx ファイル"), chosen);
    expect(onChoose).toHaveBeenLastCalledWith(chosen);

    const dropped = [new File(["z"], "財政課.xls")];
    fireEvent.drop(screen.getByText("ここに .xlsx ファイルをドロップ"), { dataTransfer: { files: dropped } });
    expect(onChoose).toHaveBeenLastCalledWith(dropped);
  });

  it("names the file being read with a progress bar and 中止, which stays usable while the pane is busy", async () => {
    const onStop = vi.fn();
    const reading: CollectState = {
      ...DONE,
      files: [DONE.files[0]!],
      progress: { done: 1, total: 3, current: "財政課.xls" },
    };
    const { user } = pane({ collect: reading, collecting: true, disabled: true, onStop });
    const status = screen.getAllByRole("status")[0]!;
    expect(textOf(status)).toContain("財政課.xls を読んでいます（2/3）");
    expect(within(status).getByRole("progressbar")).toBeDefined();
    expect(isDisabled(screen.getByRole("button", { name: "ファイルを選ぶ" }))).toBe(true);
    await user.click(screen.getByRole("button", { name: "中止" }));
    expect(onStop).toHaveBeenCalledOnce();
  });

  it("lists each file and sheet with its counts, the unreadable file with why, and every finding", () => {
    pane({ collect: DONE });
    expect(screen.getByRole("status").textContent).toBe(
      "3ファイルをチェックしました（読めなかったファイル 1）。",
    );
    const lines = within(screen.getByRole("list", { name: "ファイル・シート別の結果" })).getAllByRole(
      "listitem",
    );
    expect(textsOf(lines)).toEqual([
      "総務課.xlsx › 1 防災力 要修正 エラー 2・警告 1 期限超過 2・達成 1・順調 2・遅れ 1（6項目）",
      "総務課.xlsx › メモ 対象外 表が見つかりません。",
      "財政課.xls 読めません 古い形式（.xls）か、パスワード付きのファイルです。",
      "企画課.xlsx › KPI一覧 問題なし エラー 0・警告 0 期限超過 0・達成 2・順調 2・遅れ 0（4項目）",
    ]);
    expect(screen.getByRole("heading", { name: "指摘（3件）" })).toBeDefined();
    const findings = within(screen.getByRole("list", { name: "指摘（3件）" })).getAllByRole("listitem");
    expect(textOf(findings[0])).toBe(
      "エラー 総務課.xlsx › 1 防災力 › C9 期限（2025年5月20日）を過ぎていますが、完了の報告がありません。",
    );
  });

  it("sorts the findings by severity when asked", async () => {
    const { user } = pane({ collect: { ...DONE, files: [goalFile("b.xlsx", 2), goalFile("a.xlsx", 2)] } });
    const cells = () =>
      within(screen.getByRole("list", { name: "指摘（4件）" }))
        .getAllByRole("listitem")
        .map((item) => textOf(item).split(" ").slice(0, 2).join(" "));
    expect(cells()).toEqual(["エラー a.xlsx", "警告 a.xlsx", "エラー b.xlsx", "警告 b.xlsx"]);
    await user.selectOptions(screen.getByRole("combobox", { name: "並べ替え" }), "重要度順（エラーが先）");
    expect(cells()).toEqual(["エラー a.xlsx", "エラー b.xlsx", "警告 a.xlsx", "警告 b.xlsx"]);
  });

  it("makes the sheet, and offers the free name after a refusal", async () => {
    const onBuildSheet = vi.fn();
    const { user } = pane({ collect: { ...DONE, offeredName: "取りまとめ (2)" }, onBuildSheet });
    await user.click(screen.getByRole("button", { name: "取りまとめシートを作成" }));
    expect(onBuildSheet).toHaveBeenLastCalledWith();
    await user.click(screen.getByRole("button", { name: "「取りまとめ (2)」に作成" }));
    expect(onBuildSheet).toHaveBeenLastCalledWith("取りまとめ (2)");
  });

  it("says the files kept after 中止, in English", () => {
    pane({ locale: "en", collect: { ...DONE, files: [kpiFile("a.xlsx")], stopped: true } });
    expect(screen.getByRole("status").textContent).toBe("Stopped. Results of 1 of 3 files.");
    expect(screen.getByRole("button", { name: "Make collected sheet" })).toBeDefined();
    expect(screen.getByText("No findings.")).toBeDefined();
  });

  it("lists 200 findings and points to the sheet for the rest", () => {
    const files = Array.from({ length: 41 }, (_, i) => goalFile(`${i + 1} 課.xlsx`, 5));
    pane({ collect: { ...DONE, files } });
    const list = screen.getByRole("list", { name: "指摘（205件）" });
    expect(within(list).getAllByRole("listitem")).toHaveLength(200);
    expect(screen.getByText("ほか 5件は、取りまとめシートで確認してください。")).toBeDefined();
  });

  it("gives only the reason where the pane cannot open .xlsx files", () => {
    pane({ canReadFiles: false });
    expect(screen.queryAllByRole("button")).toHaveLength(0);
    expect(textOf()).toMatch(/^この Excel では作業ウィンドウで .xlsx ファイルを開けないため/);
  });
});
