import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { failureView, noticeView } from "../../viewModel";
import type { MessageListProps } from "./MessageList.types";
import { useMessageListStyles } from "./useMessageListStyles";

/** Message bars: a failure of Excel with what to do, then what the last actions did. */
export function MessageList({
  notices,
  failure,
  strings,
  locale,
  onDismissNotice,
  onDismissFailure,
}: MessageListProps) {
  const styles = useMessageListStyles();
  if (failure === null && notices.length === 0) return null;
  const failed = failure === null ? null : failureView(failure, strings);
  return (
    <div className={styles.root}>
      {failed && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{failed.title}</MessageBarTitle>
            <span className={styles.line}>{failed.action}</span>
            {failed.written && <span className={styles.line}>{failed.written}</span>}
            <span className={styles.detail}>{failed.detail}</span>
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={onDismissFailure}>
              {strings.notices.dismiss}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {notices.map((notice) => {
        const view = noticeView(notice, locale, strings);
        return (
          <MessageBar key={notice.id} intent={view.intent} layout="multiline">
            <MessageBarBody>
              {view.lines.map((line, index) => (
                <span key={index} className={styles.line}>
                  {line}
                </span>
              ))}
            </MessageBarBody>
            <MessageBarActions>
              <Button size="small" onClick={() => onDismissNotice(notice.id)}>
                {strings.notices.dismiss}
              </Button>
            </MessageBarActions>
          </MessageBar>
        );
      })}
    </div>
  );
}
