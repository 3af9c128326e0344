/**
 * One paragraph of the document: a heading at its outline level, or body text; footnote references drawn as
 * superscript numbers with the note's text as their tooltip. Text goes in as React text nodes only.
 */
import { memo, type ReactNode } from "react";
import type { DocParagraph } from "../domain/document-model";

function withFootnotes(paragraph: DocParagraph): ReactNode[] {
  const footnotes = (paragraph.marks ?? []).filter((mark) => mark.kind === "footnote").sort((a, b) => a.offset - b.offset);
  const parts: ReactNode[] = [];
  let from = 0;
  for (const [index, note] of footnotes.entries()) {
    parts.push(paragraph.text.slice(from, note.offset));
    parts.push(
      <span key={index} className="pg-footnote" title={note.text}>
        {note.id}
      </span>,
    );
    from = note.offset;
  }
  parts.push(paragraph.text.slice(from));
  return parts;
}

/** A single short word (an item number, a column title such as "Membership"): kept on one line. */
function isShortWord(text: string): boolean {
  return text.length > 0 && text.length <= 12 && !/\s/.test(text);
}

/** Redrawn only when the paragraph changed (shared-blocks.ts keeps unchanged ones). */
export const ParagraphView = memo(ParagraphContent);

function ParagraphContent({ paragraph }: { paragraph: DocParagraph }) {
  const content = withFootnotes(paragraph);
  switch (paragraph.outlineLevel) {
    case undefined:
      return <p className={isShortWord(paragraph.text) ? "pg-word" : undefined}>{content}</p>;
    case 1:
      return <h2>{content}</h2>;
    case 2:
      return <h3>{content}</h3>;
    default:
      return <h4>{content}</h4>;
  }
}
