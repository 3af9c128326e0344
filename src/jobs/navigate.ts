/** Select an item or a finding's cell in the document, and find the item at the cursor: where the adapter can. */
import type { DocumentCapabilities, ItemAtSelection, NavigateResult, NavigateTarget } from "../document/port";
import { asJob, type JobFailed, type NotAPlan } from "./job-outcome";

export type NavigateOutcome = { kind: "selected"; selected: NavigateResult["selected"] } | { kind: "unavailable" } | NotAPlan | JobFailed;

export async function navigateJob(document: DocumentCapabilities, target: NavigateTarget): Promise<NavigateOutcome> {
  const navigate = document.navigate?.bind(document);
  if (!navigate) return { kind: "unavailable" };
  return await asJob(async () => ({ kind: "selected", selected: (await navigate(target)).selected }) as const);
}

export type ItemAtCursorOutcome = { kind: "found"; item: ItemAtSelection } | { kind: "none" } | { kind: "unavailable" } | NotAPlan | JobFailed;

export async function itemAtCursorJob(document: DocumentCapabilities): Promise<ItemAtCursorOutcome> {
  const itemAtSelection = document.itemAtSelection?.bind(document);
  if (!itemAtSelection) return { kind: "unavailable" };
  return await asJob(async () => {
    const item = await itemAtSelection();
    return item ? ({ kind: "found", item } as const) : ({ kind: "none" } as const);
  });
}
