import { makeStyles, tokens } from "@fluentui/react-components";

export const usePeriodFieldsStyles = makeStyles({
  root: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalM,
    alignItems: "flex-start",
  },
  field: {
    flexGrow: 1,
    flexBasis: "10em",
    minWidth: 0,
  },
  asOf: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalXS,
    alignItems: "center",
  },
  input: {
    minWidth: 0,
    width: "100%",
  },
});
