/**
 * The Word-like plan (src/fixture/word-like): the actual plan written with Word's constructs spread over many items.
 * Reading it must give every item's expected reading: the clean plan's number, action, milestone, ticks and status,
 * and red exactly where a person's red form was put. Its document.xml is valid WordprocessingML.
 */
import { openDocx } from "../../../src/document/docx/docx-document";
import { allItems } from "../../../src/domain/plan";
import { CELL_CONSTRUCTS } from "../../../src/fixture/word-like/cell-constructs";
import { ROW_CONSTRUCTS } from "../../../src/fixture/word-like/word-like-plan";
import { validateDocumentXml, wordSchemaAvailable } from "../../support/docx/wordml-schema";
import { wordLike } from "../../support/docx/word-like";
import { zipText } from "../../support/docx/zip-entries";

describe("the Word-like plan", () => {
  it("puts every construct on several items, spread over the plan", async () => {
    const { constructs } = await wordLike();
    const names = [...ROW_CONSTRUCTS, ...CELL_CONSTRUCTS.map((construct) => construct.name)];
    // "periodic" variants of the empty-tick traps need empty Periodic cells, of which the plan has only 9.
    const needsEmptyPeriodic = (name: string): boolean => /^empty: .*\(periodic\)$/.test(name);
    for (const name of names) expect({ name, items: (constructs.get(name) ?? []).length >= (needsEmptyPeriodic(name) ? 0 : 3) }).toEqual({ name, items: true });
    const resolutions = new Set([...constructs.values()].flat().map((key) => key.split("-")[0]));
    expect(resolutions.size).toBeGreaterThan(40);
  });

  it("reads every item as expected: same fields as the clean plan, red where a person's red form is", async () => {
    const { bytes, expected } = await wordLike();
    const { plan } = await (await openDocx(bytes)).read();
    const items = allItems(plan);
    expect(items).toHaveLength(375);
    const read = items.map((item) => ({ key: item.key, id: item.id, action: item.action, milestoneText: item.milestoneText, periodicMet: item.periodicMet, completed: item.completed, status: item.status, numberCellRed: item.numberCellRed }));
    expect(read).toEqual(expected.map(({ constructs: _constructs, ...reading }) => reading));
  });

  it("has person's red on the items that carry a red form and on none of the not-red traps", async () => {
    const { expected } = await wordLike();
    for (const item of expected) {
      const form = item.constructs.find((name) => /^(not )?red: /.test(name));
      if (form) expect({ key: item.key, form, red: item.numberCellRed }).toEqual({ key: item.key, form, red: form.startsWith("red: ") });
    }
    expect(expected.filter((item) => item.constructs.some((name) => name.startsWith("red: "))).length).toBeGreaterThanOrEqual(50);
  });

  const withSchema = wordSchemaAvailable() === null ? it : it.skip;
  withSchema("writes a word/document.xml that validates against the Transitional schema (after markup-compatibility processing)", async () => {
    const { bytes } = await wordLike();
    expect(validateDocumentXml(await zipText(bytes, "word/document.xml"))).toEqual({ kind: "valid" });
  });
});
