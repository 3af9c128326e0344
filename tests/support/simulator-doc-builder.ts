/** Small DocModel builders for the Word simulator tests. */
import { cell, paragraph, type DocBlock, type DocCell, type DocModel, type DocTable } from "../../src/domain/document-model";

export { cell, paragraph };

export function table(rows: Array<Array<string | DocCell>>): DocTable {
  return { kind: "table", rows: rows.map((row) => ({ cells: row.map((entry) => (typeof entry === "string" ? cell(entry) : entry)) })) };
}

export function doc(...blocks: DocBlock[]): DocModel {
  return { blocks };
}

/** A miniature action plan: heading, a resolution table with two items (one shaded red by a person), a nested table, a closing paragraph. */
export function miniPlan(): DocModel {
  return doc(
    paragraph("Resolution 1 – Rules of procedure", { style: "Heading 1", outlineLevel: 1 }),
    table([
      ["Action item", "Action", "Milestone", "Periodic goals met", "Completed"],
      [cell("01-01", { shading: "#FF0000" }), "Update the rules", "TSAG-2022", "√", ""],
      ["Status:", cell(["Draft circulated.", "Comments due 2022-03-01."], { gridSpan: 4 })],
      ["01-02", cell("Liaise with ISO"), "WTSA-20", "", "√"],
      ["Status:", { blocks: [paragraph("See table:"), table([["a", "b"], ["c", cell("d", { shading: "#FFFF00" })]])], shading: null, gridSpan: 4 }],
    ]),
    paragraph("End of section.", { marks: [{ kind: "bookmark", name: "_Toc1", offset: 0 }] }),
  );
}
