import {
  Button,
  Caption1,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Subtitle2,
  Text,
} from "@fluentui/react-components";
import { useId, useState } from "react";
import { issueText } from "../../viewModel";
import { useSectionStyles } from "../useSectionStyles";
import type { CandidateGroupProps, ValueCandidatesProps } from "./ValueCandidates.types";
import { useValueCandidatesStyles } from "./useValueCandidatesStyles";

/**
 * 実績値の候補: for each item (and sub-item) whose reports hold numbers that may be its actual, the
 * target, the candidates (value, achievement, the sentence it came from) and 確定 / 見送る, a field for
 * another value (入力) with its refusal beside it; then 実績値列を外す and the section's messages.
 */
export function ValueCandidates({
  view,
  notices,
  strings,
  locale,
  disabled,
  onConfirm,
  onType,
  onDismiss,
  onRestore,
  onRemoveColumn,
  messages,
}: ValueCandidatesProps) {
  const section = useSectionStyles();
  const id = useId();
  const words = strings.candidates;
  return (
    <section className={section.root} aria-labelledby={`${id}-heading`}>
      <Subtitle2 id={`${id}-heading`} as="h2">
        {words.heading}
      </Subtitle2>
      {view.groups.length === 0 && view.dismissed === 0 && <Text>{words.none}</Text>}
      {view.groups.map((group) => (
        <CandidateGroup
          key={group.key}
          group={group}
          notice={notices.find((notice) => notice.key === group.key) ?? null}
          strings={strings}
          locale={locale}
          disabled={disabled}
          onConfirm={onConfirm}
          onType={onType}
          onDismiss={onDismiss}
        />
      ))}
      {view.dismissed > 0 && (
        <div className={section.row}>
          <Caption1 className={section.hint}>{words.dismissed(view.dismissed)}</Caption1>
          <Button size="small" appearance="subtle" disabled={disabled} onClick={onRestore}>
            {words.restore}
          </Button>
        </div>
      )}
      <Caption1 className={section.hint}>{words.hint}</Caption1>
      <div className={section.row}>
        <Button appearance="secondary" disabled={disabled} onClick={onRemoveColumn}>
          {words.remove}
        </Button>
      </div>
      <Caption1 className={section.hint}>{words.removeHint}</Caption1>
      {messages}
    </section>
  );
}

/** One item's candidates and its actions; the preferred candidate is chosen at first. */
function CandidateGroup({
  group,
  notice,
  strings,
  locale,
  disabled,
  onConfirm,
  onType,
  onDismiss,
}: CandidateGroupProps) {
  const styles = useValueCandidatesStyles();
  const section = useSectionStyles();
  const id = useId();
  const words = strings.candidates;
  const [chosen, setChosen] = useState("0");
  const [typed, setTyped] = useState("");
  const issues = notice?.issues ?? [];
  // A value the core cannot read is refused beside the field it was typed in; the rest under the buttons.
  const fieldIssues = issues.filter(
    (issue) => issue.code.startsWith("value_") || issue.code === "pair_unreadable",
  );
  const otherIssues = issues.filter((issue) => !fieldIssues.includes(issue));
  const candidate = group.candidates[Number(chosen)] ?? group.candidates[0];
  return (
    <div className={styles.group} role="group" aria-labelledby={`${id}-title`}>
      <Text id={`${id}-title`} className={styles.title}>
        {group.title}
      </Text>
      {group.targetText !== "" && (
        <Caption1 className={styles.target}>
          {words.target}：{group.targetText}
        </Caption1>
      )}
      {group.current !== null && (
        <Caption1 className={styles.current}>{words.current(group.current)}</Caption1>
      )}
      <RadioGroup
        aria-label={words.candidatesOf(group.title)}
        value={chosen}
        disabled={disabled}
        onChange={(_event, data) => setChosen(data.value)}
      >
        {group.candidates.map((choice, index) => (
          <Radio
            key={index}
            value={String(index)}
            label={
              <span className={styles.choice}>
                <span>
                  <span className={styles.value}>{choice.value}</span>
                  <span className={styles.achievement}>{choice.achievement}</span>
                </span>
                <Caption1 className={styles.source}>{choice.source}</Caption1>
              </span>
            }
          />
        ))}
      </RadioGroup>
      <div className={section.row}>
        <Button
          appearance="primary"
          disabled={disabled || candidate === undefined}
          onClick={() => candidate && onConfirm(group.target, candidate.value)}
        >
          {words.confirm}
        </Button>
        <Button appearance="secondary" disabled={disabled} onClick={() => onDismiss(group.target)}>
          {words.dismiss}
        </Button>
      </div>
      <Field
        label={words.typed}
        size="small"
        validationState={fieldIssues.length > 0 ? "error" : "none"}
        validationMessage={
          fieldIssues.length > 0
            ? fieldIssues.map((issue) => issueText(issue, locale, strings)).join(" ")
            : undefined
        }
      >
        <Input
          size="small"
          value={typed}
          placeholder={words.typedPlaceholder}
          disabled={disabled}
          onChange={(_event, data) => setTyped(data.value)}
          onKeyDown={(event) => {
            if (event.key === "Enter" && typed.trim() !== "") onType(group.target, typed);
          }}
          contentAfter={
            <Button
              size="small"
              appearance="transparent"
              disabled={disabled || typed.trim() === ""}
              onClick={() => onType(group.target, typed)}
            >
              {words.type}
            </Button>
          }
        />
      </Field>
      {otherIssues.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {otherIssues.map((issue) => issueText(issue, locale, strings)).join(" ")}
          </MessageBarBody>
        </MessageBar>
      )}
      {notice?.written !== undefined && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            {words.written(notice.written.cell, notice.written.text.replace(/\n/g, " "))}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
