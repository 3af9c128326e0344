/**
 * The add-in's per-document preferences, stored in the document's add-in settings
 * (Office.context.document.settings: saved in the document, the same for everyone who opens it).
 * Today: whether the ribbon's "Validate plan" may structure the plan first (the person opts in from the pane).
 */
export const AUTO_STRUCTURE_KEY = "actionPlanAddin.autoStructure";

export function readAutoStructureOptIn(): boolean {
  if (typeof Office === "undefined" || !Office.context?.document?.settings) return false;
  return Office.context.document.settings.get(AUTO_STRUCTURE_KEY) === true;
}

export async function writeAutoStructureOptIn(value: boolean): Promise<void> {
  const settings = Office.context.document.settings;
  settings.set(AUTO_STRUCTURE_KEY, value);
  await new Promise<void>((resolve, reject) => {
    settings.saveAsync((result) => {
      if (result.status === Office.AsyncResultStatus.Succeeded) resolve();
      else reject(new Error(`Word could not save the add-in's settings: ${result.error?.message ?? "unknown error"}`));
    });
  });
}
