import { makeStyles, tokens } from "@fluentui/react-components";

export const useSettingsPanelStyles = makeStyles({
  panel: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
  },
});
