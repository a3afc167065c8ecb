// @vitest-environment jsdom
import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
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
    expect(screen.getByRole<HTMLInputElement>("textbox", { name: "年度" }).value).toBe("2025");
    const asOf = screen.getByLabelText<HTMLInputElement>("基準日");
    expect([asOf.type, asOf.value]).toEqual(["date", "2025-11-21"]);
    expect(textOf()).toContain("シートのタイトルから読み取りました。");
    expect(textOf()).toContain("今日の日付です。");
  });

  it("says why a fiscal year as typed cannot be used", () => {
    render({
      inputIssue: { field: "fiscalYear", issue: { code: "fiscal_year_unreadable", text: "来年度" } },
    });
    expect(textOf()).toContain("年度「来年度」を読み取れません");
  });
});
