/**
 * What another person can do to the document between two of the add-in's syncs (co-authoring, or the user typing
 * while the pane works). Used with `simulator.beforeNextSync(...)`; changes raise events with source "Remote".
 * Addresses are those of the document model: `table` counts top-level tables from 0.
 */
import type { CellAddress } from "../domain/document-model";
import type { HostDocument } from "./host-document";
import { blocksText, descendantControls, descendantParagraphs, topLevelTableNodes, type CellNode, type ControlNode, type RowNode } from "./tree";

export interface CoauthorControl {
  readonly id: number;
  readonly tag: string;
  readonly title: string;
  /** The control's text, paragraphs joined by "\n". */
  readonly text: string;
  setTag(tag: string): void;
  setTitle(title: string): void;
  /** Replaces the control's content with the text (one paragraph per line). */
  setText(text: string): void;
  /** Removes the control; `keepContent` keeps its text in place. */
  remove(keepContent: boolean): void;
}

export class CoauthorEditor {
  constructor(private readonly host: HostDocument) {}

  deleteRow(address: Omit<CellAddress, "cell">): void {
    this.host.deleteRow(this.row(address), "coauthor.deleteRow");
  }

  /** Copy/paste of a row: the copy (content controls and their tags included) goes right after the original. */
  duplicateRow(address: Omit<CellAddress, "cell">): void {
    this.host.duplicateRow(this.row(address));
  }

  /** Types over a cell's text, inside whatever controls wrap the cell content. */
  setCellText(address: CellAddress, text: string): void {
    let container: CellNode | ControlNode = this.cell(address);
    while (container.children.length === 1 && container.children[0]!.kind === "control") container = container.children[0] as ControlNode;
    this.host.replaceContent(container, text, "coauthor.setCellText");
  }

  cellText(address: CellAddress): string {
    return blocksText(this.cell(address).children, "\n");
  }

  setCellShading(address: CellAddress, colour: string | null): void {
    this.host.setShading(this.cell(address), colour);
  }

  cellShading(address: CellAddress): string | null {
    return this.cell(address).shading;
  }

  /**
   * The user clicks in a cell: the cursor goes to the start of its first paragraph (inside the controls around it),
   * as a click there would put it. Not an add-in's select(): `selection().count` does not change.
   */
  placeCursor(address: CellAddress): void {
    const cell = this.cell(address);
    const first = descendantParagraphs(cell.children, true)[0];
    this.host.selection = { range: { kind: "point", anchor: first ?? cell, edge: "start" }, mode: "Start" };
  }

  /** Controls in document order, optionally only those with `tag`. */
  controls(tag?: string): CoauthorControl[] {
    const controls = tag === undefined ? descendantControls(this.host.root.children) : this.host.controlsByTag(tag, this.host.root);
    return controls.map((control) => this.handle(control));
  }

  /** Word on the web gives controls new ids in a new session; tags stay. */
  reopenDocument(): void {
    this.host.renumberControls();
  }

  private handle(control: ControlNode): CoauthorControl {
    const host = this.host;
    return {
      get id() {
        return control.id;
      },
      get tag() {
        return control.tag;
      },
      get title() {
        return control.title;
      },
      get text() {
        return blocksText(control.children, "\n");
      },
      setTag: (tag) => host.setTag(control, tag),
      setTitle: (title) => host.setTitle(control, title),
      setText: (text) => void host.replaceContent(control, text, "coauthor.setText"),
      remove: (keepContent) => host.deleteControl(control, keepContent, "coauthor.remove"),
    };
  }

  private row(address: Omit<CellAddress, "cell">): RowNode {
    const row = topLevelTableNodes(this.host.root)[address.table]?.rows[address.row];
    if (!row) throw new RangeError(`No row ${address.row} in top-level table ${address.table}.`);
    return row;
  }

  private cell(address: CellAddress): CellNode {
    const cell = this.row(address).cells[address.cell];
    if (!cell) throw new RangeError(`No cell ${address.cell} in row ${address.row} of top-level table ${address.table}.`);
    return cell;
  }
}
