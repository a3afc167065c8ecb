import { makeStyles, tokens } from "@fluentui/react-components";

export const useBusyIndicatorStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    paddingBlock: tokens.spacingVerticalS,
  },
});
