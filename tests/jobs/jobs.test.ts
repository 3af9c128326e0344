/**
 * The jobs as values: each returns its success, "not a plan" or a failure carrying the document error's code, on the
 * .docx adapter and on the Word simulator alike; only a programming error escapes. The validation job's outcomes
 * across presenters and adapters are tests/jobs/parity.test.ts.
 */
import type { DocModel } from "../../src/domain/document-model";
import type { StatusBlock } from "../../src/domain/status-block";
import { DocumentError } from "../../src/document/document-error";
import { openDocx } from "../../src/document/docx/docx-document";
import type { CapableDocument, DocumentPort } from "../../src/document/port";
import { WordDocument } from "../../src/document/word/word-document";
import { writeDocx } from "../../src/fixture/docx-writer";
import { editFieldJob, insertStatusBlockJob } from "../../src/jobs/edit-item";
import { asJob } from "../../src/jobs/job-outcome";
import { itemAtCursorJob, navigateJob } from "../../src/jobs/navigate";
import { structureJob, unstructureJob } from "../../src/jobs/structure";
import { uncolourJob } from "../../src/jobs/uncolour";
import { validateJob } from "../../src/jobs/validate";
import { createSimulatedWord, installSimulatedOffice } from "../../src/simulator";
import { planModel } from "../support/docx/actual-plan";

const NOT_A_PLAN: DocModel = { blocks: [{ kind: "paragraph", text: "Minutes of the meeting" }] };
const BLOCK: StatusBlock = { date: "2022-01-20", event: "TSAG, January 2022", state: "On track", summary: "Drafting continues.", references: [], nextSteps: "" };

type Adapter = "docx" | "word";

/** Opens `model` through one adapter; `close` uninstalls the simulator. */
async function opened(adapter: Adapter, model: DocModel): Promise<{ document: CapableDocument & Pick<DocumentPort, "detect">; close: () => void }> {
  if (adapter === "docx") return { document: await openDocx(await writeDocx(model)), close: () => undefined };
  const restore = installSimulatedOffice(globalThis, createSimulatedWord(model));
  return { document: new WordDocument(), close: restore };
}

describe.each<Adapter>(["docx", "word"])("on the %s adapter", (adapter) => {
  it("structure: 'structured' with the report, then unstructure removes what it wrapped; a non-plan is 'not a plan'", async () => {
    const { document, close } = await opened(adapter, planModel());
    try {
      const structured = await structureJob(document);
      expect(structured).toMatchObject({ kind: "structured", detected: { isActionPlan: true, items: 375 } });
      const wrapped = structured.kind === "structured" ? structured.report.wrapped : 0;
      expect(wrapped).toBeGreaterThan(2000);
      const removed = await unstructureJob(document);
      expect(removed).toEqual({ kind: "unstructured", report: { removed: wrapped } });
    } finally {
      close();
    }
    const plain = await opened(adapter, NOT_A_PLAN);
    try {
      expect(await structureJob(plain.document)).toMatchObject({ kind: "not-a-plan" });
      expect(await uncolourJob(plain.document)).toMatchObject({ kind: "not-a-plan" });
      expect(await validateJob(plain.document, { asOf: "2022-01-20" })).toMatchObject({ kind: "not-a-plan" });
    } finally {
      plain.close();
    }
  }, 60_000);

  it("insert status block: invalid blocks are refused before anything is read; an unknown item is a failure with its code", async () => {
    const { document, close } = await opened(adapter, planModel());
    try {
      const read = jest.spyOn(document, "read");
      expect(await insertStatusBlockJob(document, "01-01", { ...BLOCK, date: "20 January" }, null)).toMatchObject({ kind: "invalid", problems: [{ field: "date" }] });
      expect(read).not.toHaveBeenCalled();
      expect(await insertStatusBlockJob(document, "99-99", BLOCK, null)).toMatchObject({ kind: "failed", code: "ItemNotFound" });
      expect(await insertStatusBlockJob(document, "01-01", BLOCK, null)).toEqual({ kind: "inserted" });
      const after = await document.read();
      const item = after.plan.resolutions.flatMap((resolution) => resolution.items).find((candidate) => candidate.id === "01-01");
      expect(item?.status.split("\n")[0]).toContain("2022-01-20");
    } finally {
      close();
    }
  }, 60_000);

  it("edit field: saved on a structured item; a value the field cannot hold is a failure, with nothing written", async () => {
    const { document, close } = await opened(adapter, planModel());
    try {
      await structureJob(document);
      const basis = await document.read();
      expect(await editFieldJob(document, "01-01", "completed", "x", basis)).toMatchObject({ kind: "failed", code: "InvalidValue" });
      expect((await document.read()).fingerprints).toEqual(basis.fingerprints);
      expect(await editFieldJob(document, "01-01", "milestone", "Council 2023", basis)).toEqual({ kind: "saved" });
      const item = (await document.read()).plan.resolutions.flatMap((resolution) => resolution.items).find((candidate) => candidate.id === "01-01");
      expect(item?.milestoneText).toBe("Council 2023");
    } finally {
      close();
    }
  }, 60_000);
});

describe("navigation and the item at the cursor", () => {
  it("are 'unavailable' on an adapter without a selection (.docx), and work on Word", async () => {
    const docx = await openDocx(await writeDocx(planModel()));
    const item = (await docx.read()).plan.resolutions[0]!.items[0]!;
    expect(await navigateJob(docx as CapableDocument, { item })).toEqual({ kind: "unavailable" });
    expect(await itemAtCursorJob(docx as CapableDocument)).toEqual({ kind: "unavailable" });

    const restore = installSimulatedOffice(globalThis, createSimulatedWord(planModel()));
    try {
      const word = new WordDocument();
      const wordItem = (await word.read()).plan.resolutions[0]!.items[0]!;
      expect(await navigateJob(word, { item: wordItem })).toEqual({ kind: "selected", selected: "cell" });
      expect(await itemAtCursorJob(word)).toEqual({ kind: "found", item: { itemId: wordItem.id, via: "table" } });
    } finally {
      restore();
    }
  }, 60_000);
});

describe("asJob", () => {
  it("turns a DocumentError into a failure value and NotAnActionPlan into 'not a plan'; any other error escapes", async () => {
    expect(await asJob(async () => Promise.reject(new DocumentError("WordFailed", "Word failed.")))).toMatchObject({ kind: "failed", code: "WordFailed", message: "Word failed." });
    expect(await asJob(async () => Promise.reject(new DocumentError("NotAnActionPlan", "none")))).toEqual({ kind: "not-a-plan", findings: [] });
    await expect(asJob(async () => Promise.reject(new TypeError("bug")))).rejects.toThrow("bug");
  });
});
