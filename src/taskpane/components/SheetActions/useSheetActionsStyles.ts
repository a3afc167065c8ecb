import { makeStyles, tokens } from "@fluentui/react-components";

export const useSheetActionsStyles = makeStyles({
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
  hint: {
    color: tokens.colorNeutralForeground3,
  },
  column: {
    flexGrow: 1,
    flexBasis: "10em",
    minWidth: 0,
  },
  input: {
    minWidth: 0,
    width: "100%",
  },
});
