export { formatCheckerIssue } from "../workbookFile/formatCheckerIssue";
