/**
 * The .docx adapter's item-level writes and its shared state: status blocks as nested content controls,
 * field edits, control colours, the custom XML part, and refusals that change nothing.
 */
import JSZip from "jszip";
import { cellText, topLevelTables, type DocModel } from "../../../src/domain/document-model";
import { allItems, type ActionItem } from "../../../src/domain/plan";
import { findStatusBlocks, type StatusBlock } from "../../../src/domain/status-block";
import { openDocx, type DocxDocument } from "../../../src/document/docx/docx-document";
import { parseSharedState, serializeSharedState, emptySharedState } from "../../../src/document/shared-state";
import { parseTag } from "../../../src/document/tags";
import { writeDocx } from "../../../src/fixture/docx-writer";
import { planDoc, resolutionSection } from "../../support/builders/plan-builders";
import { planDocx } from "../../support/docx/actual-plan";
import { p, rawDocx, tc } from "../../support/docx/raw-docx";
import { zipText } from "../../support/docx/zip-entries";

const BLOCK: StatusBlock = {
  date: "2022-01-20",
  event: "TSAG, January 2022",
  state: "Attention",
  summary: "Two lead study groups have not reported.\nSG13 will report in May.",
  references: [
    { kind: "tsag-td", text: "TSAG-TD1187" },
    { kind: "circular-letter", text: "CL-21/3" },
  ],
  nextSteps: "Remind SG5 and SG13.",
};

async function reopen(document: DocxDocument): Promise<DocxDocument> {
  return openDocx(await document.save());
}

async function item(document: DocxDocument, id: string): Promise<{ item: ActionItem; model: DocModel }> {
  const { model, plan } = await document.read();
  return { item: allItems(plan).find((candidate) => candidate.id === id)!, model };
}

function cellOf(model: DocModel, address: { table: number; row: number; cell: number }) {
  return topLevelTables(model)[address.table]!.rows[address.row]!.cells[address.cell]!;
}

describe("insert status block", () => {
  it("puts the block at the top of a structured status cell, inside its field control, as nested controls; the domain parses it back", async () => {
    const structured = await openDocx(await planDocx());
    await structured.structure();
    const document = await reopen(structured);
    const before = await item(document, "01-04");
    await document.insertStatusBlock({ itemKey: "01-04", block: BLOCK }, (await document.read()).fingerprints);
    const after = await item(await reopen(document), "01-04");
    const status = cellOf(after.model, after.item.cells.status!);
    expect(status.control?.tag).toBe("ap/1/item/01-04/status");
    expect(cellText(status)).toBe(
      [
        "[Status 2022-01-20 · TSAG, January 2022 · Attention]",
        "Summary: Two lead study groups have not reported.",
        "SG13 will report in May.",
        "References: TSAG-TD1187; CL-21/3",
        "Next steps: Remind SG5 and SG13.",
        "[End of status]",
        before.item.status,
      ].join("\n"),
    );
    expect(findStatusBlocks(after.item.status)).toEqual([BLOCK]);
    const parts = status.blocks.slice(0, 6).map((block) => (block.kind === "paragraph" ? (block.controls ?? []).map((control) => parseTag(control.tag)) : []));
    const blockId = (parts[0]![0] as { blockId: string }).blockId;
    expect(blockId).toMatch(/^20220120[a-z0-9]{4}$/);
    expect(parts.map((controls) => controls.map((tag) => (tag?.kind === "status-part" ? tag.part : tag?.kind)))).toEqual([
      ["status-block"],
      ["summary", "status-block"],
      ["summary", "status-block"],
      ["references", "status-block"],
      ["next", "status-block"],
      ["status-block"],
    ]);
    const xml = await zipText(await document.save(), "word/document.xml");
    for (const part of ["date", "event", "state"]) expect(xml).toContain(`<w:tag w:val="ap/1/status/01-04/${blockId}/${part}"/>`);
    expect(xml).toMatch(new RegExp(`<w:tag w:val="ap/1/status/01-04/${blockId}/date"/><w:id w:val="\\d+"/></w:sdtPr><w:sdtContent><w:r><w:t xml:space="preserve">2022-01-20</w:t></w:r></w:sdtContent></w:sdt>`));
  });

  it("works on a plain document too, and unstructure removes the block's controls but keeps its text", async () => {
    const document = await openDocx(await planDocx());
    await document.insertStatusBlock({ itemKey: "20-03", block: BLOCK }, (await document.read()).fingerprints);
    const withBlock = await reopen(document);
    const text = cellText(cellOf((await item(withBlock, "20-03")).model, (await item(withBlock, "20-03")).item.cells.status!));
    expect(text.startsWith("[Status 2022-01-20 · TSAG, January 2022 · Attention]\n")).toBe(true);
    expect((await withBlock.unstructure()).removed).toBe(7);
    const plain = await reopen(withBlock);
    const after = await item(plain, "20-03");
    expect(cellText(cellOf(after.model, after.item.cells.status!))).toBe(text);
    expect(cellOf(after.model, after.item.cells.status!).blocks.every((block) => block.kind !== "paragraph" || block.controls === undefined)).toBe(true);
  });

  it("refuses an invalid block, an item without a status row, an unknown item and a stale read, changing nothing", async () => {
    const bytes = await writeDocx(planDoc(resolutionSection(1, "Rules", [{ id: "01-01", status: null }, { id: "01-02" }])));
    const document = await openDocx(bytes);
    const { fingerprints } = await document.read();
    await expect(document.insertStatusBlock({ itemKey: "01-02", block: { ...BLOCK, date: "20 January" } }, fingerprints)).rejects.toMatchObject({ code: "InvalidStatusBlock" });
    await expect(document.insertStatusBlock({ itemKey: "01-01", block: BLOCK }, fingerprints)).rejects.toMatchObject({
      code: "NoStatusCell",
      message: "Item 01-01 has no status row to insert a status block into; add the row in Word first.",
    });
    await expect(document.insertStatusBlock({ itemKey: "01-09", block: BLOCK }, fingerprints)).rejects.toMatchObject({ code: "ItemNotFound" });
    const stale = fingerprints.map((entry) => ({ ...entry, hash: "changed" }));
    await expect(document.insertStatusBlock({ itemKey: "01-02", block: BLOCK }, stale)).rejects.toMatchObject({ code: "DocumentChanged" });
    const saved = await document.save();
    expect(await zipText(saved, "word/document.xml")).toBe(await zipText(bytes, "word/document.xml"));
  });
});

describe("edit fields", () => {
  const TABLE =
    "<w:tbl>" +
    `<w:tr>${["Action Item", "Action", "Milestone", "Periodic goals met", "Completed"].map((text) => tc(p(text))).join("")}</w:tr>` +
    `<w:tr>${tc(p("01-01"))}${tc(p("Act"))}${tc('<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:i/></w:rPr><w:t>TSAG 2021</w:t></w:r></w:p>' + p("second"))}${tc(p(""))}${tc(p(""))}</w:tr>` +
    `<w:tr>${tc(p(""))}${tc(p("Status text"), '<w:gridSpan w:val="4"/>')}</w:tr>` +
    "</w:tbl>";
  const body = p("Resolution 1 - Rules", '<w:outlineLvl w:val="1"/>') + TABLE;

  it("replaces the cell text, keeping the first paragraph's and first run's formatting", async () => {
    const document = await openDocx(await rawDocx(body));
    await document.setField("01-01", "milestone", "WTSA-20\nOngoing", (await document.read()).fingerprints);
    const xml = await zipText(await document.save(), "word/document.xml");
    expect(xml).toContain('<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:i/></w:rPr><w:t xml:space="preserve">WTSA-20</w:t></w:r></w:p>');
    expect(xml).toContain('<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:i/></w:rPr><w:t xml:space="preserve">Ongoing</w:t></w:r></w:p>');
    expect(xml).not.toContain("TSAG 2021");
    expect(xml).not.toContain("second");
    const after = await item(await reopen(document), "01-01");
    expect(after.item.milestoneText).toBe("WTSA-20\nOngoing");
  });

  it("writes inside the field control of a structured cell, which stays", async () => {
    const document = await openDocx(await rawDocx(body));
    await document.structure();
    await document.setField("01-01", "periodic", "√", (await document.read()).fingerprints);
    const after = await item(await reopen(document), "01-01");
    expect(after.item.periodicMet).toBe(true);
    expect(cellOf(after.model, after.item.cells.periodic!).control?.tag).toBe("ap/1/item/01-01/periodic");
  });
});

describe("control colours and the shared state part", () => {
  it("sets the control colour Word shows on a structured item's controls, and uncolouring removes it", async () => {
    const document = await openDocx(await planDocx());
    await document.structure();
    await document.colour([{ itemKey: "20-03", red: true, controlColour: "#C00000" }], await document.read());
    const coloured = await document.save();
    const xml = await zipText(coloured, "word/document.xml");
    expect(xml.match(/<w15:color w:val="C00000"\/>/g)).toHaveLength(6);
    const again = await openDocx(coloured);
    await again.colour([{ itemKey: "20-03", red: false }], (await again.read()));
    expect(await zipText(await again.save(), "word/document.xml")).not.toContain("w15:color");
  });

  it("does not add the Word 2012 colour element to a document that does not declare it ignorable", async () => {
    const row = `<w:tr>${tc(p("01-01"))}${tc(p("Act"))}${tc(p("Ongoing"))}${tc(p(""))}${tc(p(""))}</w:tr>`;
    const header = `<w:tr>${["Action Item", "Action", "Milestone", "Periodic goals met", "Completed"].map((text) => tc(p(text))).join("")}</w:tr>`;
    const bytes = await rawDocx(p("Resolution 1 - Rules", '<w:outlineLvl w:val="1"/>') + `<w:tbl>${header}${row}</w:tbl>`);
    const zip = await JSZip.loadAsync(bytes);
    const plainRoot = (await zip.file("word/document.xml")!.async("string")).replace(/ xmlns:w15="[^"]*"/, "").replace(' mc:Ignorable="w15"', "");
    zip.file("word/document.xml", plainRoot);
    const document = await openDocx(await zip.generateAsync({ type: "uint8array" }));
    await document.structure();
    const report = await document.colour([{ itemKey: "01-01", red: true, controlColour: "#C00000" }], (await document.read()));
    expect(report.marked).toBe(1);
    const xml = await zipText(await document.save(), "word/document.xml");
    expect(xml).not.toContain("w15");
    expect(xml).not.toContain("http://schemas.microsoft.com/office/word/2012/wordml");
    expect(xml).toContain('<w:shd w:val="clear" w:color="auto" w:fill="FF0000"/>');
  });

  it("keeps what else the state part holds (document key, calendar overrides) when it updates the red marks", async () => {
    const zip = await JSZip.loadAsync(await planDocx());
    const state = { ...emptySharedState(), documentKey: "6f1c-key", calendarOverrides: "[]" };
    zip.file("customXml/item3.xml", serializeSharedState(state));
    const document = await openDocx(await zip.generateAsync({ type: "uint8array" }));
    await document.colour([{ itemKey: "20-03", red: true }], (await document.read()));
    const saved = parseSharedState(await zipText(await document.save(), "customXml/item3.xml"));
    expect(saved).toEqual({ ...state, redMarks: [{ itemId: "20-03", colour: "#FF0000" }] });
  });

  it("reads a document whose state was written by a newer add-in with a finding, and refuses to colour it", async () => {
    const zip = await JSZip.loadAsync(await planDocx());
    zip.file("customXml/item1.xml", '<actionPlanState xmlns="urn:action-plan-addin:state" schemaVersion="9"/>');
    const document = await openDocx(await zip.generateAsync({ type: "uint8array" }));
    const read = await document.read();
    const message = "This document was written by a newer version of the add-in (state version 9); update the add-in.";
    expect(read.findings.filter((finding) => finding.rule === "shared-state-unreadable").map((finding) => finding.message)).toEqual([
      `${message} The add-in will not change colours until this is resolved.`,
    ]);
    expect(read.sharedState.error).toMatchObject({ code: "SharedStateInvalid", message });
    await expect(document.colour([{ itemKey: "20-03", red: true }], read)).rejects.toMatchObject({ code: "SharedStateInvalid", message });
  });

  it("leaves other add-ins' content controls alone when unstructuring", async () => {
    const other = '<w:sdt><w:sdtPr><w:tag w:val="other-addin/x"/></w:sdtPr><w:sdtContent><w:p><w:r><w:t>kept</w:t></w:r></w:p></w:sdtContent></w:sdt>';
    const document = await openDocx(await rawDocx(other + p("body")));
    expect((await document.unstructure()).removed).toBe(0);
    expect(await zipText(await document.save(), "word/document.xml")).toContain('<w:tag w:val="other-addin/x"/>');
  });
});
