import { formatDate, formatFiscalYear } from "../core/messages/formatDate";
import type { Locale } from "../core/messages/formatIssue";
import { statusLabel } from "../core/messages/formatIssue";
import type { KpiStatus } from "../core/achievement";
import type { CandidateReport, FindingReport, Report, RowReport, SheetSummaryReport } from "./checkFiles";
import type { ReportFormat } from "./options";

const LABELS = {
  ja: {
    file: "ファイル",
    sheet: "シート",
    fiscalYear: "年度",
    fiscalYearFromAsOf: "（タイトルに年度がないため基準日の年度）",
    skipped: "対象外",
    noFindings: "指摘事項はありません。",
    rowsChecked: (rows: number, notRead: number) =>
      `${rows}行をチェックしました。${notRead > 0 ? `読み取れなかった行が ${notRead}行あります。` : ""}`,
    rowsColumn: "チェックした行",
    cell: "セル",
    severity: "区分",
    message: "内容",
    row: "行",
    achievement: "達成率",
    progress: "進捗率",
    grade: "評価",
    status: "状況",
    due: "期限",
    overdue: "期限超過",
    errors: "エラー",
    warnings: "警告",
    summary: "集計",
    error: "エラー",
    warning: "警告",
    asOf: "基準日",
    yes: "超過",
    bySheet: "シート別の集計",
    items: "項目数",
    noStatus: "状況なし",
    grades: "評価の分布",
    ungraded: "評価なし",
    label: "項目",
    target: "目標",
    revisedTargets: "見直し後の目標値",
    revised: (target: string, original: string) => `${target}（当初 ${original}）`,
    missed: (date: string) => `${date}（過ぎた期限）`,
    candidates: "候補",
    candidateRate: (rate: string) => `（達成率 ${rate}）`,
    candidateText: (text: string) => `「${text}」`,
    csvHeader: ["ファイル", "シート", "セル", "区分", "コード", "内容"],
    csvSeverity: { error: "エラー", warning: "警告", info: "情報" },
    csvSummaryHeader: [
      "ファイル",
      "シート",
      "様式",
      "項目数",
      "達成",
      "順調",
      "遅れ",
      "期限超過",
      "状況なし",
      "評価の分布",
      "評価なし",
    ],
    layouts: { goal_sheet: "重点目標管理シート", kpi_list: "KPI一覧" },
  },
  en: {
    file: "File",
    sheet: "Sheet",
    fiscalYear: "FY",
    fiscalYearFromAsOf: "(the title names no fiscal year: the as-of date's)",
    skipped: "skipped",
    noFindings: "No findings.",
    rowsChecked: (rows: number, notRead: number) =>
      `${rows} ${rows === 1 ? "row" : "rows"} checked.${notRead > 0 ? ` ${notRead} ${notRead === 1 ? "row was" : "rows were"} not read.` : ""}`,
    rowsColumn: "Rows checked",
    cell: "Cell",
    severity: "Severity",
    message: "Message",
    row: "Row",
    achievement: "Achievement",
    progress: "Progress",
    grade: "Grade",
    status: "Status",
    due: "Due",
    overdue: "Overdue",
    errors: "Errors",
    warnings: "Warnings",
    summary: "Summary",
    error: "error",
    warning: "warning",
    asOf: "As of",
    yes: "overdue",
    bySheet: "Summary by sheet",
    items: "Items",
    noStatus: "No status",
    grades: "Grades",
    ungraded: "ungraded",
    label: "Item",
    target: "Target",
    revisedTargets: "Revised targets",
    revised: (target: string, original: string) => `${target} (originally ${original})`,
    missed: (date: string) => `${date} (missed)`,
    candidates: "Candidates",
    candidateRate: (rate: string) => ` (achievement ${rate})`,
    candidateText: (text: string) => ` “${text}”`,
    csvHeader: ["file", "sheet", "cell", "severity", "code", "message"],
    csvSeverity: { error: "error", warning: "warning", info: "info" },
    csvSummaryHeader: [
      "file",
      "sheet",
      "layout",
      "items",
      "achieved",
      "on_track",
      "behind",
      "overdue",
      "no_status",
      "grades",
      "ungraded",
    ],
    layouts: { goal_sheet: "goal_sheet", kpi_list: "kpi_list" },
  },
} as const;

/** Renders a report in the chosen format. JSON is the stable shape; the others are for people. */
export function formatReport(report: Report, format: ReportFormat, locale: Locale): string {
  switch (format) {
    case "json":
      return `${JSON.stringify(report, null, 2)}\n`;
    case "csv":
      return formatCsv(report, locale);
    case "md":
      return formatMarkdown(report, locale);
    case "table":
      return formatTable(report, locale);
  }
}

const percent = (v: number | null): string => (v === null ? "—" : `${(v * 100).toFixed(1)}%`);
const statusText = (s: string | null, locale: Locale): string =>
  s === null ? "—" : statusLabel(s as KpiStatus, locale);

/** Columns a terminal shows two cells wide (Japanese, full-width forms). */
function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    const wide =
      (code >= 0x1100 && code <= 0x115f) ||
      (code >= 0x2e80 && code <= 0xa4cf) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe30 && code <= 0xfe4f) ||
      (code >= 0xff00 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6) ||
      (code >= 0x2460 && code <= 0x24ff);
    width += wide ? 2 : 1;
  }
  return width;
}

/**
 * Text from a workbook (file and sheet names, cell text inside messages) as a terminal shows it, inert:
 * ANSI escape sequences and other control characters are removed, line breaks and tabs become spaces,
 * and the bidirectional overrides that make a terminal show text in another order than it holds are dropped.
 */
export function terminalText(text: string): string {
  /* eslint-disable no-control-regex -- control characters are what this function removes */
  return text
    .replace(/\u001b\[[0-?]*[ -/]*[@-~]/g, "") // CSI: colours, cursor moves, screen clearing
    .replace(/\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?/g, "") // OSC: window titles, hyperlinks
    .replace(/\u009b[0-?]*[ -/]*[@-~]/g, "") // the 8-bit CSI
    .replace(/[\t\n\r\v\f]/g, " ")
    .replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, "");
  /* eslint-enable no-control-regex */
}

function pad(text: string, width: number): string {
  return text + " ".repeat(Math.max(0, width - displayWidth(text)));
}

function grid(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const widths = header.map((h, i) =>
    Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i] ?? ""))),
  );
  const line = (cells: readonly string[]): string =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : pad(c, widths[i] ?? 0)))
      .join("  ")
      .trimEnd();
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)];
}

/**
 * A sheet's findings for people: errors first, and a finding said twice in the same words about the same
 * cell (two sub-items whose messages read alike) shown once.
 */
function findingRows(findings: readonly FindingReport[], locale: Locale): string[][] {
  const L = LABELS[locale];
  const order = (f: FindingReport): number => (f.severity === "error" ? 0 : 1);
  const seen = new Set<string>();
  const rows: string[][] = [];
  for (const f of [...findings].sort((a, b) => order(a) - order(b))) {
    const row = [f.cell, f.severity === "error" ? L.error : L.warning, f.message];
    const key = row.join("\u0000");
    if (seen.has(key)) continue;
    seen.add(key);
    rows.push(row);
  }
  return rows;
}

/** The table format's text, with every name and message made inert for the terminal. */
function tableRows(rows: readonly (readonly string[])[]): string[][] {
  return rows.map((r) => r.map(terminalText));
}

/** The label column is cut to this many display columns in the terminal; the JSON keeps it whole. */
const LABEL_WIDTH = 24;

function shortLabel(label: string | null): string {
  if (label === null) return "—";
  let out = "";
  for (const ch of label) {
    if (displayWidth(out + ch) > LABEL_WIDTH - 1) return `${out}…`;
    out += ch;
  }
  return out;
}

/** An overdue row shows the due date that passed, not a later one still to come. */
function dueText(r: RowReport, locale: Locale): string {
  if (r.overdue && r.missedDue !== null && r.missedDue !== r.due)
    return LABELS[locale].missed(formatDate(r.missedDue, locale));
  return r.due === null ? "—" : formatDate(r.due, locale);
}

/** The target a row is judged against, with the original beside a revised one: `150 件（当初 120 件）`. */
function targetText(r: RowReport, locale: Locale): string {
  if (r.target === null) return "—";
  return r.originalTarget === undefined
    ? r.target.text
    : LABELS[locale].revised(r.target.text, r.originalTarget.text);
}

/** Whether any row's target was revised: only then does the table show the targets. */
function hasRevisedTarget(rows: readonly RowReport[]): boolean {
  return rows.some((r) => r.originalTarget !== undefined);
}

function computedRows(rows: readonly RowReport[], locale: Locale): string[][] {
  const withTarget = hasRevisedTarget(rows);
  return rows
    .filter((r) => r.achievementRate !== null || r.due !== null || r.overdue)
    .map((r) => [
      String(r.row),
      shortLabel(r.label),
      ...(withTarget ? [targetText(r, locale)] : []),
      percent(r.achievementRate),
      percent(r.progressRate),
      r.grade ?? "—",
      statusText(r.status, locale),
      dueText(r, locale),
      r.overdue ? LABELS[locale].yes : "",
    ]);
}

/**
 * One candidate as a reader sees it: `(1) 84.3%（達成率 93.7%）「…【充足率84.3%】」`. A percentage is shown as
 * one, other amounts with their unit; the rate is left out when the target names no number.
 */
function candidateText(c: CandidateReport, locale: Locale): string {
  const L = LABELS[locale];
  const amount =
    c.unit === "%"
      ? `${Number((c.amount * 100).toPrecision(12))}%`
      : `${c.amount.toLocaleString("en-US", { maximumFractionDigits: 6 })}${c.unit}`;
  const rate = c.achievementRate === null ? "" : L.candidateRate(percent(c.achievementRate));
  return `${c.subItem === null ? "" : `(${c.subItem}) `}${amount}${rate}${L.candidateText(c.text)}`;
}

/** The rows of a sheet that have candidates: the row, its label, and each candidate, preferred first. */
function candidateRows(
  rows: readonly RowReport[],
  locale: Locale,
): { row: string; label: string; candidates: string[] }[] {
  return rows
    .filter((r) => (r.candidates?.length ?? 0) > 0)
    .map((r) => ({
      row: String(r.row),
      label: r.label ?? "—",
      candidates: (r.candidates ?? []).map((c) => candidateText(c, locale)),
    }));
}

function formatTable(report: Report, locale: Locale): string {
  const L = LABELS[locale];
  const out: string[] = [`${L.asOf}: ${formatDate(report.asOf, locale)}`, ""];
  for (const file of report.files) {
    const t = terminalText;
    out.push(`■ ${t(file.path)}`);
    if (file.error) out.push(`  ✖ ${t(file.error.message)}`);
    for (const sheet of file.sheets) {
      if (sheet.skipped) {
        out.push(`  □ ${t(sheet.name)} (${L.skipped}: ${t(sheet.skipped.message)})`);
        continue;
      }
      const assumed = sheet.fiscalYearSource === "as_of" ? ` ${L.fiscalYearFromAsOf}` : "";
      const year = sheet.fiscalYear === null ? "—" : formatFiscalYear(sheet.fiscalYear, locale);
      out.push(`  □ ${t(sheet.name)}  ${year}${assumed}`);
      out.push(`    ${L.rowsChecked(sheet.rowsEvaluated, sheet.rowsNotRead)}`);
      if (sheet.findings.length === 0) out.push(`    ${L.noFindings}`);
      else
        out.push(
          ...grid([L.cell, L.severity, L.message], tableRows(findingRows(sheet.findings, locale))).map(
            (l) => `    ${l}`,
          ),
        );
      const computed = computedRows(sheet.rows, locale);
      if (computed.length > 0) {
        out.push("");
        const target = hasRevisedTarget(sheet.rows) ? [L.target] : [];
        const header = [
          L.row,
          L.label,
          ...target,
          L.achievement,
          L.progress,
          L.grade,
          L.status,
          L.due,
          L.overdue,
        ];
        out.push(...grid(header, tableRows(computed)).map((l) => `    ${l}`));
      }
      const offered = candidateRows(sheet.rows, locale);
      if (offered.length > 0) {
        out.push("", `    ${L.candidates}`);
        for (const entry of offered) {
          const where = `${t(shortLabel(entry.label))} (${L.row} ${entry.row})`;
          out.push(`      ${where}: ${t(entry.candidates[0] ?? "")}`);
          for (const more of entry.candidates.slice(1))
            out.push(`      ${" ".repeat(displayWidth(where))}  ${t(more)}`);
        }
      }
      out.push("");
    }
  }
  out.push(`${L.summary}`);
  const rows: string[][] = [];
  for (const file of report.files) {
    for (const sheet of file.sheets) {
      if (sheet.skipped) continue;
      rows.push([
        file.path,
        sheet.name,
        String(sheet.findings.filter((f) => f.severity === "error").length),
        String(sheet.findings.filter((f) => f.severity === "warning").length),
        String(sheet.rows.filter((r) => r.overdue).length),
      ]);
    }
  }
  rows.push([
    "",
    "",
    String(report.summary.errors),
    String(report.summary.warnings),
    String(report.summary.overdue),
  ]);
  out.push(...grid([L.file, L.sheet, L.errors, L.warnings, L.overdue], tableRows(rows)).map((l) => `  ${l}`));
  if (report.summaryBySheet) {
    out.push("", L.bySheet);
    out.push(
      ...grid(bySheetHeader(locale), tableRows(report.summaryBySheet.map((s) => bySheetRow(s, locale)))).map(
        (l) => `  ${l}`,
      ),
    );
  }
  return `${out.join("\n")}\n`;
}

/** `--summary`'s columns: file, sheet, items, the statuses in the chart's order, and the grades. */
function bySheetHeader(locale: Locale): string[] {
  const L = LABELS[locale];
  return [
    L.file,
    L.sheet,
    L.items,
    statusLabel("achieved", locale),
    statusLabel("on_track", locale),
    statusLabel("behind", locale),
    statusLabel("overdue", locale),
    L.noStatus,
    L.grades,
  ];
}

function bySheetRow(summary: SheetSummaryReport, locale: Locale): string[] {
  return [
    summary.path,
    summary.sheet,
    String(summary.items),
    String(summary.achieved),
    String(summary.onTrack),
    String(summary.behind),
    String(summary.overdue),
    String(summary.noStatus),
    gradesText(summary, locale),
  ];
}

/** `A 1 / B 2 / C 0 / D 0 / 評価なし 3`; a goal sheet, which has no rates, shows only the ungraded. */
function gradesText(summary: SheetSummaryReport, locale: Locale): string {
  const parts = summary.layout === "goal_sheet" ? [] : summary.grades.map((g) => `${g.label} ${g.count}`);
  if (summary.ungraded > 0) parts.push(`${LABELS[locale].ungraded} ${summary.ungraded}`);
  return parts.join(" / ");
}

const ALPHANUMERIC = /^[\p{L}\p{N}]$/u;

/**
 * Text from a workbook as Markdown that shows it as written and does nothing else: no HTML (`<script>`,
 * `<img>`), no links or images (`[…](…)`, bare `https://…`, `www.…`, e-mail addresses), no emphasis,
 * code, math or table breaks. The punctuation that starts them is escaped with a backslash (CommonMark
 * 2.4; GFM's autolinks start at `:`, `www.` and `@`), `<`, `>` and `&` become entities, control characters
 * go, and line breaks become `<br>`, the one tag written on purpose.
 */
export function markdownText(text: string): string {
  return terminalText(text)
    .replace(/[\\`*_[\]|~$:@]/g, (ch, at: number, all: string) =>
      // An underscore between two letters or digits (一覧_R7) can neither open nor close emphasis.
      ch === "_" && ALPHANUMERIC.test(all[at - 1] ?? "") && ALPHANUMERIC.test(all[at + 1] ?? "")
        ? ch
        : `\\${ch}`,
    )
    .replace(/\b(www)\./gi, "$1\\.")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;");
}

function mdCell(text: string): string {
  return text
    .split(/\r\n?|\n/)
    .map(markdownText)
    .join("<br>");
}

function formatMarkdown(report: Report, locale: Locale): string {
  const L = LABELS[locale];
  const out: string[] = [`# ${L.summary} (${L.asOf} ${formatDate(report.asOf, locale)})`, ""];
  out.push(
    `| ${L.file} | ${L.sheet} | ${L.rowsColumn} | ${L.errors} | ${L.warnings} | ${L.overdue} |`,
    "| --- | --- | ---: | ---: | ---: | ---: |",
  );
  for (const file of report.files) {
    if (file.error) out.push(`| ${mdCell(file.path)} | — | | ✖ ${mdCell(file.error.message)} | | |`);
    for (const sheet of file.sheets) {
      if (sheet.skipped) continue;
      const errors = sheet.findings.filter((f) => f.severity === "error").length;
      const warnings = sheet.findings.length - errors;
      out.push(
        `| ${mdCell(file.path)} | ${mdCell(sheet.name)} | ${sheet.rowsEvaluated} | ${errors} | ${warnings} | ${sheet.rows.filter((r) => r.overdue).length} |`,
      );
    }
  }
  if (report.summaryBySheet) {
    const header = bySheetHeader(locale);
    out.push(
      "",
      `## ${L.bySheet}`,
      "",
      `| ${header.map(mdCell).join(" | ")} |`,
      `| --- | --- | ${header
        .slice(2, -1)
        .map(() => "---:")
        .join(" | ")} | --- |`,
    );
    for (const summary of report.summaryBySheet) {
      out.push(`| ${bySheetRow(summary, locale).map(mdCell).join(" | ")} |`);
    }
  }
  for (const file of report.files) {
    for (const sheet of file.sheets) {
      const revised = sheet.rows.filter((r) => r.originalTarget !== undefined);
      if (sheet.skipped || (sheet.findings.length === 0 && revised.length === 0)) continue;
      out.push("", `## ${mdCell(file.path)} — ${mdCell(sheet.name)}`);
      if (sheet.findings.length > 0) {
        out.push("", `| ${L.cell} | ${L.severity} | ${L.message} |`, "| --- | --- | --- |");
        for (const [cell, severity, message] of findingRows(sheet.findings, locale)) {
          out.push(`| ${mdCell(cell ?? "")} | ${mdCell(severity ?? "")} | ${mdCell(message ?? "")} |`);
        }
      }
      // The rows judged against a revised target, so a reader sees which target each rate is of.
      if (revised.length > 0) {
        out.push(
          "",
          `### ${L.revisedTargets}`,
          "",
          `| ${L.row} | ${L.label} | ${L.target} |`,
          "| ---: | --- | --- |",
        );
        for (const r of revised) {
          out.push(`| ${r.row} | ${mdCell(r.label ?? "—")} | ${mdCell(targetText(r, locale))} |`);
        }
      }
    }
  }
  for (const file of report.files) {
    for (const sheet of file.sheets) {
      const offered = sheet.skipped ? [] : candidateRows(sheet.rows, locale);
      if (offered.length === 0) continue;
      out.push(
        "",
        `## ${mdCell(file.path)} — ${mdCell(sheet.name)}: ${L.candidates}`,
        "",
        `| ${L.row} | ${L.label} | ${L.candidates} |`,
        "| ---: | --- | --- |",
      );
      for (const entry of offered)
        out.push(`| ${entry.row} | ${mdCell(entry.label)} | ${entry.candidates.map(mdCell).join("<br>")} |`);
    }
  }
  return `${out.join("\n")}\n`;
}

/**
 * A CSV field that Excel opens as the text it is. A field starting with `=`, `+`, `-`, `@`, a tab, CR,
 * LF or NUL would be read as a formula (`=HYPERLINK(…)`, `@SUM(…)`): it gets a leading single quote, as
 * OWASP advises for CSV injection (ASVS 1.2.10). Full-width `＝＋－＠` are treated the same, as Japanese
 * Excel may take them for their ASCII forms. Quotes and separators are escaped as RFC 4180 says.
 */
export function csvField(text: string): string {
  const inert = /^[=+\-@\t\r\n\0＝＋－＠]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(inert) ? `"${inert.replace(/"/g, '""')}"` : inert;
}

/**
 * One line per finding, with a header in the chosen language; a UTF-8 byte-order mark so Japanese Excel
 * opens it correctly. One table only: the per-sheet summary (`--summary`) goes into a file of its own
 * (formatSummaryCsv), so a tool or a filter reading this one meets the same columns on every line.
 */
function formatCsv(report: Report, locale: Locale): string {
  const L = LABELS[locale];
  const line = (fields: readonly string[]): string => fields.map(csvField).join(",");
  const lines = [line(L.csvHeader)];
  for (const file of report.files) {
    if (file.error)
      lines.push(line([file.path, "", "", L.csvSeverity.error, file.error.code, file.error.message]));
    for (const sheet of file.sheets) {
      // Each checked sheet says how many rows it read, as a line of the one table: a sheet with no
      // finding is still seen to have been checked.
      if (!sheet.skipped) {
        lines.push(
          line([
            file.path,
            sheet.name,
            "",
            L.csvSeverity.info,
            "rows_evaluated",
            L.rowsChecked(sheet.rowsEvaluated, sheet.rowsNotRead),
          ]),
        );
      }
      const seen = new Set<string>();
      for (const f of sheet.findings) {
        const fields = [file.path, sheet.name, f.cell, L.csvSeverity[f.severity], f.code, f.message];
        const key = fields.join("\u0000");
        if (seen.has(key)) continue;
        seen.add(key);
        lines.push(line(fields));
      }
    }
  }
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

/** `--summary` as a CSV of its own: one line per checked sheet, the figures of the 集計 sheet. */
export function formatSummaryCsv(summaries: readonly SheetSummaryReport[], locale: Locale): string {
  const L = LABELS[locale];
  const lines = [L.csvSummaryHeader.map(csvField).join(",")];
  for (const s of summaries) {
    const grades = s.grades.map((g) => `${g.label}:${g.count}`).join(" ");
    lines.push(
      [
        s.path,
        s.sheet,
        L.layouts[s.layout],
        String(s.items),
        String(s.achieved),
        String(s.onTrack),
        String(s.behind),
        String(s.overdue),
        String(s.noStatus),
        grades,
        String(s.ungraded),
      ]
        .map(csvField)
        .join(","),
    );
  }
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
