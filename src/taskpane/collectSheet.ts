/**
 * What 取りまとめ needs only once files are chosen: reading them in turn, the 取りまとめ sheet's use case and
 * its words. The pane loads this module on demand, with the section's component, so its first load does
 * not carry it.
 */
export { buildCollectSheet } from "../app/buildCollectSheet";
export { collectFiles } from "../app/collectFiles";
export { COLLECT_SHEET_TEXT } from "../app/planCollectSheet";
