/**
 * Word.ContentControl (rich text, block-level). Property descriptions quote @types/office-js (WordApi 1.1 unless noted).
 */
import { invalidArgument } from "../errors";
import { normalizeColour } from "../colours";
import type { ControlEventKind } from "../events";
import { blocksText, enclosingBody, isAttached, nearestCell, nearestControl, nearestTable, type ControlNode } from "../tree";
import type { RangeTarget } from "../ranges";
import { SimClientObject, type Scalar } from "./client-object";
import { containerControls, SimContentControlCollection } from "./content-control-collection";
import { checkLocation, checkText, insertParagraphBeside, insertParagraphInto, insertTextInto, paragraphsRange } from "./editing";
import { SimEventHandlers } from "./event-handlers";
import { containerParagraphs, SimParagraphCollection } from "./paragraph-collection";
import { SimParagraph } from "./paragraph";
import { SimRange } from "./range";
import { checkSelectionMode, type SelectionModeArgument } from "./selection-mode";
import { containerTables, SimTableCollection } from "./table-collection";
import { SimTable } from "./table";
import { SimTableCell } from "./table-cell";
import { SimBody } from "./body";

const APPEARANCES = ["BoundingBox", "Tags", "Hidden"] as const;

const CONTROL_SCALARS: Readonly<Record<string, Scalar<ControlNode>>> = {
  /** "Gets an integer that represents the content control identifier." */
  id: { read: (control) => control.id },
  /** "Specifies a tag to identify a content control." */
  tag: { read: (control) => control.tag },
  /** "Specifies the title for a content control." */
  title: { read: (control) => control.title },
  /** "Specifies the color of the content control. Color is specified in '#RRGGBB' format or by using the color name." */
  color: { read: (control) => control.color },
  /** "Specifies the appearance of the content control. The value can be `boundingBox`, `tags`, or `hidden`." */
  appearance: { read: (control) => control.appearance },
  /** "Specifies whether the user can delete the content control. Mutually exclusive with `removeWhenEdited`." */
  cannotDelete: { read: (control) => control.cannotDelete },
  /** "Specifies whether the user can edit the contents of the content control." */
  cannotEdit: { read: (control) => control.cannotEdit },
  /** "Specifies the placeholder text of the content control." */
  placeholderText: { read: (control) => control.placeholderText },
  /** "Specifies whether the content control is removed after it's edited." (stored, not enforced) */
  removeWhenEdited: { read: (control) => control.removeWhenEdited },
  /** "Gets the text of the content control." */
  text: { read: (control, host) => blocksText(control.children, host.options.paragraphSeparator) },
  /** "Gets the content control type." The simulator's controls are rich text. */
  type: { read: () => "RichText" },
  /** "Gets the content control subtype." (WordApi 1.3) Block-level rich text controls are `richTextParagraphs`. */
  subtype: { read: () => "RichTextParagraphs", requires: "1.3" },
};

export class SimContentControl extends SimClientObject<ControlNode> {
  protected readonly _typeName = "ContentControl";

  get id(): number {
    return this._get("id");
  }

  get tag(): string {
    return this._get("tag");
  }
  set tag(value: string) {
    this._setScalar("tag", value, (control, tag) => this._host.setTag(control, tag));
  }

  get title(): string {
    return this._get("title");
  }
  set title(value: string) {
    this._setScalar("title", value, (control, title) => this._host.setTitle(control, title));
  }

  get color(): string {
    return this._get("color");
  }
  set color(value: string) {
    this._setScalar("color", value, (control, colour) => {
      const normalized = normalizeColour(colour);
      if (!normalized) throw invalidArgument("ContentControl.color", `"${String(colour)}" is not a '#RRGGBB' colour or a colour name.`);
      control.color = normalized;
    });
  }

  get appearance(): Word.ContentControlAppearance | "BoundingBox" | "Tags" | "Hidden" {
    return this._get("appearance");
  }
  set appearance(value: Word.ContentControlAppearance | "BoundingBox" | "Tags" | "Hidden") {
    this._setScalar("appearance", value, (control, appearance) => {
      control.appearance = checkLocation(appearance, APPEARANCES, "ContentControl.appearance");
    });
  }

  get cannotDelete(): boolean {
    return this._get("cannotDelete");
  }
  set cannotDelete(value: boolean) {
    this._setScalar("cannotDelete", value, (control, flag) => {
      control.cannotDelete = checkBoolean(flag, "ContentControl.cannotDelete");
    });
  }

  get cannotEdit(): boolean {
    return this._get("cannotEdit");
  }
  set cannotEdit(value: boolean) {
    this._setScalar("cannotEdit", value, (control, flag) => {
      control.cannotEdit = checkBoolean(flag, "ContentControl.cannotEdit");
    });
  }

  get placeholderText(): string {
    return this._get("placeholderText");
  }
  set placeholderText(value: string) {
    this._setScalar("placeholderText", value, (control, text) => {
      control.placeholderText = checkText(text, "ContentControl.placeholderText");
    });
  }

  get removeWhenEdited(): boolean {
    return this._get("removeWhenEdited");
  }
  set removeWhenEdited(value: boolean) {
    this._setScalar("removeWhenEdited", value, (control, flag) => {
      control.removeWhenEdited = checkBoolean(flag, "ContentControl.removeWhenEdited");
    });
  }

  get text(): string {
    return this._get("text");
  }

  get type(): string {
    return this._get("type");
  }

  get subtype(): string {
    return this._get("subtype");
  }

  /** "Gets the collection of `ContentControl` objects in the content control." — nested controls, all levels. */
  get contentControls(): SimContentControlCollection {
    return this._cached("contentControls", () => new SimContentControlCollection(this.context, this._child("contentControls", (control) => containerControls(this._host, control))));
  }

  /** "Gets the collection of `Paragraph` objects in the content control." */
  get paragraphs(): SimParagraphCollection {
    return this._cached("paragraphs", () => new SimParagraphCollection(this.context, this._child("paragraphs", (control) => containerParagraphs(this.context, control))));
  }

  /** "Gets the collection of `Table` objects in the content control." (WordApi 1.3) */
  get tables(): SimTableCollection {
    return this._cached("tables", () => new SimTableCollection(this.context, this._child("tables", (control) => containerTables(this._host, control), { requires: "1.3" })));
  }

  /** "Gets the content control that contains the content control. Throws an `ItemNotFound` error if there isn't a parent content control." */
  get parentContentControl(): SimContentControl {
    return this._cached("parentContentControl", () => new SimContentControl(this.context, this._child("parentContentControl", (control) => nearestControl(control, false))));
  }

  /** WordApi 1.3: "If there isn't a parent content control, then this method will return an object with its `isNullObject` property set to `true`." */
  get parentContentControlOrNullObject(): SimContentControl {
    return this._cached(
      "parentContentControlOrNullObject",
      () => new SimContentControl(this.context, this._child("parentContentControlOrNullObject", (control) => nearestControl(control, false), { nullable: true, requires: "1.3" })),
    );
  }

  /** "Gets the table cell that contains the content control. Throws an `ItemNotFound` error if it isn't contained in a table cell." (WordApi 1.3) */
  get parentTableCell(): SimTableCell {
    return this._cached("parentTableCell", () => new SimTableCell(this.context, this._child("parentTableCell", (control) => nearestCell(control), { requires: "1.3" })));
  }

  get parentTableCellOrNullObject(): SimTableCell {
    return this._cached(
      "parentTableCellOrNullObject",
      () => new SimTableCell(this.context, this._child("parentTableCellOrNullObject", (control) => nearestCell(control), { nullable: true, requires: "1.3" })),
    );
  }

  /** "Gets the table that contains the content control." (WordApi 1.3) */
  get parentTable(): SimTable {
    return this._cached("parentTable", () => new SimTable(this.context, this._child("parentTable", (control) => nearestTable(control), { requires: "1.3" })));
  }

  get parentTableOrNullObject(): SimTable {
    return this._cached(
      "parentTableOrNullObject",
      () => new SimTable(this.context, this._child("parentTableOrNullObject", (control) => nearestTable(control), { nullable: true, requires: "1.3" })),
    );
  }

  /** "Gets the parent body of the content control." (WordApi 1.3) */
  get parentBody(): SimBody {
    return this._cached("parentBody", () => new SimBody(this.context, this._child("parentBody", (control) => enclosingBody(control), { requires: "1.3" })));
  }

  /** "Occurs when data within the content control are changed." (WordApi 1.5) */
  get onDataChanged(): SimEventHandlers {
    return this._events("ContentControlDataChanged");
  }

  /** "Occurs when the content control is deleted." (WordApi 1.5) */
  get onDeleted(): SimEventHandlers {
    return this._events("ContentControlDeleted");
  }

  /** "Clears the contents of the content control." */
  clear(): void {
    this._queue("ContentControl.clear()", (control) => this._host.clear(control, "ContentControl.clear"));
  }

  /** "Deletes the content control and its content. If `keepContent` is set to `true`, the content isn't deleted." */
  delete(keepContent: boolean): void {
    this._queue(`ContentControl.delete(${String(keepContent)})`, (control) => {
      this._host.deleteControl(control, checkBoolean(keepContent, "ContentControl.delete"), "ContentControl.delete");
    });
  }

  /** "Gets the whole content control, or the starting or ending point of the content control, as a range." (WordApi 1.3) */
  getRange(rangeLocation: Word.RangeLocation | "Whole" | "Start" | "End" | "Before" | "After" | "Content" = "Whole"): SimRange {
    return new SimRange(
      this.context,
      this._child(
        `getRange(${rangeLocation})`,
        (control): RangeTarget => {
          const where = checkLocation(rangeLocation, ["Whole", "Start", "End", "Before", "After", "Content"] as const, "ContentControl.getRange");
          if (where === "Whole") return { kind: "blocks", first: control, last: control };
          if (where === "Content") return { kind: "content", container: control };
          return { kind: "point", anchor: control, edge: where === "Start" ? "start" : where === "End" ? "end" : where === "Before" ? "before" : "after" };
        },
        { requires: "1.3" },
      ),
    );
  }

  /** "Inserts a paragraph at the specified location." Start/End are inside the control, Before/After outside it. */
  insertParagraph(
    paragraphText: string,
    insertLocation: Word.InsertLocation.start | Word.InsertLocation.end | Word.InsertLocation.before | Word.InsertLocation.after | "Start" | "End" | "Before" | "After",
  ): SimParagraph {
    return new SimParagraph(
      this.context,
      this._child(`insertParagraph(…, ${insertLocation})`, (control) => {
        const where = checkLocation(insertLocation, ["Start", "End", "Before", "After"] as const, "ContentControl.insertParagraph");
        const text = checkText(paragraphText, "ContentControl.insertParagraph");
        return where === "Start" || where === "End"
          ? insertParagraphInto(this._host, control, text, where, "ContentControl.insertParagraph")
          : insertParagraphBeside(this._host, control, text, where, "ContentControl.insertParagraph");
      }),
    );
  }

  /** "Inserts text into the content control at the specified location." Replace, Start or End. */
  insertText(text: string, insertLocation: Word.InsertLocation.replace | Word.InsertLocation.start | Word.InsertLocation.end | "Replace" | "Start" | "End"): SimRange {
    return new SimRange(
      this.context,
      this._child(`insertText(…, ${insertLocation})`, (control) => {
        const where = checkLocation(insertLocation, ["Replace", "Start", "End"] as const, "ContentControl.insertText");
        return paragraphsRange(insertTextInto(this._host, control, checkText(text, "ContentControl.insertText"), where, "ContentControl.insertText"));
      }),
    );
  }

  /** "Selects the content control. This causes Word to scroll to the selection." */
  select(selectionMode?: SelectionModeArgument): void {
    this._queue("ContentControl.select()", (control) => {
      this._host.select({ kind: "blocks", first: control, last: control }, checkSelectionMode(selectionMode, "ContentControl.select"));
    });
  }

  /** @internal Queues an event registration on this control. */
  _queueOnControl(statement: string, run: (control: ControlNode) => void, requires: string): void {
    this._queue(statement, run, requires);
  }

  /** @internal Queues an event unregistration: it succeeds even when the control has been deleted since. */
  _queueRemoval(statement: string, run: (control: ControlNode) => void): void {
    this.context._enqueue(statement, () => {
      const control = this._resolvedTarget();
      if (control) run(control);
    });
  }

  protected _scalars(): Readonly<Record<string, Scalar<ControlNode>>> {
    return CONTROL_SCALARS;
  }

  protected override _navigationNames(): readonly string[] {
    return [
      "contentControls",
      "paragraphs",
      "tables",
      "parentContentControl",
      "parentContentControlOrNullObject",
      "parentTableCell",
      "parentTableCellOrNullObject",
      "parentTable",
      "parentTableOrNullObject",
      "parentBody",
    ];
  }

  protected override _isStale(control: ControlNode): boolean {
    return !isAttached(control, this._host.root);
  }

  private _eventHandlers: Map<ControlEventKind, SimEventHandlers> | undefined;

  private _events(kind: ControlEventKind): SimEventHandlers {
    this._eventHandlers ??= new Map();
    let handlers = this._eventHandlers.get(kind);
    if (!handlers) this._eventHandlers.set(kind, (handlers = new SimEventHandlers(this, kind)));
    return handlers;
  }
}

export function checkBoolean(value: unknown, location: string): boolean {
  if (typeof value !== "boolean") throw invalidArgument(location, "The value must be true or false.");
  return value;
}
