import { makeStyles, tokens } from "@fluentui/react-components";

export const useLayoutPanelStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  summary: {
    color: tokens.colorNeutralForeground2,
  },
  // Each role on two lines: its name and where the column came from, then the column at full width.
  roles: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) auto",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
  },
  dropdown: {
    gridColumn: "1 / -1",
    minWidth: 0,
    width: "100%",
    marginBottom: tokens.spacingVerticalXS,
  },
  // The header whole, cut by the width with an ellipsis; the title shows it all on hover.
  value: {
    minWidth: 0,
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
  },

  selection: {
    display: "flex",
    alignItems: "flex-end",
    gap: tokens.spacingHorizontalS,
    flexWrap: "wrap",
  },
  shape: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    flexWrap: "wrap",
  },
});
