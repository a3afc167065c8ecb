import { describe, expect, it } from "vitest";
import type { PeriodFieldsProps } from "./PeriodFields.types";
import { ja } from "../../strings/ja";
import { renderToMarkup, textOf } from "../../testing/renderToMarkup";
import { PeriodFields } from "./PeriodFields";

function render(props: Partial<PeriodFieldsProps>): string {
  return renderToMarkup(
    <PeriodFields
      fiscalYear={{ value: 2025, source: "title" }}
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
    const html = render({});
    expect(html).toMatch(/value="2025"/);
    expect(html).toMatch(/type="date"[^>]*value="2025-11-21"|value="2025-11-21"[^>]*type="date"/);
    expect(textOf(html)).toContain("シートのタイトルから読み取りました。");
    expect(textOf(html)).toContain("今日の日付です。");
  });

  it("says why a fiscal year as typed cannot be used", () => {
    const html = render({
      inputIssue: { field: "fiscalYear", issue: { code: "fiscal_year_unreadable", text: "来年度" } },
    });
    expect(textOf(html)).toContain("年度「来年度」を読み取れません");
  });
});
