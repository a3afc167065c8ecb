import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Caption1,
  Divider,
  MessageBar,
  MessageBarBody,
  Spinner,
  Title3,
} from "@fluentui/react-components";
import type { ReactNode } from "react";
import { Suspense, lazy } from "react";
import { sheetSettingsOf } from "../../../app/settings";
import { formatDate } from "../../../core/messages/formatDate";
import { usePane } from "../../hooks/usePane";
import { asOfOf } from "../../paneController";
import type { MessagePlace } from "../../viewModel";
import {
  askToRemoveFilled,
  issueText,
  layoutSummary,
  messagesAt,
  nextFiscalYearText,
  skippedRanges,
} from "../../viewModel";
import { BusyIndicator } from "../BusyIndicator/BusyIndicator";
import { CheckResults } from "../CheckResults/CheckResults";
import { LayoutPanel } from "../LayoutPanel/LayoutPanel";
import { MessageList } from "../MessageList/MessageList";
import { PeriodFields } from "../PeriodFields/PeriodFields";
import { SettingsPanel } from "../SettingsPanel/SettingsPanel";
import { SelfTest } from "../SelfTest/SelfTest";
import { copyText } from "../../copyText";
import { SheetActions } from "../SheetActions/SheetActions";
import { SheetPrepare } from "../SheetPrepare/SheetPrepare";
import { NewYearActions } from "../NewYearActions/NewYearActions";
import { RevisedTargetActions } from "../RevisedTargetActions/RevisedTargetActions";
import { WorkbookSummary } from "../WorkbookSummary/WorkbookSummary";
import { ValueCandidates } from "../ValueCandidates/ValueCandidates";
import { candidatesView } from "../../candidatesView";
import { useAppStyles } from "./useAppStyles";

/** 取りまとめ's section, loaded when it is first opened: the pane's first load does not carry it. */
const CollectFiles = lazy(() =>
  import(/* webpackChunkName: "collect-pane" */ "../CollectFiles/CollectFiles").then((module) => ({
    default: module.CollectFiles,
  })),
);

/**
 * The task pane. It leads with the check: one primary action (提出前チェック), its verdict and findings
 * under it, then the table as one line that opens for changes, and the other tools folded below, each
 * with its own messages beside its buttons. On a sheet without a table it offers a new sheet first. It
 * takes no props: its state and operations come from the PaneContext through usePane.
 */
export function App() {
  const { state, actions, strings, locale } = usePane();
  const styles = useAppStyles();
  const disabled = state.busy !== null || !state.started;
  const sheetSettings = state.sheetName === null ? {} : sheetSettingsOf(state.settings, state.sheetName);
  const detected = state.detection?.ok ? state.detection.value : null;
  const noTable = state.detection !== null && !state.detection.ok;
  const offerTemplates = noTable && actions.canCarryForward;
  // 実績値の候補 on a goal sheet that has some, or has them dismissed, or has a 実績値 column to take off.
  const candidatesNow =
    state.report?.detection.table.layout === "goal_sheet"
      ? candidatesView(state.report, sheetSettings.dismissedCandidates ?? [], strings)
      : null;
  const candidates =
    candidatesNow !== null &&
    (candidatesNow.groups.length > 0 || candidatesNow.dismissed > 0 || candidatesNow.actualColumn)
      ? candidatesNow
      : null;

  /** The messages of the actions shown at one place, beside their buttons. */
  const messages = (place: MessagePlace): ReactNode => {
    const { notices, failure } = messagesAt(state, place);
    return (
      <MessageList
        notices={notices}
        failure={failure}
        strings={strings}
        locale={locale}
        onDismissNotice={(id) => actions.dismissNotice(id)}
        onDismissFailure={() => actions.dismissFailure()}
      />
    );
  };

  const newYear = (lead: boolean) => (
    <NewYearActions
      strings={strings}
      disabled={disabled}
      defaultFiscalYear={nextFiscalYearText(state, locale)}
      offerCarry={!lead}
      primary={lead}
      onInsertTemplate={(kind, year, revisedTarget) => void actions.insertTemplate(kind, year, revisedTarget)}
      onCarryForward={() => void actions.carryForward()}
    />
  );

  return (
    <main className={styles.root}>
      <header className={styles.header}>
        <Title3 as="h1" className={styles.title}>
          {strings.title}
        </Title3>
        <div className={styles.sheetLine}>
          <Caption1 className={styles.sheet} title={state.sheetName ?? undefined}>
            {state.sheetName !== null && strings.sheet(state.sheetName)}
          </Caption1>
          <Button size="small" appearance="subtle" disabled={disabled} onClick={() => void actions.reload()}>
            {strings.layout.reload}
          </Button>
        </div>
      </header>

      {offerTemplates ? (
        <div className={styles.lead}>
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>
              {state.detection && !state.detection.ok && (
                <span className={styles.line}>
                  {state.detection.issues.map((issue) => issueText(issue, locale, strings)).join(" ")}
                </span>
              )}
              <span className={styles.line}>{strings.layout.noTable}</span>
            </MessageBarBody>
          </MessageBar>
          {newYear(true)}
          {messages("check")}
          <BusyIndicator busy={state.busy} strings={strings} />
        </div>
      ) : (
        <section className={styles.lead} aria-label={strings.check.button}>
          <Button
            className={styles.check}
            appearance="primary"
            size="large"
            disabled={disabled}
            onClick={() => void actions.check()}
          >
            {strings.check.button}
          </Button>
          <Caption1 className={styles.sheet}>
            {strings.period.judgedOn(formatDate(asOfOf(state), locale))}
          </Caption1>
          <BusyIndicator busy={state.busy} strings={strings} />
          {messages("check")}
          <CheckResults
            report={state.report}
            strings={strings}
            locale={locale}
            disabled={disabled}
            onSelect={(finding) => void actions.selectFinding(finding)}
          />
          {candidates !== null && (
            <ValueCandidates
              view={candidates}
              notices={state.candidateNotices ?? []}
              strings={strings}
              locale={locale}
              disabled={disabled}
              onConfirm={(target, value) => void actions.confirmActual(target, value)}
              onType={(target, text) => void actions.typeActual(target, text)}
              onDismiss={(target) => void actions.dismissCandidates(target)}
              onRestore={() => void actions.restoreCandidates()}
              onRemoveColumn={() => void actions.removeActualColumn()}
              messages={messages("candidates")}
            />
          )}
        </section>
      )}

      <Accordion collapsible multiple className={styles.sections}>
        <AccordionItem value="layout">
          <AccordionHeader size="small">
            <span className={styles.headerText}>
              {detected ? layoutSummary(detected, locale, strings) : strings.layout.mapByHand}
            </span>
          </AccordionHeader>
          <AccordionPanel className={styles.panel}>
            <PeriodFields
              fiscalYear={detected?.fiscalYear ?? null}
              asOf={asOfOf(state)}
              asOfChosen={state.settings.asOf !== null}
              inputIssue={state.inputIssue}
              strings={strings}
              locale={locale}
              disabled={disabled}
              onFiscalYear={(text) => void actions.setFiscalYear(text)}
              onAsOf={(text) => void actions.setAsOf(text)}
            />
            <LayoutPanel
              detection={state.detection}
              sheetSettings={sheetSettings}
              columnChoices={state.columnChoices}
              strings={strings}
              locale={locale}
              disabled={disabled}
              onRoleColumn={(role, column) => void actions.setRoleColumn(role, column)}
              onUseSelection={(role, layout) => void actions.useSelection(role, layout)}
              onShape={(shape) => void actions.setSheetShape(shape)}
            />
            {messages("layout")}
          </AccordionPanel>
        </AccordionItem>

        <AccordionItem value="sheet">
          <AccordionHeader size="small">{strings.sections.sheet}</AccordionHeader>
          <AccordionPanel className={styles.panel} role="region" aria-label={strings.sections.sheet}>
            <SheetActions
              strings={strings}
              disabled={disabled}
              onFlag={() => void actions.flag()}
              onClear={() => void actions.clear()}
              onCompute={(column) => void actions.addComputedColumns(column)}
            />
            {messages("sheet")}
            {actions.canReviseTargets && detected?.table.layout === "kpi_list" && (
              <>
                <Divider />
                <RevisedTargetActions
                  strings={strings}
                  disabled={disabled}
                  addedOn={sheetSettings.revisedTarget?.addedOn ?? null}
                  askToRemoveFilled={askToRemoveFilled(state.notices)}
                  onAdd={() => void actions.addRevisedTarget()}
                  onRemove={(confirmed) => void actions.removeRevisedTarget(confirmed)}
                />
                {messages("revise")}
              </>
            )}
            {actions.canValidate && (
              <>
                <Divider />
                <SheetPrepare
                  strings={strings}
                  disabled={disabled}
                  skipped={skippedRanges(state.notices)}
                  onPrepare={(replaceExisting) => void actions.prepareSheet(replaceExisting)}
                  onRemove={() => void actions.removeValidation()}
                />
                {messages("prepare")}
              </>
            )}
          </AccordionPanel>
        </AccordionItem>

        {actions.canCarryForward && !offerTemplates && (
          <AccordionItem value="newYear">
            <AccordionHeader size="small">{strings.sections.newYear}</AccordionHeader>
            <AccordionPanel className={styles.panel}>
              {newYear(false)}
              {messages("newYear")}
            </AccordionPanel>
          </AccordionItem>
        )}

        {actions.canSummarize && (
          <AccordionItem value="summary">
            <AccordionHeader size="small">{strings.sections.summary}</AccordionHeader>
            <AccordionPanel className={styles.panel}>
              <WorkbookSummary
                strings={strings}
                rows={state.workbookSummary ?? null}
                disabled={disabled}
                onShow={() => void actions.summarize()}
                onBuildSheet={() => void actions.buildSummarySheet()}
                onRemoveSheet={() => void actions.removeSummarySheet()}
                messages={messages("summary")}
              />
            </AccordionPanel>
          </AccordionItem>
        )}

        {actions.canCollect && (
          <AccordionItem value="collect">
            <AccordionHeader size="small">{strings.collect.heading}</AccordionHeader>
            <AccordionPanel className={styles.panel}>
              <Suspense fallback={<Spinner size="tiny" />}>
                <CollectFiles
                  locale={locale}
                  collect={state.collect ?? null}
                  canReadFiles={actions.canReadFiles}
                  disabled={disabled}
                  collecting={state.busy?.action === "collect"}
                  onChoose={(files) => void actions.collectFiles(files)}
                  onStop={() => actions.stopCollecting()}
                  onBuildSheet={(sheetName) => void actions.buildCollectSheet(sheetName)}
                  messages={messages("collect")}
                />
              </Suspense>
            </AccordionPanel>
          </AccordionItem>
        )}

        <AccordionItem value="settings">
          <AccordionHeader size="small">{strings.sections.settings}</AccordionHeader>
          <AccordionPanel className={styles.panel} role="region" aria-label={strings.sections.settings}>
            <SettingsPanel
              settings={state.settings}
              strings={strings}
              disabled={disabled}
              onGradePreset={(preset) => void actions.setGradePreset(preset)}
              onStartMonth={(month) => void actions.setStartMonth(month)}
              onStatusOptions={(text) => void actions.setStatusOptions(text)}
            >
              {messages("settings")}
              {actions.canSelfTest && (
                <>
                  <Divider />
                  <SelfTest
                    report={state.selfTestReport ?? null}
                    strings={strings}
                    date={state.today}
                    disabled={disabled}
                    running={state.busy?.action === "selfTest"}
                    onRun={() => void actions.runSelfTest()}
                    onCopy={copyText}
                  />
                  {messages("selfTest")}
                </>
              )}
            </SettingsPanel>
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </main>
  );
}
