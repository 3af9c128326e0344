/** Uncolour: remove every red the add-in set (a person's red stays). The CLI's uncolour. */
import { allItems } from "../domain/plan";
import type { ColourReport, DocumentPort } from "../document/port";
import { asJob, type JobFailed, type NotAPlan } from "./job-outcome";

export type UncolourOutcome = { kind: "uncoloured"; colour: ColourReport } | NotAPlan | JobFailed;

export async function uncolourJob(document: Pick<DocumentPort, "read" | "colour">): Promise<UncolourOutcome> {
  return await asJob(async () => {
    const read = await document.read();
    const items = allItems(read.plan);
    if (items.length === 0) return { kind: "not-a-plan", findings: read.findings } as const;
    const colour = await document.colour(items.map((item) => ({ itemKey: item.key, red: false })), read);
    return { kind: "uncoloured", colour } as const;
  });
}
