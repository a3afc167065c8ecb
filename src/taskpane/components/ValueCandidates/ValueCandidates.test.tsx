// @vitest-environment jsdom
import { screen, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import type { CandidatesView } from "../../candidatesView";
import { en } from "../../strings/en";
import { ja } from "../../strings/ja";
import { isDisabled, renderInPane, textOf, textsOf } from "../../testing/renderInPane";
import { ValueCandidates } from "./ValueCandidates";

const ITEM_6 = { item: 6, row: 14, subItem: 1 };
const ITEM_2_1 = { item: 2, row: 10, subItem: 1 };

/** Goal 1 item ⑥ and goal 5 item ② (1) of seed 000, as the pane lists them. */
const VIEW: CandidatesView = {
  dismissed: 0,
  actualColumn: false,
  groups: [
    {
      key: "6:1",
      target: ITEM_6,
      title: "⑥ (1)",
      targetText: "消防団員の確保（定員1,850人）充足率90%",
      current: null,
      candidates: [{ value: "84.3%", source: "「充足率84.3%」", achievement: "達成率 93.7%" }],
    },
    {
      key: "2:1",
      target: ITEM_2_1,
      title: "② (1)",
      targetText: "市内小・中・高校等に依頼し、 20点以上の作品を募る。",
      current: "76点",
      candidates: [
        { value: "76点", source: "「小学校76点」", achievement: "達成率 —" },
        { value: "3点", source: "「中学校3点」", achievement: "達成率 —" },
      ],
    },
  ],
};

function render(overrides: Partial<Parameters<typeof ValueCandidates>[0]> = {}) {
  const handlers = {
    onConfirm: vi.fn(),
    onType: vi.fn(),
    onDismiss: vi.fn(),
    onRestore: vi.fn(),
    onRemoveColumn: vi.fn(),
  };
  const rendered = renderInPane(
    <ValueCandidates
      view={VIEW}
      notices={[]}
      strings={ja}
      locale="ja"
      disabled={false}
      {...handlers}
      {...overrides}
    />,
  );
  return { ...rendered, ...handlers };
}

describe("ValueCandidates", () => {
  it("lists each item's target, candidates with their achievement and sentence, and what the column holds", () => {
    render();
    const item6 = screen.getByRole("group", { name: "⑥ (1)" });
    expect(textOf(item6)).toContain("数値目標：消防団員の確保（定員1,850人）充足率90%");
    const choices = within(item6).getAllByRole("radio");
    expect(choices).toHaveLength(1);
    expect(textOf(item6)).toContain("84.3% 達成率 93.7% 「充足率84.3%」");
    const item2 = screen.getByRole("group", { name: "② (1)" });
    expect(within(item2).getByRole("radiogroup", { name: "② (1) の実績値の候補" })).toBeTruthy();
    expect(textOf(item2)).toContain("実績値列：76点");
    expect(textOf(item2)).toContain("3点 達成率 — 「中学校3点」");
  });

  it("confirms the preferred candidate, or the one chosen", async () => {
    const { user, onConfirm } = render();
    await user.click(
      within(screen.getByRole("group", { name: "⑥ (1)" })).getByRole("button", { name: "確定" }),
    );
    expect(onConfirm).toHaveBeenLastCalledWith(ITEM_6, "84.3%");
    const item2 = screen.getByRole("group", { name: "② (1)" });
    await user.click(within(item2).getByRole("radio", { name: /3点/ }));
    await user.click(within(item2).getByRole("button", { name: "確定" }));
    expect(onConfirm).toHaveBeenLastCalledWith(ITEM_2_1, "3点");
  });

  it("enters a typed value, and shows the core's refusal beside the field", async () => {
    const { user, onType } = render({
      notices: [{ key: "6:1", issues: [{ code: "value_unreadable", text: "概ね順調" }] }],
    });
    const item6 = screen.getByRole("group", { name: "⑥ (1)" });
    const field = within(item6).getByRole("textbox", { name: "別の値" });
    expect(field.getAttribute("aria-invalid")).toBe("true");
    expect(textOf(item6)).toContain("概ね順調");
    expect(textOf(screen.getByRole("group", { name: "② (1)" }))).not.toContain("概ね順調");
    await user.type(field, "85%");
    await user.click(within(item6).getByRole("button", { name: "入力" }));
    expect(onType).toHaveBeenCalledWith(ITEM_6, "85%");
  });

  it("says beside each item which cell is in the way, or where its value was written", () => {
    render({
      notices: [
        { key: "2:1", issues: [{ code: "actual_cell_occupied", cell: "I10", content: "80点" }] },
        { key: "6:1", written: { cell: "I14", text: "(1) 84.3%" } },
      ],
    });
    const item2 = textOf(screen.getByRole("group", { name: "② (1)" }));
    const item6 = textOf(screen.getByRole("group", { name: "⑥ (1)" }));
    expect(item2).toContain("I10 には入力済みの値「80点」があるため、書き込んでいません。");
    expect(item2).not.toContain("I14");
    expect(item6).toContain("I14 に「(1) 84.3%」を書き込み、チェックし直しました。");
  });

  it("dismisses an item, puts dismissed ones back, and removes the column", async () => {
    const { user, onDismiss, onRestore, onRemoveColumn } = render({ view: { ...VIEW, dismissed: 2 } });
    await user.click(
      within(screen.getByRole("group", { name: "② (1)" })).getByRole("button", { name: "見送る" }),
    );
    expect(onDismiss).toHaveBeenCalledWith(ITEM_2_1);
    expect(textOf()).toContain("見送った候補が 2件あります。");
    await user.click(screen.getByRole("button", { name: "見送った候補を再表示" }));
    expect(onRestore).toHaveBeenCalled();
    await user.click(screen.getByRole("button", { name: "実績値列を外す" }));
    expect(onRemoveColumn).toHaveBeenCalled();
  });

  it("says when the reports hold no candidate, and disables its buttons while busy, in English too", () => {
    render({
      view: { groups: [], dismissed: 0, actualColumn: true },
      strings: en,
      locale: "en",
      disabled: true,
    });
    expect(textOf()).toContain("The reports on this sheet hold no number that could be an actual.");
    const buttons = screen.getAllByRole("button");
    expect(textsOf(buttons)).toEqual(["Remove 実績値 column"]);
    expect(buttons.filter(isDisabled)).toHaveLength(1);
  });
});
