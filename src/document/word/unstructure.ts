/**
 * Unstructure: remove every content control of the add-in (field controls and status-block controls),
 * keeping their contents (`ContentControl.delete(true)`); other add-ins' and people's controls stay.
 * Two round trips.
 */
import type { UnstructureReport } from "../port";
import { isOurTag } from "../tags";

export async function unstructureDocument(context: Word.RequestContext): Promise<UnstructureReport> {
  const controls = context.document.body.contentControls.load("items/tag");
  await context.sync();
  let removed = 0;
  for (const control of controls.items) {
    if (!isOurTag(control.tag)) continue;
    control.delete(true);
    removed += 1;
  }
  if (removed > 0) await context.sync();
  return { removed };
}
