import { Button, Caption1, Divider, Title3 } from "@fluentui/react-components";
import { sheetSettingsOf } from "../../../app/settings";
import { usePane } from "../../hooks/usePane";
import { asOfOf } from "../../paneController";
import { nextFiscalYearText, skippedRanges } from "../../viewModel";
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
import { WorkbookSummary } from "../WorkbookSummary/WorkbookSummary";
import { useAppStyles } from "./useAppStyles";

/**
 * The task pane: find the table, check before submission, flag and compute in the sheet. It takes no
 * props: its state and operations come from the PaneContext through usePane.
 */
export function App() {
  const { state, actions, strings, locale } = usePane();
  const styles = useAppStyles();
  const disabled = state.busy !== null || !state.started;
  const sheetSettings = state.sheetName === null ? {} : sheetSettingsOf(state.settings, state.sheetName);
  const detected = state.detection?.ok ? state.detection.value : null;

  return (
    <main className={styles.root}>
      <header className={styles.header}>
        <Title3 as="h1">{strings.title}</Title3>
        {state.sheetName !== null && (
          <Caption1 className={styles.sheet}>{strings.sheet(state.sheetName)}</Caption1>
        )}
      </header>

      <MessageList
        notices={state.notices}
        failure={state.failure}
        strings={strings}
        locale={locale}
        onDismissNotice={(id) => actions.dismissNotice(id)}
        onDismissFailure={() => actions.dismissFailure()}
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
        onReload={() => void actions.reload()}
      />

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

      <Button
        className={styles.check}
        appearance="primary"
        size="large"
        disabled={disabled}
        onClick={() => void actions.check()}
      >
        {strings.check.button}
      </Button>

      <BusyIndicator busy={state.busy} strings={strings} />

      <CheckResults
        report={state.report}
        strings={strings}
        locale={locale}
        disabled={disabled}
        onSelect={(finding) => void actions.selectFinding(finding)}
      />

      <Divider />

      <SheetActions
        strings={strings}
        disabled={disabled}
        onFlag={() => void actions.flag()}
        onClear={() => void actions.clear()}
        onCompute={(column) => void actions.addComputedColumns(column)}
      />

      {actions.canValidate && (
        <SheetPrepare
          strings={strings}
          disabled={disabled}
          skipped={skippedRanges(state.notices)}
          onPrepare={(replaceExisting) => void actions.prepareSheet(replaceExisting)}
          onRemove={() => void actions.removeValidation()}
        />
      )}

      {actions.canCarryForward && (
        <NewYearActions
          strings={strings}
          disabled={disabled}
          defaultFiscalYear={nextFiscalYearText(state, locale)}
          onInsertTemplate={(kind, year) => void actions.insertTemplate(kind, year)}
          onCarryForward={() => void actions.carryForward()}
        />
      )}

      {actions.canSummarize && (
        <WorkbookSummary
          strings={strings}
          rows={state.workbookSummary ?? null}
          disabled={disabled}
          onShow={() => void actions.summarize()}
          onBuildSheet={() => void actions.buildSummarySheet()}
          onRemoveSheet={() => void actions.removeSummarySheet()}
        />
      )}

      <SettingsPanel
        settings={state.settings}
        strings={strings}
        disabled={disabled}
        onGradePreset={(preset) => void actions.setGradePreset(preset)}
        onStartMonth={(month) => void actions.setStartMonth(month)}
        onStatusOptions={(text) => void actions.setStatusOptions(text)}
      >
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
          </>
        )}
      </SettingsPanel>
    </main>
  );
}
