import {
  Badge,
  Body1,
  Body1Strong,
  Button,
  Caption1,
  Field,
  ProgressBar,
  Select,
  mergeClasses,
} from "@fluentui/react-components";
import type { BadgeProps } from "@fluentui/react-components";
import { useMemo, useRef, useState } from "react";
import type { CollectSortKey, CollectVerdict } from "../../../app/collectFiles";
import { collectFindings, collectLines, verdictOf } from "../../../app/collectFiles";
import { collectStringsFor } from "../../strings/collectStrings";
import { useSectionStyles } from "../useSectionStyles";
import type { CollectFilesProps } from "./CollectFiles.types";
import { useCollectFilesStyles } from "./useCollectFilesStyles";

/** Findings listed in the pane; the rest are on the 取りまとめ sheet (a long list would slow the pane). */
const LISTED_FINDINGS = 200;
const SORT_KEYS: readonly CollectSortKey[] = ["file", "severity", "sheet", "cell"];
/** What the file dialog offers: workbooks, the old .xls too, so that choosing one says why it is not read. */
const ACCEPT = ".xlsx,.xlsm,.xls,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const BADGE_COLORS: Readonly<Record<CollectVerdict, BadgeProps["color"]>> = {
  fix: "danger",
  review: "warning",
  ok: "success",
  skipped: "informative",
  unreadable: "danger",
};

/**
 * 取りまとめ: the departments' .xlsx files chosen (or dropped on the section) and checked one at a time in
 * the pane, with a progress bar naming the file being read and 中止; then one line per file and sheet,
 * the button that writes the 取りまとめ sheet, and every finding with its file, sheet and cell, sortable.
 * Where the pane cannot unpack .xlsx files it says so in one line instead.
 */
export function CollectFiles({
  locale,
  collect,
  canReadFiles,
  disabled,
  collecting,
  onChoose,
  onStop,
  onBuildSheet,
  messages,
}: CollectFilesProps) {
  const section = useSectionStyles();
  const styles = useCollectFilesStyles();
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const [sortBy, setSortBy] = useState<CollectSortKey>("file");
  const files = useMemo(() => collect?.files ?? [], [collect]);
  const lines = useMemo(() => collectLines(files), [files]);
  const findings = useMemo(() => collectFindings(files, sortBy), [files, sortBy]);
  const c = collectStringsFor(locale);

  if (!canReadFiles) {
    return (
      <section className={section.root} aria-label={c.sectionLabel}>
        <Caption1 className={section.hint}>{c.unsupported}</Caption1>
      </section>
    );
  }

  const choose = (list: FileList | null): void => {
    const chosen = list === null ? [] : Array.from(list);
    if (chosen.length > 0) onChoose(chosen);
  };
  const progress = collecting ? (collect?.progress ?? null) : null;
  const unreadable = lines.filter((line) => line.state === "unreadable").length;

  return (
    <section className={section.root} aria-label={c.sectionLabel}>
      <Caption1 className={section.hint}>{c.hint}</Caption1>
      <div
        className={mergeClasses(styles.drop, dragging && styles.dropActive)}
        onDragOver={(event) => {
          if (disabled) return;
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(event) => {
          event.preventDefault();
          setDragging(false);
          if (!disabled) choose(event.dataTransfer.files);
        }}
      >
        <input
          ref={input}
          className={styles.input}
          type="file"
          multiple
          accept={ACCEPT}
          aria-label={c.inputLabel}
          tabIndex={-1}
          disabled={disabled}
          onChange={(event) => {
            choose(event.currentTarget.files);
            // The same files chosen again are read again.
            event.currentTarget.value = "";
          }}
        />
        <Button appearance="secondary" disabled={disabled} onClick={() => input.current?.click()}>
          {c.choose}
        </Button>
        <Caption1 className={section.hint}>{c.drop}</Caption1>
      </div>

      {progress !== null && (
        <div className={styles.progress} role="status" aria-live="polite">
          <Body1 className={styles.fileName}>
            {progress.current === null ? "" : c.reading(progress.current, progress.done, progress.total)}
          </Body1>
          <ProgressBar
            value={progress.total > 0 ? progress.done / progress.total : undefined}
            thickness="large"
            aria-label={c.sectionLabel}
          />
          <div className={section.row}>
            <Button appearance="secondary" onClick={onStop}>
              {c.stop}
            </Button>
          </div>
        </div>
      )}

      {collect !== null && progress === null && files.length + (collect.stopped ? 1 : 0) > 0 && (
        <Body1Strong role="status">
          {collect.stopped ? c.stopped(files.length, collect.total) : c.done(files.length, unreadable)}
        </Body1Strong>
      )}

      {files.length > 0 && (
        <div className={section.row}>
          <Button appearance="primary" disabled={disabled} onClick={() => onBuildSheet()}>
            {c.buildSheet}
          </Button>
          {collect?.offeredName != null && (
            <Button
              appearance="secondary"
              disabled={disabled}
              onClick={() => onBuildSheet(collect.offeredName ?? undefined)}
            >
              {c.buildAs(collect.offeredName)}
            </Button>
          )}
        </div>
      )}
      {messages}

      {lines.length > 0 && (
        <ul className={styles.list} aria-label={c.linesLabel}>
          {lines.map((line, index) => (
            <li key={index} className={styles.line}>
              <div className={styles.lineHead}>
                <Body1Strong className={styles.name}>
                  {line.sheet === null ? line.file : `${line.file} › ${line.sheet}`}
                </Body1Strong>
                <Badge className={styles.state} appearance="tint" color={BADGE_COLORS[verdictOf(line)]}>
                  {c.verdicts[verdictOf(line)]}
                </Badge>
              </div>
              {line.state === "checked" ? (
                <>
                  <Caption1>{c.findingCounts(line.errors, line.warnings)}</Caption1>
                  {line.counts !== null && (
                    <Caption1 className={styles.muted}>
                      {c.statusCounts(
                        line.counts.overdue,
                        line.counts.achieved,
                        line.counts.onTrack,
                        line.counts.behind,
                        line.counts.items,
                      )}
                    </Caption1>
                  )}
                </>
              ) : (
                line.reason !== null && (
                  <Caption1 className={line.state === "unreadable" ? styles.unreadable : styles.muted}>
                    {line.reason}
                  </Caption1>
                )
              )}
            </li>
          ))}
        </ul>
      )}

      {files.length > 0 && (
        <>
          <div className={styles.findingsHead}>
            <Body1Strong as="h3">
              {findings.length === 0 ? c.noFindings : c.findingsHeading(findings.length)}
            </Body1Strong>
            {findings.length > 1 && (
              <Field className={styles.sort} label={c.sortBy} size="small">
                <Select
                  size="small"
                  value={sortBy}
                  onChange={(_, data) => setSortBy(data.value as CollectSortKey)}
                >
                  {SORT_KEYS.map((key) => (
                    <option key={key} value={key}>
                      {c.sortKeys[key]}
                    </option>
                  ))}
                </Select>
              </Field>
            )}
          </div>
          {findings.length > 0 && (
            <ul className={styles.list} aria-label={c.findingsHeading(findings.length)}>
              {findings.slice(0, LISTED_FINDINGS).map((finding) => (
                <li key={finding.index} className={mergeClasses(styles.line, styles.finding)}>
                  <div className={styles.where}>
                    <Badge appearance="tint" color={finding.severity === "error" ? "danger" : "warning"}>
                      {c.severities[finding.severity]}
                    </Badge>
                    <Caption1>
                      {finding.file} › {finding.sheet} › <span className={styles.cell}>{finding.cell}</span>
                    </Caption1>
                  </div>
                  <Body1>{finding.message}</Body1>
                </li>
              ))}
            </ul>
          )}
          {findings.length > LISTED_FINDINGS && (
            <Caption1 className={section.hint}>{c.more(findings.length - LISTED_FINDINGS)}</Caption1>
          )}
        </>
      )}
    </section>
  );
}
