import { makeStyles, tokens } from "@fluentui/react-components";

/**
 * The value candidates: one bordered block per item, its target muted above the choices, each choice's
 * value and achievement on one line and its sentence under them; long sentences break anywhere rather
 * than run out of a narrow pane.
 */
export const useValueCandidatesStyles = makeStyles({
  group: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
  },
  title: {
    fontWeight: tokens.fontWeightSemibold,
  },
  target: {
    color: tokens.colorNeutralForeground2,
    overflowWrap: "anywhere",
  },
  current: {
    color: tokens.colorPaletteGreenForeground1,
    whiteSpace: "pre-line",
  },
  choice: {
    display: "flex",
    flexDirection: "column",
    minWidth: 0,
    overflowWrap: "anywhere",
  },
  value: {
    fontWeight: tokens.fontWeightSemibold,
  },
  achievement: {
    marginInlineStart: tokens.spacingHorizontalS,
    color: tokens.colorNeutralForeground2,
  },
  source: {
    color: tokens.colorNeutralForeground3,
  },
});
