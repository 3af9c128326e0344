/**
 * Every string the task pane shows, in one module (the one to translate). Components import `strings`
 * and never write user-visible text inline. Messages that depend on values are functions.
 */
const plural = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;

export const strings = {
  appTitle: "Action Plan",
  loading: "Reading the document…",
  resolutionLabel: (kind: "Resolution" | "Opinion", number: number): string => `${kind} ${number}`,
  /** "Resolution 1 — Rules of procedure", "Item 01-02 — Resolution 1". */
  titled: (label: string, title: string): string => (title === "" ? label : `${label} — ${title}`),
  /** "Summary: Drafting continues." */
  labelled: (label: string, value: string): string => `${label}: ${value}`,

  tabs: {
    label: "Views",
    overview: "Overview",
    findings: "Findings",
    item: "Item",
    status: "Status",
  },

  busy: {
    validate: "Validating the plan…",
    preview: "Preparing the structure preview…",
    structure: "Structuring the document…",
    edit: "Saving the change…",
    insert: "Inserting the status block…",
  },

  states: {
    done: "Done",
    ok: "On track",
    attention: "Needs attention",
    jeopardy: "In jeopardy",
  },

  severities: {
    error: "Error",
    warning: "Warning",
    info: "Note",
  },

  detection: {
    notAPlan: "This document does not look like an action plan: no resolution headings with action tables were found.",
    summary: (resolutions: number, items: number): string => `${plural(resolutions, "resolution", "resolutions")}, ${plural(items, "item", "items")}`,
    structure: {
      plain: "Not structured yet",
      partial: "Partly structured",
      structured: "Structured",
    },
    structuredItems: (structured: number, items: number): string => `${structured} of ${items} items structured`,
    conflictingControls: (count: number): string =>
      `${count} ${count === 1 ? "control has a tag" : "controls have tags"} that do not match the item ${count === 1 ? "it sits" : "they sit"} in (copied rows?).`,
    retry: "Read the document again",
  },

  validate: {
    heading: "Validation",
    asOf: "As of",
    asOfHint: "Milestones are judged against this date.",
    asOfInvalid: "Enter a date, e.g. 2022-01-20.",
    button: "Validate",
    steps: {
      reading: "Reading the document… (step 1 of 3)",
      validating: "Checking every milestone… (step 2 of 3)",
      colouring: "Colouring the items that need attention… (step 3 of 3)",
    },
    progressLabel: "Validation progress",
    validatedAsOf: (date: string): string => `Validated as of ${date}`,
    coloured: (marked: number, cleared: number): string => `${plural(marked, "item", "items")} newly marked red, ${plural(cleared, "red mark", "red marks")} removed.`,
    personRedKept: (count: number): string => `${plural(count, "red box", "red boxes")} set by a person kept as they are.`,
    conflicts: (count: number): string =>
      `${plural(count, "item was", "items were")} changed in the document while validating and not coloured. Validate again to colour ${count === 1 ? "it" : "them"}.`,
    announce: (jeopardy: number, attention: number): string => `Validation finished: ${jeopardy} in jeopardy, ${attention} needing attention.`,
  },

  counts: {
    heading: "Items by state",
  },

  progress: {
    heading: "Progress by resolution",
    bar: (label: string, done: number, ok: number, attention: number, jeopardy: number, total: number): string =>
      `${label}: ${total} items — ${done} done, ${ok} on track, ${attention} needing attention, ${jeopardy} in jeopardy`,
    short: (done: number, total: number): string => `${done}/${total} done`,
  },

  structure: {
    heading: "Structure",
    explain: "Structuring wraps each field cell of the action tables in a content control, so the add-in can find items reliably. The text does not change.",
    button: "Structure this document",
    dialogTitle: "Structure this document?",
    willWrap: (cells: number, items: number): string => `${plural(cells, "field cell", "field cells")} of ${plural(items, "item", "items")} will be wrapped in content controls.`,
    alreadyWrapped: (cells: number): string => `${plural(cells, "cell is", "cells are")} already wrapped and stay as they are.`,
    nothingToWrap: "Every recognized field cell is already wrapped: there is nothing to do.",
    perResolution: "Per resolution",
    resolutionLine: (label: string, items: number, toWrap: number): string => `${label}: ${plural(items, "item", "items")}, ${plural(toWrap, "cell", "cells")} to wrap`,
    skippedHeading: (count: number): string => `${plural(count, "place", "places")} will be skipped (not guessed):`,
    confirm: "Structure",
    cancel: "Cancel",
    running: "Wrapping the field cells in content controls…",
    outcome: (wrapped: number, already: number): string => `Structured: ${plural(wrapped, "cell", "cells")} wrapped, ${already} already wrapped.`,
    outcomeSkipped: (count: number): string => `${plural(count, "place was", "places were")} skipped:`,
    outcomeTitle: "Done",
  },

  findings: {
    heading: "Findings",
    none: "No findings: every item is in order.",
    noneMatch: "No finding matches the filters.",
    count: (shown: number, total: number): string => (shown === total ? plural(total, "finding", "findings") : `${shown} of ${plural(total, "finding", "findings")}`),
    wholePlan: "Whole plan",
    search: "Search findings",
    searchPlaceholder: "Number, text or milestone",
    stateFilter: "State",
    severityFilter: "Severity",
    anyState: "Any state",
    anySeverity: "Any severity",
    sortBy: "Sort by",
    sortKeys: {
      document: "Document order",
      number: "Number",
      milestone: "Milestone",
      dueDate: "Due date",
      state: "State",
    },
    ascending: "Order: ascending",
    descending: "Order: descending",
    documentOrder: "Back to document order",
    clearFilters: "Clear filters",
    item: (number: string): string => `Item ${number}`,
    due: (date: string): string => `Due ${date}`,
    select: (label: string): string => `Select ${label} in the document`,
    details: (label: string): string => `Details of ${label}`,
    selected: (label: string): string => `${label} is selected in the document.`,
    cannotSelect: "This finding has no place in the document to select.",
    openReport: "Open full report",
  },

  item: {
    heading: "Item",
    pick: "Item",
    pickPlaceholder: "Type an item number",
    noneSelected: "Choose an item, or select a finding in the Findings view.",
    notFound: "This item is no longer in the document. Choose another one.",
    action: "Action",
    milestone: "Milestone",
    interpretation: "Read as",
    due: "Due",
    noDue: "No due date",
    flags: "Flags",
    periodic: "Periodic goals met",
    completed: "Completed",
    state: "State",
    itemFindings: "Findings",
    noFindings: "No findings for this item.",
    latestStatus: "Latest status block",
    noStatus: "No status block yet.",
    statusHeader: (date: string, event: string, state: string): string => `${date} · ${event} · ${state}`,
    summary: "Summary",
    references: "References",
    nextSteps: "Next steps",
    none: "none",
    editMilestone: "New milestone",
    milestoneEmpty: "Write a milestone, e.g. \"TSAG 2022\", \"Each TSAG meeting\" or \"Ongoing\".",
    milestonePreview: (interpretation: string): string => `Will read as: ${interpretation}`,
    saveMilestone: "Save milestone",
    saved: "Saved in the document.",
    select: "Select in document",
    insertStatus: "Insert a status block",
    structureFirst: "Structure the document (Overview) to edit fields in place.",
  },

  statusBlock: {
    heading: "Insert status block",
    forItem: (label: string): string => `Into the status of item ${label}`,
    noItem: "Choose an item first (Item view, or a finding).",
    date: "Date",
    datePlaceholder: "YYYY-MM-DD",
    event: "Reporting event",
    eventPlaceholder: "e.g. TSAG meeting, January 2022",
    eventOption: (name: string, when: string): string => (name.includes(when) ? name : `${name} (${when})`),
    state: "State",
    summary: "Summary",
    references: "References",
    referenceLabel: (index: number): string => `Reference ${index + 1}`,
    referencePlaceholder: "e.g. TSAG-TD1187, CL-21/3, https://…",
    addReference: "Add a reference",
    removeReference: (index: number): string => `Remove reference ${index + 1}`,
    nextSteps: "Next steps",
    preview: "Preview",
    submit: "Insert status block",
    fixErrors: "Correct the fields marked in red, then insert again.",
    inserted: (label: string): string => `Status block inserted at the top of item ${label}'s status.`,
  },

  report: {
    heading: "Full report",
    back: "Back to findings",
    print: "Print",
    asOf: (date: string): string => `As of ${date}`,
    columns: { number: "Item", state: "State", milestone: "Milestone" },
    findingsTotal: (count: number): string => `${plural(count, "finding", "findings")} in total.`,
    loading: "Preparing the report…",
  },

  needsValidation: {
    message: "Validate the plan to see this view.",
    button: "Validate now",
  },

  errors: {
    title: "Something went wrong",
    readFailed: "The document could not be read. If it is open for editing elsewhere, wait a moment and try again.",
    dismiss: "Dismiss",
    titles: {
      detect: "The document could not be read",
      validate: "The plan could not be validated",
      preview: "The structure preview could not be prepared",
      structure: "The document could not be structured",
      edit: "The change could not be saved",
      insert: "The status block could not be inserted",
      navigate: "The item could not be selected",
    },
    fallback: {
      detect: "The document could not be read. If it is open for editing elsewhere, wait a moment and try again.",
      validate: "Word did not complete the validation. Wait a moment and validate again.",
      preview: "The document could not be read. Wait a moment and try again.",
      structure: "Word did not complete structuring; nothing was changed. Wait a moment and try again.",
      edit: "Word did not save the change; the document is as it was. Wait a moment and try again.",
      insert: "Word did not insert the status block; the document is as it was. Wait a moment and try again.",
      navigate: "Word could not select the item. Validate the plan again and retry.",
    },
    byCode: {
      DocumentChanged: "The document changed since it was read; re-validate and try again.",
      Unsupported: "This version of Word does not support what this needs.",
      ItemNotFound: "That item is no longer in the document. Validate the plan again.",
      NotStructured: "This item is not structured yet: use “Structure this document” in the Overview first.",
      NoStatusCell: "This item has no status row to write into. Add a status row under it in the document, then try again.",
      Untaggable: "This item has no valid number (NN-NN), so the add-in cannot find it reliably. Give it a number in the document first.",
      InvalidValue: "That value cannot be written into this field.",
      NoRead: "Validate the plan first: changes are made against the latest validation.",
      ReadInconsistent: "Word returned parts of the document that do not fit together; nothing was written. Wait a moment and try again.",
      SharedStateInvalid: "The add-in's information stored in this document cannot be read.",
      WordFailed: "Word could not complete the operation. If the document is being edited elsewhere, wait a moment and try again.",
    },
  },
} as const;

export type Strings = typeof strings;
