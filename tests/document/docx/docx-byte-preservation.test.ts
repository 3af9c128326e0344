/**
 * Writes splice the changed ranges into word/document.xml's original text: after each writing command the parts it
 * need not change are byte-identical (their compressed bytes too), and a tag-by-tag diff of word/document.xml shows
 * only the changed elements. unstructure(structure(x)) and uncolour(colour(x)) give x's word/document.xml back byte for
 * byte. Checked on the actual plan and on a copy whose markup a serializer would not keep (CR LF and indentation between
 * tags, a comment, a processing instruction, &#13;, U+0085, U+2028 and entities in text, single-quoted attributes).
 */
import JSZip from "jszip";
import { defaultCalendar } from "../../../src/domain/calendar";
import { colourMarks } from "../../../src/domain/colouring";
import { allItems } from "../../../src/domain/plan";
import { validatePlan } from "../../../src/domain/validate";
import { openDocx, type DocxDocument } from "../../../src/document/docx/docx-document";
import { planDocx } from "../../support/docx/actual-plan";
import { tokenDiff, type Hunk } from "../../support/docx/token-diff";
import { zipEntries, zipText } from "../../support/docx/zip-entries";
import { entryLayout } from "../../support/malformed/zip-damage";

const DOCUMENT = "word/document.xml";
/** The parts the add-in's shared state lives in (colour records its red marks there). */
const STATE_PARTS = /^(customXml\/|word\/_rels\/document\.xml\.rels$|\[Content_Types\]\.xml$)/;
const BLOCK = { date: "2022-01-20", event: "TSAG, January 2022", state: "On track" as const, summary: "All reported.", references: [], nextSteps: "" };

async function unusualMarkup(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file(DOCUMENT)!.async("string");
  let first = true;
  const changed = xml
    .replace("<w:body>", "<w:body><!-- kept as written --><?action-plan test?>\r\n  ")
    .replace(/<\/w:tr>/g, "</w:tr>\r\n    ")
    .replace(/<w:t xml:space="preserve">([^<]*)<\/w:t>/, (_whole, text: string) => `<w:t xml:space='preserve'>${text}&#13;\u0085\u2028&amp;&#x263A;&quot;</w:t>`)
    .replace(/<w:t>([^<]{3,})<\/w:t>/g, (whole, text: string) => {
      if (!first) return whole;
      first = false;
      return `<w:t>${text}\u2029 &lt;x&gt;</w:t>`;
    });
  expect(changed).not.toBe(xml);
  zip.file(DOCUMENT, changed);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

async function run(bytes: Uint8Array, operation: (document: DocxDocument) => Promise<unknown>): Promise<Uint8Array> {
  const document = await openDocx(bytes);
  await operation(document);
  return document.save();
}

async function colour(document: DocxDocument): Promise<number> {
  const read = await document.read();
  const result = validatePlan(read.plan, defaultCalendar(), "2022-01-20", {}, read.findings);
  return (await document.colour(colourMarks(result), read)).marked;
}

async function uncolour(document: DocxDocument): Promise<void> {
  const read = await document.read();
  await document.colour(
    allItems(read.plan).map((item) => ({ itemKey: item.key, red: false })),
    read,
  );
}

/**
 * Every part but word/document.xml (and, when `stateMayChange`, the state parts) has the same bytes, compressed too
 * (with `stateRewritten`, the state parts the same content: written twice, they were deflated anew).
 */
async function expectOtherPartsIdentical(before: Uint8Array, after: Uint8Array, stateMayChange = false, stateRewritten = false): Promise<void> {
  const old = await zipEntries(before);
  const now = await zipEntries(after);
  const kept = (name: string): boolean => name !== DOCUMENT && !(stateMayChange && STATE_PARTS.test(name));
  expect([...now.keys()].filter(kept)).toEqual([...old.keys()].filter(kept));
  for (const name of [...old.keys()].filter(kept)) {
    expect({ name, same: Buffer.from(now.get(name)!).equals(Buffer.from(old.get(name)!)) }).toEqual({ name, same: true });
    if (stateRewritten && STATE_PARTS.test(name)) continue;
    const a = entryLayout(before, name);
    const b = entryLayout(after, name);
    expect({ name, compressed: Buffer.from(after.subarray(b.data, b.data + b.compressedSize)).equals(Buffer.from(before.subarray(a.data, a.data + a.compressedSize))) }).toEqual({ name, compressed: true });
  }
}

/** The one piece of text `after` has in addition to `before` (fails when they differ otherwise). */
function singleInsertion(before: string, after: string): { at: number; text: string } {
  let prefix = 0;
  while (prefix < before.length && before[prefix] === after[prefix]) prefix++;
  let suffix = 0;
  while (suffix < before.length - prefix && before[before.length - 1 - suffix] === after[after.length - 1 - suffix]) suffix++;
  expect(prefix + suffix).toBe(before.length);
  // Shift the insertion to a tag boundary (the common prefix may have eaten the start of an identical tag).
  let at = prefix;
  while (at > 0 && after.slice(at, after.length - suffix).startsWith("<") === false) at--;
  return { at, text: after.slice(at, at + after.length - before.length) };
}

const tokensOf = (hunks: readonly Hunk[], side: "removed" | "added"): string[] => [...new Set(hunks.flatMap((hunk) => hunk[side]))];

describe.each([
  ["the actual plan", () => planDocx()],
  ["the actual plan with markup a serializer would not keep", async () => unusualMarkup(await planDocx())],
])("%s", (_name, source) => {
  let plan: Uint8Array;
  let planXml: string;
  let structured: Uint8Array;
  beforeAll(async () => {
    plan = await source();
    planXml = await zipText(plan, DOCUMENT);
    structured = await run(plan, (document) => document.structure());
  });

  it("structure: other parts identical; word/document.xml only gains the controls' start and end around cell contents", async () => {
    await expectOtherPartsIdentical(plan, structured);
    const xml = await zipText(structured, DOCUMENT);
    const starts = xml.match(/<w:sdt><w:sdtPr><w:alias w:val="[^"]*"\/><w:tag w:val="ap\/1\/item\/[^"]*"\/><w:id w:val="\d+"\/><\/w:sdtPr><w:sdtContent>/g) ?? [];
    expect(starts.length).toBe(375 * 6);
    // Taking exactly those starts and as many control ends out gives the original text back.
    let ends = 0;
    const stripped = xml.replace(/<w:sdt><w:sdtPr><w:alias w:val="[^"]*"\/><w:tag w:val="ap\/1\/item\/[^"]*"\/><w:id w:val="\d+"\/><\/w:sdtPr><w:sdtContent>/g, "").replace(/<\/w:sdtContent><\/w:sdt>(?=<\/w:tc>)/g, () => {
      ends += 1;
      return "";
    });
    expect(ends).toBe(starts.length);
    expect(stripped === planXml).toBe(true);
  });

  it("unstructure(structure(x)): word/document.xml and every other part byte-identical to x's", async () => {
    const back = await run(structured, (document) => document.unstructure());
    expect((await zipText(back, DOCUMENT)) === planXml).toBe(true);
    await expectOtherPartsIdentical(plan, back);
  });

  it("colour: only the number cells' shading changes (plus the state parts); uncolour gives every part back byte for byte", async () => {
    let marked = 0;
    const coloured = await run(plan, async (document) => (marked = await colour(document)));
    expect(marked).toBeGreaterThan(10);
    await expectOtherPartsIdentical(plan, coloured, true);
    const hunks = tokenDiff(planXml, await zipText(coloured, DOCUMENT));
    expect(hunks).toHaveLength(marked);
    expect(tokensOf(hunks, "removed").every((token) => /^<w:shd [^>]*\/>$/.test(token))).toBe(true);
    expect(tokensOf(hunks, "added").every((token) => /^(<w:tcPr>|<\/w:tcPr>|<w:shd w:val="clear" w:color="auto" w:fill="[0-9A-F]{6}"\/>)$/.test(token))).toBe(true);
    const back = await run(coloured, uncolour);
    expect((await zipText(back, DOCUMENT)) === planXml).toBe(true);
    await expectOtherPartsIdentical(plan, back, false, true);
  });

  it("colour of the structured plan: the number cells' shading and the controls' colour only", async () => {
    const before = await zipText(structured, DOCUMENT);
    const coloured = await run(structured, colour);
    await expectOtherPartsIdentical(structured, coloured, true);
    const hunks = tokenDiff(before, await zipText(coloured, DOCUMENT));
    expect(tokensOf(hunks, "added").every((token) => /^(<w:tcPr>|<\/w:tcPr>|<w:shd w:val="clear" w:color="auto" w:fill="[0-9A-F]{6}"\/>|<w15:color w:val="[0-9A-F]{6}"\/>)$/.test(token))).toBe(true);
  });

  it("status: one insertion at the top of the item's status cell, nothing removed", async () => {
    const withBlock = await run(plan, async (document) => document.insertStatusBlock({ itemKey: "01-04", block: BLOCK }, (await document.read()).fingerprints));
    await expectOtherPartsIdentical(plan, withBlock);
    const inserted = singleInsertion(planXml, await zipText(withBlock, DOCUMENT));
    // In item 01-04's rows (its status row follows its number), before the next item's.
    expect(inserted.at).toBeGreaterThan(planXml.indexOf(">01-04<"));
    expect(inserted.at).toBeLessThan(planXml.indexOf(">01-05<"));
    expect(inserted.text).toMatch(/^<w:sdt><w:sdtPr><w:alias w:val="Status 01-04 — 2022-01-20"\/><w:tag w:val="ap\/1\/status\/01-04\/[^"]+"\/>.*All reported\..*<\/w:sdtContent><\/w:sdt>$/);
  });

  it("setField: the field cell's paragraphs replaced, nothing else", async () => {
    const edited = await run(structured, async (document) => document.setField("01-04", "milestone", "Council 2023", (await document.read()).fingerprints));
    await expectOtherPartsIdentical(structured, edited);
    const hunks = tokenDiff(await zipText(structured, DOCUMENT), await zipText(edited, DOCUMENT));
    expect(hunks.length).toBeGreaterThanOrEqual(1);
    expect(hunks.length).toBeLessThanOrEqual(2);
    expect(hunks.flatMap((hunk) => hunk.added).join("")).toContain("Council 2023");
    expect(hunks.flatMap((hunk) => [...hunk.removed, ...hunk.added]).every((token) => /^<\/?w:(p|pPr|r|rPr|t|tab|jc|b|sz|szCs|spacing|rFonts|lang|color|i|u|ind|pStyle)[ >/]/.test(token))).toBe(true);
  });
});
