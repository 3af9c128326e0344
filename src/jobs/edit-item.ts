/**
 * The writes on one item, from the pane (basis: its last validation's read) and the CLI (no basis: the job reads
 * first): insert a status block at the top of its status cell, edit its milestone or one of its ticks.
 * A status block is checked by the domain before anything is written.
 */
import type { EditableField } from "../document/field-value";
import { validateStatusBlock, type StatusBlock, type StatusBlockFieldError } from "../domain/status-block";
import type { DocumentPort, ItemFingerprint, ReadBasis } from "../document/port";
import { asJob, type JobFailed, type NotAPlan } from "./job-outcome";

export type { EditableField } from "../document/field-value";

/** The read a write is based on; when null, the job reads the document first (the CLI reads and writes in one run). */
type Basis = Pick<ReadBasis, "fingerprints"> | null;

async function fingerprints(document: Pick<DocumentPort, "read">, basis: Basis): Promise<ItemFingerprint[]> {
  return basis ? basis.fingerprints : (await document.read()).fingerprints;
}

export type InsertStatusBlockOutcome = { kind: "inserted" } | { kind: "invalid"; problems: StatusBlockFieldError[] } | NotAPlan | JobFailed;

export async function insertStatusBlockJob(document: Pick<DocumentPort, "read" | "insertStatusBlock">, itemKey: string, block: StatusBlock, basis: Basis): Promise<InsertStatusBlockOutcome> {
  const problems = validateStatusBlock(block);
  if (problems.length > 0) return { kind: "invalid", problems };
  return await asJob(async () => {
    await document.insertStatusBlock({ itemKey, block }, await fingerprints(document, basis));
    return { kind: "inserted" } as const;
  });
}

export type EditFieldOutcome = { kind: "saved" } | NotAPlan | JobFailed;

export async function editFieldJob(document: Pick<DocumentPort, "read" | "setField">, itemKey: string, field: EditableField, value: string, basis: Basis): Promise<EditFieldOutcome> {
  return await asJob(async () => {
    await document.setField(itemKey, field, value, await fingerprints(document, basis));
    return { kind: "saved" } as const;
  });
}
