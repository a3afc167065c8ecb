import { describe, expect, it, test } from "vitest";
import { mentionedSubItems, splitBySubItem } from "./splitBySubItem";

describe("splitBySubItem", () => {
  test.each([
    [
      "(1)5月、1月 (2)(3)年度内 (4)通年",
      [
        { subItems: [1], text: "5月、1月" },
        { subItems: [2, 3], text: "年度内" },
        { subItems: [4], text: "通年" },
      ],
    ],
    ["（１）通年", [{ subItems: [1], text: "通年" }]],
    [
      "○ 危機管理防災体制の強化 (1) 運用 (2) 充実",
      [
        { subItems: null, text: "○ 危機管理防災体制の強化" },
        { subItems: [1], text: "運用" },
        { subItems: [2], text: "充実" },
      ],
    ],
    ["(1)～(3) 大綱を策定する。", [{ subItems: [1, 2, 3], text: "大綱を策定する。" }]],
    ["通年", [{ subItems: null, text: "通年" }]],
    ["", []],
  ])("splits %j at its markers", (input, expected) => {
    expect(splitBySubItem(input)).toEqual(expected);
  });

  it("does not take a parenthesised date or note for a marker", () => {
    expect(splitBySubItem("健診受診率84.8%(R7.10.1時点)")).toEqual([
      { subItems: null, text: "健診受診率84.8%(R7.10.1時点)" },
    ]);
  });
});

describe("mentionedSubItems", () => {
  it("lists only the sub-items a report names, as in seed 000 goal 2 item ③", () => {
    const report =
      "(2) 11月に県内先進自治体の視察、日弁連と制度の整備・運用についての意見交換を実施予定 (3) 制度を構築し運用に係る庁内研修を実施予定";
    expect(mentionedSubItems(report)).toEqual([2, 3]);
  });

  it("returns nothing for text without markers", () => {
    expect(mentionedSubItems("自主防災アドバイザーによる講座対応等制度を調整中")).toEqual([]);
  });
});

describe("splitBySubItem on repeated markers", () => {
  it("lists each sub-item of a group once, in the order the markers name them", () => {
    expect(splitBySubItem("(3)(1)(3)～(4) 年度内")).toEqual([{ subItems: [3, 1, 4], text: "年度内" }]);
  });

  it("keeps a cell of 32,767 characters of (1)～(99) to the 99 sub-items it names", () => {
    const segments = splitBySubItem("(1)～(99)".repeat(4096).slice(0, 32_767));
    expect(segments).toHaveLength(1);
    expect(segments[0]?.subItems).toHaveLength(99);
  });

  it("does not take a number of three digits in brackets for a marker", () => {
    expect(splitBySubItem("(1)～(100) 年度内")).toEqual([{ subItems: [1], text: "～(100) 年度内" }]);
  });
});
