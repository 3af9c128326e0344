/** New paragraphs and runs for text the add-in writes (status blocks, field values): tabs become w:tab. */
import { createW } from "./ooxml";

export function createRun(document: Document, text: string, properties: Element | null = null): Element {
  const run = createW(document, "r");
  if (properties) run.appendChild(properties.cloneNode(true));
  for (const piece of text.split(/(\t)/)) {
    if (piece === "") continue;
    if (piece === "\t") {
      run.appendChild(createW(document, "tab"));
      continue;
    }
    const t = createW(document, "t");
    t.setAttributeNS("http://www.w3.org/XML/1998/namespace", "xml:space", "preserve");
    t.appendChild(document.createTextNode(piece));
    run.appendChild(t);
  }
  return run;
}

export function createParagraph(document: Document, text: string, paragraphProperties: Element | null = null, runProperties: Element | null = null): Element {
  const paragraph = createW(document, "p");
  if (paragraphProperties) paragraph.appendChild(paragraphProperties.cloneNode(true));
  if (text !== "") paragraph.appendChild(createRun(document, text, runProperties));
  return paragraph;
}
