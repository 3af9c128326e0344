/**
 * Every string the task pane shows, in one module (the one to translate). Components import `strings`
 * and never write user-visible text inline. Messages that depend on values are functions.
 */
import { calendarFileStrings } from "./strings-calendar-files";
import { errorStrings } from "./strings-errors";

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
    unstructure: "Removing the structure…",
    edit: "Saving the change…",
    insert: "Inserting the status block…",
    calendar: "Saving the calendar in the document…",
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
    calendarEndTitle: "The calendar ends before the as-of date",
    openCalendar: "Open the calendar",
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
    removeExplain: "Removing the structure takes the add-in's content controls out of the document again. The text does not change.",
    removeButton: "Remove structure",
    removeDialogTitle: "Remove the structure?",
    // `controls` is the count the outcome (removed) will report; with no structured item, only status blocks (or
    // field cells of partly structured items) have controls.
    removeWhat: (controls: number, structured: number, items: number): string =>
      structured > 0
        ? `Every content control the add-in added is removed (${plural(controls, "control", "controls")}): the field cells of ${structured} of ${plural(items, "item", "items")}, and the status blocks. Every character of their text stays as it is.`
        : `Every content control the add-in added is removed (${plural(controls, "control", "controls")}): those of status blocks and of any field cell it wrapped; no item is fully structured. Every character of their text stays as it is.`,
    removeColours: "Red number cells stay red: the shading belongs to the table cell, not to the control. The controls' own colours go with them.",
    removeState: "Status blocks stay as plain text, and the add-in still reads them. Its record in the document of the red it set, and the calendar changes, are kept: validating later still removes only red the add-in set.",
    removeOthers: "Content controls that people or other add-ins inserted are not touched.",
    removeAfter: "Without the structure, fields cannot be edited from the Item view, and auto-validate no longer notices edits in the document; Validate still works. You can structure the document again at any time.",
    removeConfirm: "Remove structure",
    removing: "Removing the add-in's content controls…",
    removed: (count: number): string => `Removed ${plural(count, "content control", "content controls")}. The text is unchanged.`,
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
    useCursor: "Use the item at the cursor",
    cursorOutside: "The cursor is not in a numbered action item. Click in an item's row in the document (its number, action, milestone or status), then try again.",
    cursorNotValidated: (number: string): string =>
      `Item ${number}, at the cursor, is not in the last validation: the document changed since. Validate the plan again, then try again.`,
    cursorShown: (label: string): string => `${label}, at the cursor, is shown.`,
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
    // Short enough for a 320 px pane; a reference of another shape gets the full list of shapes in its error.
    referencePlaceholder: "e.g. TSAG-TD1187 or CL-21/3",
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

  storage: {
    warningTitle: "Not kept on this computer",
    keyProblemTitle: "History and drafts are off for this document",
    calendarProblemTitle: "Calendar",
    dismiss: "Dismiss",
  },

  settingsView: {
    open: "Settings and calendar",
    back: "Back",
    heading: "Settings",
    personal: "Your settings",
    personalHint: "Kept on this computer only; they apply to every plan you validate here.",
    unavailable: "Settings, the calendar editor and history are not available: the add-in's storage did not load.",
    opening: "Loading your settings…",
    asOf: "Judge the plan on this date",
    asOfHint: "Leave empty to use today's date.",
    asOfToday: "Use today",
    horizon: "Attention horizon (days)",
    horizonHint: "An open milestone due within this many days needs attention.",
    redPolicy: "Red number cells for",
    redPolicies: {
      "attention-and-jeopardy": "Items needing attention and items in jeopardy (the plan's legend)",
      jeopardy: "Items in jeopardy only",
    },
    autoValidate: "Validate when the pane opens and when a milestone, number or flag changes",
    /** Why auto-validate will not notice edits (with the setting on): by use-auto-validate's UnwatchedReason. */
    unwatched: {
      unsupported: {
        title: "Edits are not noticed in this version of Word",
        text: "Your version of Word cannot tell the add-in about edits (needs Word API 1.5). Validate by hand with the Validate button.",
      },
      unstructured: {
        title: "Edits are not noticed in a plain document",
        text: "Edits are noticed only in a structured document. Structure it, or validate with the Validate button.",
      },
    },
    autoStructure: "Let “Validate plan” on the ribbon structure a plain plan first",
    autoStructureHint: "Your own setting on this computer, like the others here: the ribbon follows them all; nothing is stored in the document.",
    save: "Save settings",
    saved: "Settings saved.",
    savedRevalidated: "Settings saved; the plan was validated again with them.",
    notSaved: "The settings were not saved:",
  },

  calendarEditor: {
    heading: "Calendar",
    explain: "Milestones such as “TSAG 2022” are resolved against these events. Changes are stored in the document, so everyone who opens it uses them.",
    loading: "Reading the calendar from the document…",
    origin: {
      shipped: "Shipped",
      changed: "Changed",
      added: "Added",
      hidden: "Deleted",
    },
    sourceOf: {
      document: "Calendar changes read from this document.",
      cache: "The document's calendar changes could not be read; the copy kept on this computer is used.",
      defaults: "This document has no calendar changes: the shipped calendar is used.",
    },
    add: "Add an event",
    edit: (name: string): string => `Edit ${name}`,
    remove: (name: string): string => `Delete ${name}`,
    reset: (name: string): string => `Reset to default: ${name}`,
    resetShort: "Reset to default",
    editShort: "Edit",
    removeShort: "Delete",
    resetAllConfirm: "Remove every change to the calendar from the document?",
    resetAllYes: "Reset the calendar",
    resetAll: "Reset the whole calendar to the shipped one",
    formAdd: "New event",
    formEdit: (name: string): string => `Edit event: ${name}`,
    name: "Name",
    namePlaceholder: "e.g. TSAG meeting, September 2022",
    series: "Series",
    seriesHint: "The word milestones use, e.g. TSAG, Council, WTSA, SG.",
    start: "Start",
    end: "End",
    datePlaceholder: "YYYY-MM-DD",
    precision: "Precision",
    precisions: { day: "Exact days", month: "Whole months (only the month is known)" },
    source: "Source",
    sourcePlaceholder: "e.g. ITU public calendar",
    save: "Save in the document",
    cancel: "Cancel",
    fixErrors: "Correct the fields marked in red, then save again.",
    saved: (name: string): string => `${name} saved in the document.`,
    removed: (name: string): string => `${name} deleted from the calendar.`,
    resetDone: (name: string): string => `${name} is back to its shipped dates.`,
    resetAllDone: "The calendar is back to the shipped one.",
    revalidated: "The plan was validated again with the new calendar.",
    notSaved: "The calendar was not saved",
    when: (range: string, series: string): string => `${range} · ${series}`,
    sourceLine: (source: string): string => `Source: ${source}`,
    list: "Events",
  },

  calendarFiles: calendarFileStrings,
  history: {
    heading: "History",
    none: "Validate the plan to start its history on this computer.",
    one: "One validation so far: the trend appears after the next one.",
    /** The chart's text alternative; `first` and `last` are the dates the first and last runs judged the plan at. */
    chartLabel: (runs: number, first: string, last: string, jeopardy: number, attention: number, done: number): string =>
      runs === 1
        ? `One validation (${first}): ${jeopardy} in jeopardy, ${attention} needing attention, ${done} done.`
        : `Trend over ${runs} validations (${first} to ${last}): latest ${jeopardy} in jeopardy, ${attention} needing attention, ${done} done.`,
    tableCaption: "Counts by validation",
    columns: { at: "Validated", asOf: "As of", jeopardy: "In jeopardy", attention: "Needs attention", done: "Done" },
    legend: { jeopardy: "In jeopardy", attention: "Needs attention", done: "Done" },
    changesHeading: "Since the validation before",
    changesBetween: (previous: string, current: string): string => `As of ${previous} → as of ${current}`,
    enteredJeopardy: "Entered jeopardy",
    leftJeopardy: "Left jeopardy",
    noChanges: "No item entered or left jeopardy.",
    openItem: (label: string): string => `Item ${label}`,
    goneItem: (label: string): string => `Item ${label} (no longer in the plan)`,
    stateMove: (from: string, to: string): string => `${from} → ${to}`,
    newItem: "new",
  },

  drafts: {
    saved: "Draft kept on this computer.",
    restored: (when: string): string => `Unfinished draft restored (saved ${when}).`,
    discard: "Discard draft",
    discarded: "Draft discarded.",
    listHeading: "Unfinished drafts",
    openDraft: (label: string, when: string): string => `Item ${label} (saved ${when})`,
  },

  needsValidation: {
    message: "Validate the plan to see this view.",
    button: "Validate now",
  },

  errors: errorStrings,
} as const;

export type Strings = typeof strings;
