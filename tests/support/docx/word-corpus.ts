/** Helpers for the Word corpus tests: the main part's name, an inventory of markup, and an action table grafted in. */
import { DOMParser } from "@xmldom/xmldom";
import JSZip from "jszip";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/** The main document part named by _rels/.rels. */
export async function mainPartName(bytes: Uint8Array): Promise<string> {
  const rels = await (await JSZip.loadAsync(bytes)).file("_rels/.rels")!.async("string");
  const target = /<Relationship\b[^>]*Type="[^"]*\/officeDocument"[^>]*Target="([^"]+)"|<Relationship\b[^>]*Target="([^"]+)"[^>]*Type="[^"]*\/officeDocument"/.exec(rels);
  const name = target?.[1] ?? target?.[2];
  if (!name) throw new Error("no officeDocument relationship");
  return name.replace(/^\//, "");
}

/** Every element as "name attr=value …" (attributes sorted), counted: what a write must not lose. */
export function markupInventory(xml: string): Map<string, number> {
  const text = xml.charCodeAt(0) === 0xfeff ? xml.slice(1) : xml;
  const document = new DOMParser({ normalizeLineEndings: (line: string) => line.replace(/\r\n?/g, "\n") }).parseFromString(text, "application/xml");
  const counts = new Map<string, number>();
  const all = document.getElementsByTagName("*");
  for (let index = 0; index < all.length; index++) {
    const element = all.item(index)!;
    const attributes: string[] = [];
    for (let a = 0; a < element.attributes.length; a++) {
      const attribute = element.attributes.item(a)!;
      if (!attribute.name.startsWith("xmlns")) attributes.push(`${attribute.name}=${attribute.value}`);
    }
    const key = [element.nodeName, ...attributes.sort()].join(" ");
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

const cell = (text: string, width: number, extra = ""): string => `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>${extra}</w:tcPr><w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p></w:tc>`;
const WIDTHS = [1000, 4000, 2000, 1200, 1200];

function itemRows(id: string, milestone: string, periodic: string, completed: string): string {
  const texts = [id, `Action of ${id}`, milestone, periodic, completed];
  return `<w:tr>${texts.map((text, index) => cell(text, WIDTHS[index]!)).join("")}</w:tr><w:tr>${cell("", WIDTHS[0]!)}${cell(`Status of ${id}.`, 8400, '<w:gridSpan w:val="4"/>')}</w:tr>`;
}

/** "Resolution 1 – Test" (a heading by its outline level) and a three-item action table, before the body's section properties. */
export const GRAFTED_TABLE =
  '<w:p><w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:r><w:t>Resolution 1 - Grafted test</w:t></w:r></w:p><w:p><w:r><w:t>Resolution 1</w:t></w:r></w:p>' +
  `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>${WIDTHS.map((width) => `<w:gridCol w:w="${width}"/>`).join("")}</w:tblGrid>` +
  `<w:tr>${["Action Item", "Action", "Milestone", "Periodic goals met", "Completed"].map((text, index) => cell(text, WIDTHS[index]!)).join("")}</w:tr>` +
  itemRows("01-01", "TSAG 2019", "", "") +
  itemRows("01-02", "Ongoing", "√", "") +
  itemRows("01-03", "Council 2030", "", "") +
  "</w:tbl><w:p/>";

export async function graftActionTable(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const main = await mainPartName(bytes);
  const xml = await zip.file(main)!.async("string");
  if (!new RegExp(`xmlns:w="${W}"`).test(xml)) throw new Error(`${main} does not use the prefix w for WordprocessingML`);
  const at = Math.max(xml.lastIndexOf("<w:sectPr"), -1);
  const end = xml.lastIndexOf("</w:body>");
  const position = at > xml.lastIndexOf("</w:p>") || at > xml.lastIndexOf("</w:tbl>") ? at : end;
  zip.file(main, xml.slice(0, position) + GRAFTED_TABLE + xml.slice(position));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
