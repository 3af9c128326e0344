/**
 * Colour: writes the shared colouring policy's decisions (src/document/colour-plan.ts) into the number
 * cells. The add-in shades a cell red only when it is not red already and records the mark, with the fill it
 * replaced, in the shared state; it clears only red it recorded (and only while the cell still has exactly
 * that fill), putting back the fill it replaced. Red a person set is never changed.
 * Items that changed since the read the decisions were computed from, or whose number is used twice, are reported
 * (the same findings as the Word adapter's, from ../basis-check.ts), not written.
 * The result is edits of the source text: only the number cells' w:tcPr and the controls' w15:color change.
 */
import { type DocModel } from "../../domain/document-model";
import { ITEM_FIELDS, type Plan } from "../../domain/plan";
import { checkAgainstBasis } from "../basis-check";
import { planColours, type ColourTarget } from "../colour-plan";
import type { ColourMark, ColourReport, ItemFingerprint } from "../port";
import type { RedMark, SharedState } from "../shared-state";
import { cellTree } from "./cell-span";
import { fieldControlOfCell } from "./content-control";
import { removeCellFill, setCellFill } from "./cell-shading-edit";
import { setControlColour } from "./control-edit";
import type { CellIndex } from "./read-document";
import { cellShading } from "./shading";
import type { TextEdit } from "./text-edit";
import type { ThemeColours } from "./theme";
import type { OuterElement } from "./xml-stream";
import type { XmlElement } from "./xml-tree";

export interface ColourOutcome {
  report: ColourReport;
  redMarks: RedMark[];
  edits: TextEdit[];
}

/** Where the document is: its text, the cells' places, and its root (for the namespaces the control colour needs). */
export interface ColourSource {
  text: string;
  index: CellIndex;
  root: OuterElement;
}

export function applyColours(source: ColourSource, model: DocModel, plan: Plan, marks: readonly ColourMark[], basis: readonly ItemFingerprint[], state: SharedState, theme: ThemeColours): ColourOutcome {
  const { text, index } = source;
  // The same check as every Word write: unchanged since the read, and a number used once (a copied row is never written).
  const check = checkAgainstBasis(model, plan, basis, marks.map((mark) => mark.itemKey));
  const cellOf = (address: { table: number; row: number; cell: number } | undefined): XmlElement | undefined => {
    const span = address ? index.cells[address.table]?.[address.row]?.[address.cell] : undefined;
    return span ? cellTree(text, span) : undefined;
  };
  const edits: TextEdit[] = [];
  const report: ColourReport = { marked: 0, cleared: 0, personRedKept: 0, conflicts: check.conflicts };
  const targets: ColourTarget[] = [];
  const numberCells = new Map<string, XmlElement>();
  const writable: ColourMark[] = [];
  for (const mark of marks) {
    const item = check.current.get(mark.itemKey);
    const cell = cellOf(item?.cells.id);
    if (!item || !cell) continue;
    targets.push({ itemKey: item.key, shading: cellShading(cell, theme), wantRed: mark.red });
    numberCells.set(item.key, cell);
    writable.push(mark);
  }
  const planned = planColours(targets, state);
  for (const decision of planned.decisions) {
    if (decision.outcome === "marked") report.marked += 1;
    if (decision.outcome === "cleared") report.cleared += 1;
    if (decision.outcome === "person-red-kept") report.personRedKept += 1;
    const cell = numberCells.get(decision.itemKey);
    if (!cell || decision.shading === undefined) continue;
    edits.push(...(decision.shading === null ? removeCellFill(cell) : setCellFill(cell, decision.shading)));
  }
  for (const mark of writable) {
    const item = check.current.get(mark.itemKey)!;
    for (const field of ITEM_FIELDS) {
      const fieldCell = cellOf(item.cells[field]);
      const control = fieldCell ? fieldControlOfCell(fieldCell) : null;
      if (control) edits.push(...setControlColour(control, mark.controlColour ?? null, source.root));
    }
  }
  return { report, redMarks: planned.state.redMarks, edits };
}
