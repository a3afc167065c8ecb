import { makeStyles, tokens } from "@fluentui/react-components";

export const useSheetPrepareStyles = makeStyles({
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
});
