import { makeStyles, tokens } from "@fluentui/react-components";

export const useSelfTestStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  line: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalS,
    alignItems: "baseline",
  },
  note: {
    gridColumnStart: 2,
    color: tokens.colorNeutralForeground3,
    overflowWrap: "anywhere",
  },
  pass: { color: tokens.colorPaletteGreenForeground1 },
  fail: { color: tokens.colorPaletteRedForeground1 },
  skip: { color: tokens.colorNeutralForeground3 },
  status: { fontWeight: tokens.fontWeightSemibold, minWidth: "3em" },
  report: { width: "100%" },
});
