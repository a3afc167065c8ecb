import { makeStyles, tokens } from "@fluentui/react-components";

export const useWorkbookSummaryStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
  },
  sheet: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
  name: {
    display: "flex",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
  },
  track: {
    display: "flex",
    height: tokens.spacingVerticalL,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusSmall,
    overflow: "hidden",
  },
  bar: {
    display: "flex",
    height: "100%",
  },
  counts: {
    color: tokens.colorNeutralForeground2,
  },
  legend: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalM,
    margin: 0,
    padding: 0,
    listStyleType: "none",
  },
  legendItem: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
  },
  swatch: {
    width: tokens.spacingHorizontalM,
    height: tokens.spacingVerticalM,
    borderRadius: tokens.borderRadiusSmall,
  },
  achieved: { backgroundColor: tokens.colorPaletteGreenBackground3 },
  on_track: { backgroundColor: tokens.colorPaletteLightGreenBackground2 },
  behind: { backgroundColor: tokens.colorPaletteMarigoldBackground3 },
  overdue: { backgroundColor: tokens.colorPaletteRedBackground3 },
  no_status: { backgroundColor: tokens.colorNeutralBackground5 },
});
