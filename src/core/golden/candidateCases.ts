/**
 * Golden cases for findValueCandidates: a 数値目標 and the report beside it, with the candidates a careful
 * reader offers (preferred first) and why, written by hand (never generated from the finder). The test runs
 * every case; a script renders them to Markdown (docs/golden/candidates.md) so a reviewer can read each
 * change in a diff.
 *
 * Sources: every item of seed 000 (上田市's 重点目標管理シート, all five goal sheets; the items whose
 * 数値目標 names a number or a rate word, and the rest, which must offer nothing), and texts from other
 * municipalities' and prefectures' goal, 工程表 and evaluation documents, each kept exactly as the cited
 * page shows it. Where a case takes the target from the same sentence as the report, the note says so.
 */

/** One candidate a case expects: the target's sub-item, the value, and the achievement it would give. */
export interface ExpectedCandidate {
  readonly subItem: number | null;
  readonly amount: number;
  readonly unit: string;
  readonly achievementRate: number | null;
  /** For a sum of counts listed in one sentence, the counts added. */
  readonly parts?: readonly number[];
}

export interface CandidateCase {
  /** Who wrote the texts, which document, and where it is published (a URL for every other municipality). */
  readonly source: string;
  /** The 数値目標 (or the target value the document states). */
  readonly target: string;
  /** The 中間報告 / 期末報告 (or the result the document states). */
  readonly report: string;
  readonly expected: readonly ExpectedCandidate[];
  /** Why these candidates, in this order, and why not the other numbers. */
  readonly why: string;
}

export const CANDIDATE_CASES: readonly CandidateCase[] = [
  {
    source: "上田市 重点目標管理シート 令和7年度 (seed 000), 重点目標 1 ①",
    target:
      "(1) 職員向け操作研修の定期実施及び、訓練内容の拡充  (2) システムの操作性向上のための機能追加及び、ポータルサイトの利便性向上のための調査・研究  (3) 本部情報収集班及び連絡員対象職員への研修会を実施 (4) 伝達手段の多重化に向けた、官民連携による新たな手段及び手法の検討",
    report:
      "(1) 危機管理防災担当者操作訓練 2回 全職員向けシステム操作訓練 1回 各地域危機管理担当、避難所開設担当職員への周知・操作説明 2回 (2) 総合防災情報システムと、「避難所受付システム」が連携可能か、確認・調査中  (3) 7月28日に連絡員会議を実施。災害時連絡網を更新し、非常伝達訓練時に連絡員の訓練を追加し対応 (4) 通信放送業者との、災害時の情報伝達手段の確保等を規定した災害時応援協定締結の検討",
    expected: [],
    why: "The target names no number.",
  },
  {
    source: "上田市 重点目標管理シート 令和7年度 (seed 000), 重点目標 1 ②",
    target: "(1) 運用実績の検証と、運用拡充に向けた庁内調整体制への調査・研究",
    report:
      "(1) 真田デジタル化推進事業「キクもん」の担当者による関連部署職員への研修会の実施、有線放送廃止に伴う代替案としての対応検討",
    expected: [],
    why: "The target names no number.",
  },
  {
    source: "上田市 重点目標管理シート 令和7年度 (seed 000), 重点目標 1 ③",
    target:
      "(1) 市民、自治会、関係団体を主体とした重点地域型の訓練を実施 (2) 効果的な訓練に向けた内容及び実施方法等への助言指導",
    report:
      "(1) 8月30日に防災訓練を実施し、関係機関20団体の協力を得て、5会場で合計1,012人参加 (2) 訓練実施に向けた指導及び資器材を提供（備蓄食料等）",
    expected: [],
    why: "The target names no number (訓練を実施): 合計1,012人 is reported, but there is nothing to offer it for.",
  },
  {
    source: "上田市 重点目標管理シート 令和7年度 (seed 000), 重点目標 1 ④",
    target:
      "(1) 備蓄計画の見直しによる多様なニーズに応じた備蓄品の充足 (2) 市内井戸の調査と国のガイドラインに即した活用方針の策定",
    report:
      "(1) 令和4年度に策定した備蓄計画を時点修正等し、庁内にて共有可能な資器材を調査し、共有した。 (2) 令和8年4月施行に向け、災害時協力井戸の登録に関する要綱の策定及び周知するための看板等を検討",
    expected: [],
    why: "The target names no number.",
  },
  {
    source: "上田市 重点目標管理シート 令和7年度 (seed 000), 重点目標 1 ⑤",
    target: "(1) 防災人材の育成に向けた防災研修会実施内容の検討",
    report: "(1) 自主防災アドバイザーによる講座対応等制度を調整中",
    expected: [],
    why: "The target names no number.",
  },
  {
    source: "上田市 重点目標管理シート 令和7年度 (seed 000), 重点目標 1 ⑥",
    target:
      "(1) 消防団員の確保（定員1,850人）充足率90% (2) 消防団員へ周知、利用促進  (3) 機能別団員の活用方法の統一化 (4) 消防車両の運転に必要な準中型自動車免許等取得制度の運用 (5) 各種会議及び式典など負担軽減に向けた体制への検討",
    report:
      "(1) 今年度新たに6名の学生が入団し、学生団員は総勢15名 新たな入団促進事業を推進【充足率84.3%】 (2) 福利厚生の実施化を図るため、今年度から新規4施設を追加し、家族での利用を促進 (3) 自治センター班用に防火服の整備を進めている。 (4) 現時点で4名分交付決定。交付予定者7名なので、更なる制度活用のため周知対応 (5) 消防操法・ラッパ吹奏大会での式典を簡略化。消防団会議も試行的にリモート開催。更なる負担軽減を推進",
    expected: [{ subItem: 1, amount: 0.843, unit: "%", achievementRate: 0.9366666667 }],
    why: "(1) asks for 充足率90%: 【充足率84.3%】 is labelled like it (84.3 ÷ 90 = 93.7%). 定員1,850人 is a capacity; 6名 and 総勢15名 count people, not a rate. (4) 交付予定者7名 is a plan, and target (4) names no number.",
  },
  {
    source: "上田市 重点目標管理シート 令和7年度 (seed 000), 重点目標 2 ①",
    target:
      "(1)～(3) 継続的な行財政改革を推進するための基本的な指針となる大綱及び行財政改革大綱の改革方針を具現化するための目標値、期限など具体的な取組事項を盛り込んだアクションプログラムを策定する。",
    report:
      "(1)～(3) 第五次大綱の策定について、5月に行財政改革推進委員会に諮問。12月に答申予定 大綱(案)を行政管理課で作成し、行財政改革推進委員会及び庁内策定幹事会において審議中 10月にパブリックコメントを実施し、今後、市民意見を反映していく予定 今後、改定後の大綱に基づくアクションプログラムを並行して策定する予定",
    expected: [],
    why: "The target names no number.",
  },
  {
    source: "上田市 重点目標管理シート 令和7年度 (seed 000), 重点目標 2 ②",
    target:
      "(1)～(2) 公共施設のあり方を検討するための基本的な考え方や取組みの方針等、今後の公共施設マネジメントの指針となる計画を策定する。  (3) 公共施設の削減目標を達成するため、施設統廃合するための基本方針を策定する。",
    report:
      "(1)～(2) 総合管理計画の策定について、5月に行財政改革推進委員会に諮問。12月に答申予定 計画(案)を行政管理課で作成し、行財政改革推進委員会及び庁内検討会議において審議中  (3) 10月にパブリックコメントを実施し、今後、市民意見を反映していく予定 今後、改定後の計画に基づく個別施設計画を並行して策定する予定",
    expected: [],
    why: "The target names no number.",
  },
  {
    source: "上田市 重点目標管理シート 令和7年度 (seed 000), 重点目標 2 ③",
    target:
      "(1) 部局横断的なチームによる検討会議を開催する。 (2)～(3) 上田市版内部統制制度を構築し、制度周知を図る。",
    report:
      "(2) 11月に県内先進自治体の視察、日弁連と制度の整備・運用についての意見交換を実施予定 (3) 制度を構築し運用に係る庁内研修を実施予定",
    expected: [],
    why: "The target names no number.",
  },
  {
    source: "上田市 重点目標管理シート 令和7年度 (seed 000), 重点目標 2 ④",
    target:
      "(1) 部局横断的なチームによる検討会議を開催する。 (2)～(3) 現在の不当要求マニュアルを見直すとともにカスタマーハラスメント対応マニュアルを策定し周知する。",
    report:
      "(2) 上半期は他自治体の情報収集のみにとどまり、具体的な施策検討には至っていない (3) 収集した情報をもとに、対応マニュアル策定に向けて準備を進める",
    expected: [],
    why: "The target names no number.",
  },
  {
    source: "上田市 重点目標管理シート 令和7年度 (seed 000), 重点目標 2 ⑤",
    target: "(1) 県の事業認定、税務署協議。  (2) 地権者4名からの用地買収。",
    report:
      "(1) 9月末に県へ事業認定申請書を提出 県との事前協議及び当初からの一部計画変更（選管備品用倉庫の取りやめ）により時間を要した)",
    expected: [],
    why: "(2) asks for 地権者4名, but the report speaks only of (1); 9月末 is a date.",
  },
  {
    source: "上田市 重点目標管理シート 令和7年度 (seed 000), 重点目標 3 ①",
    target:
      "(1) 職員研修計画に基づく研修の実施 キャリア面談の実施 (2) 庁内公募制度の導入に向けた検討 (3) 適切な勤務時間の管理、休暇取得の推進 (4) 人事評価研修の実施 (5) 健康診断の受診率向上、受診勧奨相談体制の強化、産業医等面談勧奨の実施 (6) 勤怠管理システムの導入範囲拡大",
    report:
      "(1) 職員研修計画に基づき、順次研修を実施 (2) 庁内公募制度の事例調査・研究を行った。 (3) ワーク・ライフ・バランス推進月間の実施(8月) 時間外上限時間超過に係る要因分析の実施(9月) (4) 人事評価研修・自己評価研修の実施(5月) (5) 健診受診率84.8%(R7.10.1時点)、ヘルスクリーニング未受診者へ個別健診受診勧奨(R7.9～10月) 新規採用職員全員との個別面談(産業カウンセラー・保健師、R7.8月～9月)、管理監督者向けラインケア研修(R7.10月) (6) 全庁での運用に先駆け5月から総務部・秘書課・危機管理防災課・交流文化芸術センター・上田市立美術館で試験運用を実施。10月以降順次範囲を拡大",
    expected: [{ subItem: 5, amount: 0.848, unit: "%", achievementRate: null }],
    why: "(5) names a rate without a number (受診率向上): 健診受診率84.8% is offered for (5) with no achievement. (R7.10.1時点) is an as-of note; R7.9～10月 and R7.8月～9月 are dates.",
  },
  {
    source: "上田市 重点目標管理シート 令和7年度 (seed 000), 重点目標 3 ②",
    target:
      "(1) 職員採用による優秀な人材の確保 (2) 障がい者活躍推進計画等に基づく障がい者の計画的な採用 (3) 60歳職員の意向を踏まえた適材適所による配置 (4) 総務省の会計年度任用職員制度に係る事務処理マニュアル等を踏まえた適切な処遇の確保",
    report:
      "(1) 定員管理計画を踏まえた適正な職員数の確保に向け大卒程度(土木・建築)の早期募集をはじめ、職種ごとに職員採用試験を実施 (2) 障がい者枠で新規採用された会計年度任用職員のフォローを適宜実施 (3) 対象職員の意向調査及び面談を実施(7月) (4) 子の看護休暇の見直し、療養休暇を有給化(4月)",
    expected: [],
    why: "60歳 in (3) says who is placed, not a value to reach (歳 is not a counter a target is written in); the report's (7月), (4月) are dates.",
  },
  {
    source: "上田市 重点目標管理シート 令和7年度 (seed 000), 重点目標 3 ③",
    target:
      "(1) 的確な例規の制定改廃 (2) 職員の法務能力の底上げ。職員研修の一環として顧問弁護士による法制執務研修開催",
    report:
      "(1) 上半期、条例12、規則17、その他25の計54の例規を整備 (2) 後期新規採用職員研修において基礎法務研修を実施",
    expected: [],
    why: "The target names no number; 計54 (例規) has no counter either.",
  },
  {
    source: "上田市 重点目標管理シート 令和7年度 (seed 000), 重点目標 3 ④",
    target:
      "(1) 文書担当者会議等の開催、Web21等での周知  (2) 職員に対する選別基準の周知・徹底、適切な文書選別の実施",
    report:
      "(1) 文書担当者説明会を開催し、ルールを徹底(5月)  (2) 文書担当者説明会を開催し文書の移管・廃棄作業の注意事項や選別基準の周知を行い、円滑な実施に努めた。",
    expected: [],
    why: "The target names no number.",
  },
  {
    source: "上田市 重点目標管理シート 令和7年度 (seed 000), 重点目標 4 ①",
    target:
      "(1) オンライン申請手続の増加 (2) RAG（検索拡張生成AI）の導入 RPA利用の研究・利用場面の拡大 AI・RPA利用職員の増加 (3) 出先機関の職員PC整備完了 (4) 利用職員の増加 オープンデータ等を用いた地図の充実化",
    report:
      "(1) 施設予約システム、電子契約等の導入を支援 (2) RAGを構築し、AIの回答精度の検証を開始 RPA対応業務について検討 AI新規アカウントを50作成し、庁内約73%の課室で利用 (3) モバイル化推進に向け、端末配置を出先機関と調整中 (4) 航空写真更新を行い、庁内展開を進めている。 外部データを利用できるようシステムベンダーと調整を進めている。",
    expected: [],
    why: "The target names no number (利用職員の増加): 約73% and 50 (accounts) answer nothing a number was asked for.",
  },
  {
    source: "上田市 重点目標管理シート 令和7年度 (seed 000), 重点目標 4 ②",
    target: "(1) 標準化システムへの計画的な移行",
    report:
      "(1) 8月に税系システムを標準準拠システムへ移行 標準化予定の他システムとの連携調整を実施（健康管理、戸籍、就学、生活保護）",
    expected: [],
    why: "The target names no number.",
  },
  {
    source: "上田市 重点目標管理シート 令和7年度 (seed 000), 重点目標 4 ③",
    target:
      "(1) 安定した各業務システムの運用、クライアントOSの計画的な更新 (2) セキュリティ研修の実施 (3) セキュリティ監査の実施 (4) 内部監査と職員研修の実施",
    report:
      "(1) サイバー攻撃の被害はなく、システムの安定稼働を維持 (2) e-learningを活用し研修を実施予定（10～12月） (3) マイナンバー・情報セキュリティに係る内部監査・ (4) 自己点検を実施予定(10月)",
    expected: [],
    why: "The target names no number.",
  },
  {
    source: "上田市 重点目標管理シート 令和7年度 (seed 000), 重点目標 4 ④",
    target: "(1) ビジネスチャット実証実験の拡大（産業振興部、上下水道局他）",
    report:
      "(1) 産業振興部、上下水道局への展開を完了 追加として会計課、財産活用課、税務課、収納管理課に展開(11部局59課室に展開済)",
    expected: [],
    why: "The target names no number; (11部局59課室に展開済) answers nothing a number was asked for.",
  },
  {
    source: "上田市 重点目標管理シート 令和7年度 (seed 000), 重点目標 5 ①",
    target: "今年度実施する選挙を、法令に基づき公正かつ適正に管理執行する。",
    report:
      "(1) 令和7年5月20日に適正に執行した。  (2) 令和7年7月20日に適正に執行した。  (3) (4) 3月の執行に向けて準備を進めた。",
    expected: [],
    why: "The target names no number.",
  },
  {
    source: "上田市 重点目標管理シート 令和7年度 (seed 000), 重点目標 5 ②",
    target:
      "(1) 市内小・中・高校等に依頼し、 20点以上の作品を募る。 (2) 明るい選挙推進大会を実施し、 市民50人以上の参加を促す。 (3) 15校以上への貸出を実施。  (4) 小・中・高校からの要請に基づ き、選挙制度及び主権者教育等 についての出前講座を行う。 (5) 市内大学等の学生に投票事務従 事者の募集を行う。",
    report:
      "(1) 市内小・中・高校等に依頼し、次のとおり応募があった。 小学校76点、中学校3点、高校なし。  (2) 12月に明るい選挙推進大会を開催する予定で、 実施内容の検討、参加者との調整を進めた。  (3) 高校2校への貸出を実施  (4) 高校1校において、県と合同で実施  (5) 7月に執行した参議院議員通常選挙において、 大学、専門学校計6校で募集を行い、6名が投票 事務に従事。",
    expected: [
      { subItem: 1, amount: 79, unit: "点", achievementRate: 3.95, parts: [76, 3] },
      { subItem: 1, amount: 76, unit: "点", achievementRate: 3.8 },
      { subItem: 1, amount: 3, unit: "点", achievementRate: 0.15 },
      { subItem: 3, amount: 2, unit: "校", achievementRate: 0.1333333333 },
    ],
    why: "(1) asks for 20点以上 (a floor: 79 ÷ 20 = 395%). 小学校76点、中学校3点 are counts listed in one sentence with nothing but 、 between them: their sum, 79点, is what the target counts (all works received) and comes first, then each count as written. (2) 市民50人以上: the report has no number (12月 is a date). (3) 15校以上 against 高校2校 (13.3%). (5) 計6校 and 6名 are reported under (5), whose target names no number: never offered for (1) or (3).",
  },
  {
    source: "上田市 重点目標管理シート 令和7年度 (seed 000), 重点目標 5 ③",
    target:
      "(1) 7月の参議院議員通常選挙において、移動期日前投票所を試行開設し、本実施に向け課題を洗い出す。 (2) 見直しの対象となる投票所の検討",
    report:
      "(1) 7月に執行した参議院議員通常選挙において、 上田染谷丘高校に移動期日前投票所を試行開設した。  (2) 参議院議員通常選挙の結果を分析し、見直し基準を検討",
    expected: [],
    why: "7月 in the target is a date, not a value; the target names no number.",
  },
  {
    source: "上田市 重点目標管理シート 令和7年度 (seed 000), 重点目標 5 ④",
    target: "恒久的な移転先となる倉庫の建設に向け、建設場所、規模、機能等を決定。",
    report:
      "・倉庫の建設に向け、規模、機能等を検討。 ・市が民間企業から新たに建物を譲り受けることになったため、当該建物において倉庫新設と同等の機能を確保することができないか検討。",
    expected: [],
    why: "The target names no number.",
  },
  {
    source:
      "船橋市議会 市民環境経済委員会 2020-09-18 (KPI 報告) | https://chiholog.net/chibalog/search.html?meeting_text=%22%EF%BC%AB%EF%BC%B0%EF%BC%A9%E9%87%8D%E8%A6%81%E6%A5%AD%E7%B8%BE%22",
    target: "100店舗",
    report:
      "令和元年度については、登録店舗数の増加目標100店舗は、実績101店舗と達成できたが、年間閲覧数については、新型コロナウイルス感染症の拡大の影響もあり、1万2600回の目標に対し、実績が1万155回であり、目標達成はできなかった。",
    expected: [{ subItem: null, amount: 101, unit: "店舗", achievementRate: 1.01 }],
    why: "The target (登録店舗数の増加目標100店舗, the same sentence) restated as 増加目標100店舗 is never offered; 実績101店舗 is (101%). The 回 counts answer another unit.",
  },
  {
    source:
      "船橋市議会 市民環境経済委員会 2020-09-18 (KPI 報告) | https://chiholog.net/chibalog/search.html?meeting_text=%22%EF%BC%AB%EF%BC%B0%EF%BC%A9%E9%87%8D%E8%A6%81%E6%A5%AD%E7%B8%BE%22",
    target: "1万2600回",
    report:
      "令和元年度については、登録店舗数の増加目標100店舗は、実績101店舗と達成できたが、年間閲覧数については、新型コロナウイルス感染症の拡大の影響もあり、1万2600回の目標に対し、実績が1万155回であり、目標達成はできなかった。",
    expected: [{ subItem: null, amount: 10155, unit: "回", achievementRate: 0.805952381 }],
    why: "1万2600回の目標に対し restates the target and is not offered; 実績が1万155回 is (80.6%). The sentence is longer than 80 characters, so the text is its phrase: 実績が1万155回であり.",
  },
  {
    source:
      "岡崎市 2023年度 部の目標の実績報告書 (報道: エフエム岡崎 2024-04-17) | https://fm-egao.jp/tokai/240417.php",
    target: "70万人",
    report: "当初目標の「70万人」には届かず、約64万人にとどまった。",
    expected: [{ subItem: null, amount: 640000, unit: "人", achievementRate: 0.9142857143 }],
    why: "当初目標の「70万人」 restates the target (大河ドラマ館来館者数の目標) and is not offered; 約64万人 is (91.4%).",
  },
  {
    source:
      "鳥取県 県土整備部 道路建設課の工程表 令和3年度 (今年度の目標 / 成果) | http://db.pref.tottori.jp/R3_open_Management.nsf/1f70f8fb85f7925749257b4b0008e701/7f8c291a648d50034925887600230a58",
    target: "鳥取県公共事業環境配慮指針適用対象事業において環境配慮指針98.8%とする。",
    report:
      "実施率100%であった。\nR3対象事業は9箇所(鳥取県土2事業、中部県土3事業、米子県土2事業、日野県土2事業)であり、\nいずれも環境配慮指数=配慮実施数/配慮必要数は100%であった。",
    expected: [{ subItem: null, amount: 1, unit: "%", achievementRate: 1.012145749 }],
    why: "実施率100% (101.2% of 98.8%); the same 100% in the third sentence is not offered twice. 9箇所 and 2事業 count other things.",
  },
  {
    source:
      "鳥取県 県土整備部 道路建設課の工程表 平成28年度 指標1 国道の整備延長 (今年度目標値 / 今年度実績値) | http://db.pref.tottori.jp/H28_open_MissionManagement.nsf/1f70f8fb85f7925749257b4b0008e701/db460a77e5bf2ca5492581ae00161dc1",
    target: "296.3km",
    report: "295.4km",
    expected: [{ subItem: null, amount: 295.4, unit: "km", achievementRate: 0.996962538 }],
    why: "An 実績値 cell read as a report: 295.4km against 296.3km (99.7%).",
  },
  {
    source:
      "佐野市 行政評価 目標達成度評価の考え方 (避難場所を知っている市民の割合, 平成27年度) | http://www.city.sano.lg.jp/gyousei/hyouka/04-10.html",
    target: "75.0%",
    report:
      "関連する事務事業を行うことで、市民の防災に関する意識がどの程度高まったのか、平成27年度の実績を市政に関するアンケート調査で把握したところ、実態は57.9%の方が避難場所を認識しているという結果でした。\n\nこの結果は、平成27年度の目標値75.0%と比較すると17.1%の差で目標未達成でした。",
    expected: [{ subItem: null, amount: 0.579, unit: "%", achievementRate: 0.772 }],
    why: "The 目標値 as a value (75.0%): 57.9% gives 77.2%. 目標値75.0% restates the target and 17.1%の差 is a difference: neither is offered.",
  },
  {
    source:
      "佐野市 行政評価 目標達成度評価の考え方 (求人面接会等で採用となった人数, 令和3年度) | https://www.city.sano.lg.jp/soshikiichiran/gyousei/gyoseikeieika/gyomuannai/3/naiyou/2871.html",
    target: "15人",
    report: "この結果は、令和3年度の目標値15人と比較すると3件の差で目標未達成でした。",
    expected: [],
    why: "目標値15人 restates the target; 3件の差 is a difference in another unit. The actual itself is not in the sentence: nothing is offered.",
  },
  {
    source:
      "佐渡市 改革宣言2007 事後検証結果 保育園の統合 (取り組み内容 / 成果指標 実績) | http://www.city.sado.niigata.jp/topics/reform/mani19/rev07_1.shtml",
    target:
      "平成19年度においては、該当地区の地域説明会を行い、5施設について廃止又は前期計画期間内での方向付けを行います。",
    report: "1園",
    expected: [],
    why: "The target counts 施設, the result 園: a careful reader may see they are the same nurseries, but a count in another counter is never offered (the sheet's own 成果指標 says 5園, which the target text does not).",
  },
  {
    source:
      "西尾市 事業評価表 健康診査事業 平成17年度 (乳がん検診受診者数: 目標値の設定内容 / 実績値) | https://expydoc.com/doc/7148730/%E5%81%A5%E5%BA%B7%E8%A8%BA%E6%9F%BB%E4%BA%8B%E6%A5%AD%EF%BC%88%E3%81%8C%E3%82%93%E3%83%BB%E9%AA%A8%E7%B2%97%E9%AC%86%E7%97%87%EF%BC%89--24kb-pdf%E3%83%95%E3%82%A1%E3%82%A4%E3%83%AB----%E8%A5%BF%E5%B0%BE%E5%B8%82",
    target: "1700人",
    report: "1,712",
    expected: [],
    why: "The 実績値 is a plain number without a counter: matching is by unit, so it is not offered (an 実績値 column reads such a number; a report sentence does not).",
  },
  {
    source:
      "加古川市 平成30年度 施策評価シート (毎日朝食をとる市民の割合) | https://www.city.kakogawa.lg.jp/section/ebook/contents/05_keikaku/010_gyouseihyouka/pageindices/index16.html",
    target: "毎日朝食をとる市民の割合",
    report: "毎日朝食をとる市民の割合単年度--84.8%(18歳以上)",
    expected: [{ subItem: null, amount: 0.848, unit: "%", achievementRate: null }],
    why: "A rate named without a number: 84.8% is offered with no achievement. (18歳以上) is a note; 歳 is not a counter.",
  },
  {
    source:
      "鳥取県 チャレンジ70 (政策項目) の進捗状況一覧 H29 ④ 若者の幸せをつくる出会い・結婚サポートの充実 | https://123deta.com/document/9ynvekkz-%E5%88%A5%E5%86%8A%E3%83%81%E3%83%A3%E3%83%AC%E3%83%B3%E3%82%B87%E6%94%BF%E7%AD%96%E9%A0%85%E7%9B%AE%E3%81%AE%E9%80%B2%E6%8D%97%E7%8A%B6%E6%B3%81%E4%B8%80%E8%A6%A7.html",
    target: "若者の幸せをつくる出会い・結婚サポートの充実",
    report:
      "・会員数:523人(H28年度末)→730人(H30.2月末)   ・カップル成立数:195組(H28年度末)→323組(H30.2月末)   ・成婚数:24(H28年度末)→47組(H30.2月末)",
    expected: [],
    why: "The item names no number: nothing is offered, though the report has counts (and each count before → is an earlier value, never the actual).",
  },
];
