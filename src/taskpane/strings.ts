/**
 * Every string the task pane shows, in one module (the one to translate). Components import `strings`
 * and never write user-visible text inline. Messages that depend on values are functions.
 */
export const strings = {
  appTitle: "Action Plan",
  loading: "Reading the document…",

  detection: {
    notAPlan: "This document does not look like an action plan: no resolution headings with action tables were found.",
    summary: (resolutions: number, items: number): string => `${resolutions} ${resolutions === 1 ? "resolution" : "resolutions"}, ${items} ${items === 1 ? "item" : "items"}`,
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

  errors: {
    title: "Something went wrong",
    readFailed: "The document could not be read. If it is open for editing elsewhere, wait a moment and try again.",
  },
} as const;

export type Strings = typeof strings;
