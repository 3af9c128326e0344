/** The domain recognizer fed with what the tag codec says about each field control. */
import type { DocModel } from "../../domain/document-model";
import type { Finding } from "../../domain/finding";
import type { Plan } from "../../domain/plan";
import { recognizePlan } from "../../domain/recognizer";
import { parseTag } from "../tags";

export function recognizeModel(model: DocModel): { plan: Plan; findings: Finding[] } {
  return recognizePlan(model, {
    fieldForControl: (tag) => {
      const parsed = parseTag(tag);
      return parsed?.kind === "field" ? { itemId: parsed.itemId, field: parsed.field } : null;
    },
  });
}
