import { describe, expect, it, test } from "vitest";
import {
  isReportedDone,
  isSubItemDone,
  readReport,
  reportSaysDone,
  splitReportBySubItem,
} from "./readReport";

// Reports from seed 000 (令和7年度 重点目標管理シート, 中間報告).
const ELECTIONS =
  "(1) 令和7年5月20日に適正に執行した。  (2) 令和7年7月20日に適正に執行した。  (3) (4) 3月の執行に向けて準備を進めた。";

describe("readReport", () => {
  it("reads each sub-item of an election report on its own", () => {
    expect(readReport(ELECTIONS)).toEqual([
      { subItems: [1], text: "令和7年5月20日に適正に執行した。", done: true },
      { subItems: [2], text: "令和7年7月20日に適正に執行した。", done: true },
      { subItems: [3, 4], text: "3月の執行に向けて準備を進めた。", done: false },
    ]);
  });

  test.each([
    ["(1) 8月30日に防災訓練を実施し、関係機関20団体の協力を得て、5会場で合計1,012人参加", true],
    [
      "(1) 産業振興部、上下水道局への展開を完了 追加として会計課、財産活用課、税務課、収納管理課に展開(11部局59課室に展開済)",
      true,
    ],
    ["(2) 上半期は他自治体の情報収集のみにとどまり、具体的な施策検討には至っていない", false],
    [
      "(1) 9月末に県へ事業認定申請書を提出 県との事前協議及び当初からの一部計画変更（選管備品用倉庫の取りやめ）により時間を要した)",
      true,
    ],
    ["(2) 総合防災情報システムと、「避難所受付システム」が連携可能か、確認・調査中", false],
    ["(2) 訓練実施に向けた指導及び資器材を提供（備蓄食料等）", true],
    ["(2) 庁内公募制度の事例調査・研究を行った。", true],
    ["(4) 人事評価研修・自己評価研修の実施(5月)", true],
    [
      "(1) 8月に税系システムを標準準拠システムへ移行 標準化予定の他システムとの連携調整を実施（健康管理、戸籍、就学、生活保護）",
      true,
    ],
    ["(1) 7月に執行した参議院議員通常選挙において、 上田染谷丘高校に移動期日前投票所を試行開設した。", true],
    ["(1) 危機管理防災担当者操作訓練 2回 全職員向けシステム操作訓練 1回", true],
    ["(3) 自治センター班用に防火服の整備を進めている。", false],
    ["(5) 自主防災アドバイザーによる講座対応等制度を調整中", false],
    ["(2) 令和8年4月施行に向け、災害時協力井戸の登録に関する要綱の策定及び周知するための看板等を検討", false],
    ["(2) e-learningを活用し研修を実施予定（10～12月）", false],
    ["(2) 12月に明るい選挙推進大会を開催する予定で、 実施内容の検討、参加者との調整を進めた。", false],
    ["(4) 通信放送業者との、災害時の情報伝達手段の確保等を規定した災害時応援協定締結の検討", false],
  ])("reads %s as done = %s", (text, done) => {
    const [segment] = readReport(text);
    expect(segment?.done).toBe(done);
  });

  it("joins a sub-item that breaks off mid-list to the next statement", () => {
    expect(
      readReport("(3) マイナンバー・情報セキュリティに係る内部監査・ (4) 自己点検を実施予定(10月)"),
    ).toEqual([
      {
        subItems: [3, 4],
        text: "マイナンバー・情報セキュリティに係る内部監査・ 自己点検を実施予定(10月)",
        done: false,
      },
    ]);
  });

  it("keeps text without markers as one segment for no sub-item", () => {
    expect(readReport("大綱(案)を行政管理課で作成し、行財政改革推進委員会において審議中")).toEqual([
      {
        subItems: null,
        text: "大綱(案)を行政管理課で作成し、行財政改革推進委員会において審議中",
        done: false,
      },
    ]);
  });

  test.each([[null], [undefined], [""]])("returns no segments for %j", (text) => {
    expect(readReport(text)).toEqual([]);
  });
});

describe("isReportedDone", () => {
  test.each([
    ["(1) 産業振興部、上下水道局への展開を完了 …", true],
    ["(1) 9月末に県へ事業認定申請書を提出", true],
    ["(1) 8月30日に防災訓練を実施し、関係機関20団体の協力を得て、5会場で合計1,012人参加", true],
    ["令和7年5月20日に適正に執行した。", true],
    ["計画を策定した。", true],
    ["推進大会を開催した", true],
    ["事業は終了", true],
    ["(2) 上半期は他自治体の情報収集のみにとどまり、具体的な施策検討には至っていない", false],
    ["(2) 総合防災情報システムと、「避難所受付システム」が連携可能か、確認・調査中", false],
    ["大綱(案)を行政管理課で作成し、行財政改革推進委員会において審議中", false],
    ["制度を構築し運用に係る庁内研修を実施予定", false],
    ["対応マニュアル策定に向けて準備を進める", false],
    ["研修は未実施", false],
    ["システム移行は未完了", false],
    ["研修を実施したが、報告書の提出には至っていない", false],
    ["経済対策を検討", false],
    ["キャッシュレス決済の導入について情報収集", false],
    ["年2回開催する", false],
  ])("reads %s as %s", (text, done) => {
    expect(isReportedDone(text)).toBe(done);
  });

  test.each([
    ["完了", true],
    ["済", true],
    ["済み", true],
    ["達成", true],
    ["done", true],
    ["Completed", true],
    ["ｄｏｎｅ", true],
    ["未着手", false],
    ["実施中", false],
    ["遅れ", false],
    ["未済", false],
  ])("reads the status cell %s as %s", (text, done) => {
    expect(isReportedDone(text)).toBe(done);
  });

  it("needs every marked sub-item done when the report has markers", () => {
    expect(isReportedDone(ELECTIONS)).toBe(false);
    expect(isReportedDone("(1) 5月20日に執行した。 (2) 7月20日に執行した。")).toBe(true);
  });

  test.each([[null], [undefined], [""], ["   "]])("is false for %j", (text) => {
    expect(isReportedDone(text)).toBe(false);
  });
});

describe("isSubItemDone", () => {
  const segments = readReport(ELECTIONS);

  test.each([
    [1, true],
    [2, true],
    [3, false],
    [4, false],
    [5, false],
  ])("reads sub-item %i of the election report as %s", (subItem, done) => {
    expect(isSubItemDone(segments, subItem)).toBe(done);
  });

  it("reads a report without markers as speaking for every sub-item", () => {
    const whole = readReport("産業振興部、上下水道局への展開を完了");
    expect(isSubItemDone(whole, 1)).toBe(true);
    expect(isSubItemDone(whole, 3)).toBe(true);
    expect(isSubItemDone(readReport("自主防災アドバイザーによる講座対応等制度を調整中"), 1)).toBe(false);
  });

  it("needs every segment naming the sub-item to be done", () => {
    const mixed = readReport("(1)～(3) 大綱を策定した。 (3) アクションプログラムは策定中");
    expect(isSubItemDone(mixed, 1)).toBe(true);
    expect(isSubItemDone(mixed, 3)).toBe(false);
  });

  test.each([
    [[], 1],
    [readReport(null), 1],
    [readReport(undefined), 2],
    [segments, 0],
    [segments, -1],
    [segments, 1.5],
    [segments, Number.NaN],
  ])("is false for no segments or a sub-item that cannot exist (%j, %s)", (input, subItem) => {
    expect(isSubItemDone(input, subItem)).toBe(false);
  });
});

describe("splitReportBySubItem", () => {
  test.each([
    [
      "(3) 内部監査・ (4) 自己点検を実施予定(10月)",
      [{ subItems: [3, 4], text: "内部監査・ 自己点検を実施予定(10月)" }],
    ],
    [
      "(1) 研修を実施 (2) (3)",
      [
        { subItems: [1], text: "研修を実施" },
        { subItems: [2, 3], text: "" },
      ],
    ],
    ["(1) 研修を実施", [{ subItems: [1], text: "研修を実施" }]],
    ["研修を実施", [{ subItems: null, text: "研修を実施" }]],
  ])("splits %j", (text, expected) => {
    expect(splitReportBySubItem(text)).toEqual(expected);
  });

  test.each([[null], [undefined], [""]])("returns nothing for %j", (text) => {
    expect(splitReportBySubItem(text)).toEqual([]);
  });
});

describe("isReportedDone on outcomes stated as facts", () => {
  test.each([
    ["(1) 市内小・中・高校等に依頼し、次のとおり応募があった。 小学校76点、中学校3点、高校なし。", true],
    ["関係機関20団体の協力を得て、5会場で合計1,012人参加", true],
    ["今年度新たに6名の学生が入団し、学生団員は総勢15名", true],
    ["応募があった場合は対応予定", false],
  ])("%s → %s", (text, done) => {
    expect(isReportedDone(text)).toBe(done);
  });
});

describe("reportSaysDone", () => {
  const ELECTION_REPORT =
    "(1) 令和7年5月20日に適正に執行した。  (2) 令和7年7月20日に適正に執行した。  (3) (4) 3月の執行に向けて準備を進めた。";
  test.each([
    [ELECTION_REPORT, 1, true],
    [ELECTION_REPORT, 3, false],
    [ELECTION_REPORT, null, false],
    ["完了", undefined, true],
    ["", 1, false],
    [null, null, false],
    [ELECTION_REPORT, 0, false],
  ])("%j for sub-item %s → %s", (text, subItem, done) => {
    expect(reportSaysDone(text, subItem)).toBe(done);
  });
});
