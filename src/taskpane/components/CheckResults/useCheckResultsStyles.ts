import { makeStyles, tokens } from "@fluentui/react-components";

export const useCheckResultsStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
  },
  summary: {
    color: tokens.colorNeutralForeground2,
  },
  detail: {
    display: "block",
  },
  group: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
  item: {
    width: "100%",
    height: "auto",
    justifyContent: "flex-start",
    alignItems: "flex-start",
    textAlign: "start",
    whiteSpace: "normal",
    gap: tokens.spacingHorizontalS,
    paddingBlock: tokens.spacingVerticalXS,
    fontWeight: tokens.fontWeightRegular,
  },
  cell: {
    flexShrink: 0,
    minWidth: "3.5em",
    fontFamily: tokens.fontFamilyMonospace,
  },
  message: {
    flexGrow: 1,
  },
});
