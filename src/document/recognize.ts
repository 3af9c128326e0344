/**
 * The domain recognizer fed with what the shared tag codec says about each field control. One function for
 * both adapters (Word and .docx): the model they read differs in where it comes from, never in how it is read.
 */
import type { DocModel } from "../domain/document-model";
import type { Finding } from "../domain/finding";
import type { Plan } from "../domain/plan";
import { recognizePlan } from "../domain/recognizer";
import { parseTag } from "./tags";

export function recognizeModel(model: DocModel): { plan: Plan; findings: Finding[] } {
  return recognizePlan(model, {
    fieldForControl: (tag: string) => {
      const parsed = parseTag(tag);
      return parsed?.kind === "field" ? { itemId: parsed.itemId, field: parsed.field } : null;
    },
  });
}
