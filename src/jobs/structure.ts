/** Structure and unstructure: add or remove the add-in's content controls, text unchanged. Pane, CLI and the ribbon's structure-first. */
import type { DetectReport, DocumentPort, StructureReport, UnstructureReport } from "../document/port";
import { asJob, type JobFailed, type NotAPlan } from "./job-outcome";

export type StructureOutcome = { kind: "structured"; report: StructureReport; detected: DetectReport } | NotAPlan | JobFailed;

export async function structureJob(document: Pick<DocumentPort, "detect" | "read" | "structure">): Promise<StructureOutcome> {
  return await asJob(async () => {
    const detected = await document.detect();
    if (!detected.isActionPlan) return { kind: "not-a-plan", findings: (await document.read()).findings } as const;
    return { kind: "structured", report: await document.structure(), detected } as const;
  });
}

export type UnstructureOutcome = { kind: "unstructured"; report: UnstructureReport } | JobFailed;

export async function unstructureJob(document: Pick<DocumentPort, "unstructure">): Promise<UnstructureOutcome> {
  const outcome = await asJob(async () => ({ kind: "unstructured", report: await document.unstructure() }) as const);
  // Removing controls needs no plan: a "not a plan" refusal cannot come from it.
  if (outcome.kind === "not-a-plan") throw new Error("unstructure refused as not a plan");
  return outcome;
}
