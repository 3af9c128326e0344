/**
 * Findings the recognizer reports about an item (recognizer-items.ts): item numbers are its job, so the rules never
 * re-detect them. An item number is the item's identity (hyperlinks, tags, "see action item 44-13"), so a bad one
 * needs a person — attention — but says nothing about delivery, so never jeopardy. Any other recognizer finding on an
 * item gives attention when it is an error or a warning and nothing when it is only info (see state.ts).
 */
import type { RecognizerRule } from "./rule";

export const missingItemNumber: RecognizerRule = {
  id: "missing-item-number",
  scope: "recognizer",
  severity: "error",
  effect: "attention",
  reason: "Its number cell is empty (the sequence suggests a number).",
};

export const malformedItemNumber: RecognizerRule = {
  id: "malformed-item-number",
  scope: "recognizer",
  severity: "error",
  effect: "attention",
  reason: "Its number cell does not hold an item number of the form NN-NN.",
};

export const duplicateItemNumber: RecognizerRule = {
  id: "duplicate-item-number",
  scope: "recognizer",
  severity: "error",
  effect: "attention",
  reason: "An earlier item has the same number.",
};

export const itemNumberOtherResolution: RecognizerRule = {
  id: "item-number-other-resolution",
  scope: "recognizer",
  severity: "error",
  effect: "attention",
  reason: "Its number belongs to another resolution's items.",
};

export const milestoneCompletedNotTicked: RecognizerRule = {
  id: "milestone-completed-not-ticked",
  scope: "recognizer",
  severity: "warning",
  effect: "attention",
  reason: "Its milestone says completed, but \"Completed\" has no √.",
};

export const missingStatusRow: RecognizerRule = {
  id: "missing-status-row",
  scope: "recognizer",
  severity: "warning",
  effect: "attention",
  reason: "It has no status row under it.",
};

/** A table finding (no item): its header's columns are not the plan's five; recognizer-rows.ts reads it by the header's names. */
export const actionTableColumns: RecognizerRule = {
  id: "action-table-columns",
  scope: "recognizer",
  severity: "warning",
  effect: "none",
  reason: "An action table has columns missing, added or moved; its items are read by the header's column names, or not at all without Action Item, Action and Milestone.",
};

/** A row finding (no item): the row was not read, so whatever it holds is in no item. */
export const uninterpretableRow: RecognizerRule = {
  id: "uninterpretable-row",
  scope: "recognizer",
  severity: "warning",
  effect: "none",
  reason: "A row of an action table is neither an item, a status row nor a header (or its table's columns cannot be read), so it is not read.",
};

export const RECOGNIZER_RULES: readonly RecognizerRule[] = [
  missingItemNumber,
  malformedItemNumber,
  duplicateItemNumber,
  itemNumberOtherResolution,
  milestoneCompletedNotTicked,
  missingStatusRow,
  actionTableColumns,
  uninterpretableRow,
];
