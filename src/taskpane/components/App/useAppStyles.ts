import { makeStyles, tokens } from "@fluentui/react-components";

export const useAppStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minHeight: "100vh",
    boxSizing: "border-box",
    backgroundColor: tokens.colorNeutralBackground1,
  },
  header: {
    display: "flex",
    flexDirection: "column",
  },
  title: {
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
  },
  // The sheet's name and シートを読み直す on one line; a long name is cut by the width, whole on hover.
  sheetLine: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
    minWidth: 0,
  },
  sheet: {
    color: tokens.colorNeutralForeground3,
    minWidth: 0,
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
  },
  lead: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  line: {
    display: "block",
  },
  check: {
    width: "100%",
  },
  sections: {
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  headerText: {
    minWidth: 0,
    overflowWrap: "anywhere",
  },
  panel: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    paddingBottom: tokens.spacingVerticalM,
  },
});
