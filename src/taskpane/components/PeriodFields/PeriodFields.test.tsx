// @vitest-environment jsdom
import { screen } from "@testing-library/react";
import { describe, expect, it, test } from "vitest";
import type { PeriodFieldsProps } from "./PeriodFields.types";
import { ja } from "../../strings/ja";
import { renderInPane, textOf } from "../../testing/renderInPane";
import { PeriodFields } from "./PeriodFields";

function render(props: Partial<PeriodFieldsProps>) {
  return renderInPane(
    <PeriodFields
      fiscalYear={{ value: 2025, source: "sheet" }}
      asOf="2025-11-21"
      asOfChosen={false}
      inputIssue={null}
      strings={ja}
      locale="ja"
      disabled={false}
      onFiscalYear={() => undefined}
      onAsOf={() => undefined}
      {...props}
    />,
  );
}

describe("PeriodFields", () => {
  it("shows the fiscal year read from the title and today's date", () => {
    render({});
    expect(screen.getByRole<HTMLInputElement>("textbox", { name: "年度" }).value).toBe("令和7年度");
    const asOf = screen.getByLabelText<HTMLInputElement>("基準日");
    expect([asOf.type, asOf.value, asOf.lang]).toEqual(["date", "2025-11-21", "ja"]);
    expect(textOf()).toContain("シートのタイトルから読み取りました。");
    expect(textOf()).toContain("2025年11月21日：今日の日付です。");
  });

  it("shows the fiscal year as FY2025 in English", () => {
    render({ locale: "en" });
    expect(screen.getByRole<HTMLInputElement>("textbox", { name: "年度" }).value).toBe("FY2025");
  });

  test.each(["令和7年度", "R7", "2025"])(
    "takes %s as typed and leaves its reading to the pane",
    async (typed) => {
      const typedYears: string[] = [];
      const { user } = render({
        fiscalYear: { value: 2024, source: "sheet" },
        onFiscalYear: (t) => typedYears.push(t),
      });
      const box = screen.getByRole<HTMLInputElement>("textbox", { name: "年度" });
      await user.clear(box);
      await user.type(box, `${typed}{Enter}`);
      expect(typedYears).toEqual([typed]);
    },
  );

  it("says why a fiscal year as typed cannot be used", () => {
    render({
      inputIssue: { field: "fiscalYear", issue: { code: "fiscal_year_unreadable", text: "来年度" } },
    });
    expect(textOf()).toContain("年度「来年度」を読み取れません");
  });
});
