import { makeStyles, tokens } from "@fluentui/react-components";

/**
 * The layout every section of the pane shares (表示, 入力規則, 新しい年度, 集計): a column of rows of
 * controls that wrap on a narrow pane, fields that share a row, and a muted hint under the buttons.
 */
export const useSectionStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  row: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    flexWrap: "wrap",
    alignItems: "flex-end",
  },
  field: {
    flexGrow: 1,
    flexBasis: "10em",
    minWidth: 0,
  },
  control: {
    minWidth: 0,
    width: "100%",
  },
  hint: {
    color: tokens.colorNeutralForeground3,
  },
});
