/**
 * Styles of the document view: a Word-like page, tables with borders and cell shading, and content controls drawn
 * as Word draws a rich-text control's bounding box (a thin frame; the title in a tab above it on hover or when the
 * selection is inside). A short paragraph without spaces (an item number, "Membership") does not wrap: the view has no
 * column widths, and a browser would otherwise break "20-03" in a narrow column. Plain CSS with fixed class names: thousands of cells share a few rules.
 */
export const documentViewCss = `
.pg-page { background: #ffffff; color: #000000; max-width: 920px; margin: 16px auto; padding: 48px 56px;
  box-shadow: 0 1px 4px rgba(0, 0, 0, 0.25); font: 14px/1.35 "Times New Roman", Times, serif; }
.pg-page p { margin: 0 0 4px; min-height: 1em; white-space: pre-wrap; overflow-wrap: break-word; }
.pg-page p.pg-word { white-space: nowrap; }
.pg-page h2 { font-size: 20px; margin: 18px 0 8px; }
.pg-page h3 { font-size: 17px; margin: 14px 0 6px; }
.pg-page h4 { font-size: 15px; margin: 10px 0 4px; }
/* The plan has thousands of cells: tables off screen are not laid out until scrolled to. */
.pg-page > .pg-table { content-visibility: auto; contain-intrinsic-size: auto 800px; }
.pg-table { border-collapse: collapse; width: 100%; margin: 6px 0 10px; table-layout: auto; }
.pg-table td { border: 1px solid #000000; padding: 2px 4px; vertical-align: top; }
.pg-table td > :last-child { margin-bottom: 0; }
.pg-table td.pg-selected { outline: 3px solid #0f6cbd; outline-offset: -2px; }
.pg-cc { position: relative; border: 1px solid #b4b4b4; margin: 1px 0; padding: 0 2px; }
/* Only the innermost control under the pointer shows its frame colour and title, as in Word. */
.pg-cc:hover:not(:has(.pg-cc:hover)) { border-color: #0f6cbd; }
.pg-cc.pg-selected { border: 2px solid #0f6cbd; }
.pg-cc-title { display: none; position: absolute; z-index: 2; left: -1px; bottom: 100%; padding: 0 6px;
  font: 11px/16px "Segoe UI", system-ui, sans-serif; white-space: nowrap; color: #242424;
  background: #ebf3fc; border: 1px solid #0f6cbd; border-bottom: none; }
.pg-cc:hover:not(:has(.pg-cc:hover)) > .pg-cc-title, .pg-cc.pg-selected > .pg-cc-title { display: block; }
.pg-footnote { font-size: 0.75em; vertical-align: super; color: #444444; }
`;
