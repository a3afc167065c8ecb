import { makeStyles, tokens } from "@fluentui/react-components";

export const useNewYearActionsStyles = makeStyles({
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
    flexBasis: "9em",
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
