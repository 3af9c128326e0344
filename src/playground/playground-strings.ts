/** Every string the playground's own chrome shows (the task pane has its own, src/taskpane/strings.ts). */
export const playgroundStrings = {
  title: "Action Plan playground",
  subtitle: "The task pane on the Word host simulator: nothing here touches a real document. Click in a table cell to put the cursor there.",
  documentRegion: "Document (simulated Word, read-only)",
  paneRegion: "Task pane",
  toolbar: "Playground controls",
  planSize: "Plan size",
  sizeOption: (times: number): string => (times === 1 ? "Actual plan (×1)" : `Actual plan ×${times}`),
  personRed: (items: readonly string[]): string => `Red boxes a person set (${items.join(", ")})`,
  reset: "Reset document",
  roundTrips: (syncs: number, runs: number): string => `Round trips: ${syncs} in ${runs} ${runs === 1 ? "operation" : "operations"}`,
  lastOperation: (syncs: number): string => `last: ${syncs}`,
  selection: "Selection:",
  selectionAtStart: "start of the document",
  selectionCell: (table: number, row: number, cell: number): string => `table ${table + 1}, row ${row + 1}, cell ${cell + 1}`,
  selectionControl: (tag: string): string => `in control "${tag}"`,
} as const;
