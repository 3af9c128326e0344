/**
 * Word.Paragraph. Property descriptions quote @types/office-js (WordApi 1.1 unless noted).
 */
import { invalidArgument } from "../errors";
import { descendantParagraphs, enclosingBody, isAttached, nearestCell, nearestControl, nearestTable, tableNestingLevel, type ParagraphNode } from "../tree";
import type { RangeTarget } from "../ranges";
import { SimClientObject, type Scalar } from "./client-object";
import { SimBody } from "./body";
import { SimContentControlCollection } from "./content-control-collection";
import { SimContentControl } from "./content-control";
import { checkLocation, checkRichText, checkText, insertParagraphBeside, paragraphsRange } from "./editing";
import { SimRange } from "./range";
import { checkSelectionMode, type SelectionModeArgument } from "./selection-mode";
import { SimTable } from "./table";
import { SimTableCell } from "./table-cell";

const PARAGRAPH_SCALARS: Readonly<Record<string, Scalar<ParagraphNode>>> = {
  /** "Gets the text of the paragraph." */
  text: { read: (paragraph) => paragraph.text },
  /** "Specifies the style name for the paragraph." */
  style: { read: (paragraph) => paragraph.style ?? "Normal" },
  /** "Specifies the outline level for the paragraph." Body text reads 10, Word's wdOutlineLevelBodyText. */
  outlineLevel: { read: (paragraph) => paragraph.outlineLevel ?? 10 },
  /** "Gets the level of the paragraph's table. It returns 0 if the paragraph isn't in a table." (WordApi 1.3) */
  tableNestingLevel: { read: (paragraph) => tableNestingLevel(paragraph), requires: "1.3" },
  /** "Indicates the paragraph is the last one inside its parent body." (WordApi 1.3) */
  isLastParagraph: { read: (paragraph) => siblingParagraph(paragraph, 1) === null, requires: "1.3" },
};

/** The paragraph `step` places after (1) or before (-1) this one in its body, or null. */
function siblingParagraph(paragraph: ParagraphNode, step: 1 | -1): ParagraphNode | null {
  const body = enclosingBody(paragraph);
  if (!body) return null;
  const all = descendantParagraphs(body.children, true).filter((candidate) => enclosingBody(candidate) === body);
  return all[all.indexOf(paragraph) + step] ?? null;
}

export class SimParagraph extends SimClientObject<ParagraphNode> {
  protected readonly _typeName = "Paragraph";

  get text(): string {
    return this._get("text");
  }

  get style(): string {
    return this._get("style");
  }
  set style(value: string) {
    this._setScalar("style", value, (paragraph, style) => {
      paragraph.style = checkText(style, "Paragraph.style");
    });
  }

  get outlineLevel(): number {
    return this._get("outlineLevel");
  }
  set outlineLevel(value: number) {
    this._setScalar("outlineLevel", value, (paragraph, level) => {
      if (!Number.isInteger(level) || level < 1 || level > 10) throw invalidArgument("Paragraph.outlineLevel", "The outline level must be 1 to 10.");
      if (level === 10) delete paragraph.outlineLevel;
      else paragraph.outlineLevel = level;
    });
  }

  get tableNestingLevel(): number {
    return this._get("tableNestingLevel");
  }

  get isLastParagraph(): boolean {
    return this._get("isLastParagraph");
  }

  /** "Gets the collection of `ContentControl` objects in the paragraph." Controls here are block-level, so none are inside a paragraph. */
  get contentControls(): SimContentControlCollection {
    return this._cached("contentControls", () => new SimContentControlCollection(this.context, this._child("contentControls", () => ({ all: () => [], withTag: () => [], withId: () => null }))));
  }

  /** "Gets the content control that contains the paragraph. Throws an `ItemNotFound` error if there isn't a parent content control." */
  get parentContentControl(): SimContentControl {
    return this._cached("parentContentControl", () => new SimContentControl(this.context, this._child("parentContentControl", (paragraph) => nearestControl(paragraph, false))));
  }

  /** WordApi 1.3: "If there isn't a parent content control, then this method will return an object with its `isNullObject` property set to `true`." */
  get parentContentControlOrNullObject(): SimContentControl {
    return this._cached(
      "parentContentControlOrNullObject",
      () => new SimContentControl(this.context, this._child("parentContentControlOrNullObject", (paragraph) => nearestControl(paragraph, false), { nullable: true, requires: "1.3" })),
    );
  }

  /** "Gets the table cell that contains the paragraph. Throws an `ItemNotFound` error if it isn't contained in a table cell." (WordApi 1.3) */
  get parentTableCell(): SimTableCell {
    return this._cached("parentTableCell", () => new SimTableCell(this.context, this._child("parentTableCell", (paragraph) => nearestCell(paragraph), { requires: "1.3" })));
  }

  get parentTableCellOrNullObject(): SimTableCell {
    return this._cached(
      "parentTableCellOrNullObject",
      () => new SimTableCell(this.context, this._child("parentTableCellOrNullObject", (paragraph) => nearestCell(paragraph), { nullable: true, requires: "1.3" })),
    );
  }

  /** "Gets the table that contains the paragraph. Throws an `ItemNotFound` error if it isn't contained in a table." (WordApi 1.3) */
  get parentTable(): SimTable {
    return this._cached("parentTable", () => new SimTable(this.context, this._child("parentTable", (paragraph) => nearestTable(paragraph), { requires: "1.3" })));
  }

  get parentTableOrNullObject(): SimTable {
    return this._cached(
      "parentTableOrNullObject",
      () => new SimTable(this.context, this._child("parentTableOrNullObject", (paragraph) => nearestTable(paragraph), { nullable: true, requires: "1.3" })),
    );
  }

  /** "Gets the parent body of the paragraph." (WordApi 1.3) */
  get parentBody(): SimBody {
    return this._cached("parentBody", () => new SimBody(this.context, this._child("parentBody", (paragraph) => enclosingBody(paragraph), { requires: "1.3" })));
  }

  /** "Clears the contents of the `Paragraph` object." */
  clear(): void {
    this._queue("Paragraph.clear()", (paragraph) => {
      this._host.insertTextInParagraph(paragraph, "", "Replace", "Paragraph.clear");
    });
  }

  /** "Deletes the paragraph and its content from the document." */
  delete(): void {
    this._queue("Paragraph.delete()", (paragraph) => this._host.removeBlocks([paragraph], "Paragraph.delete"));
  }

  /** "Gets the next paragraph. Throws an `ItemNotFound` error if the paragraph is the last one." (WordApi 1.3) */
  getNext(): SimParagraph {
    return new SimParagraph(this.context, this._child("getNext()", (paragraph) => siblingParagraph(paragraph, 1), { requires: "1.3" }));
  }

  getNextOrNullObject(): SimParagraph {
    return new SimParagraph(this.context, this._child("getNextOrNullObject()", (paragraph) => siblingParagraph(paragraph, 1), { nullable: true, requires: "1.3" }));
  }

  /** "Gets the previous paragraph. Throws an `ItemNotFound` error if the paragraph is the first one." (WordApi 1.3) */
  getPrevious(): SimParagraph {
    return new SimParagraph(this.context, this._child("getPrevious()", (paragraph) => siblingParagraph(paragraph, -1), { requires: "1.3" }));
  }

  getPreviousOrNullObject(): SimParagraph {
    return new SimParagraph(this.context, this._child("getPreviousOrNullObject()", (paragraph) => siblingParagraph(paragraph, -1), { nullable: true, requires: "1.3" }));
  }

  /** "Gets the whole paragraph, or the starting or ending point of the paragraph, as a range." (WordApi 1.3) */
  getRange(rangeLocation: Word.RangeLocation | "Whole" | "Start" | "End" | "After" | "Content" = "Whole"): SimRange {
    return new SimRange(
      this.context,
      this._child(
        `getRange(${rangeLocation})`,
        (paragraph): RangeTarget => {
          const where = checkLocation(rangeLocation, ["Whole", "Content", "Start", "End", "After"] as const, "Paragraph.getRange");
          if (where === "Whole" || where === "Content") return { kind: "blocks", first: paragraph, last: paragraph };
          return { kind: "point", anchor: paragraph, edge: where === "Start" ? "start" : where === "End" ? "end" : "after" };
        },
        { requires: "1.3" },
      ),
    );
  }

  /** "Wraps the `Paragraph` object with a content control." */
  insertContentControl(contentControlType?: "RichText"): SimContentControl {
    return new SimContentControl(
      this.context,
      this._child("insertContentControl()", (paragraph) => {
        checkRichText(contentControlType, "Paragraph.insertContentControl");
        return this._host.wrap(paragraph, paragraph, "Paragraph.insertContentControl");
      }),
    );
  }

  /** "Inserts a paragraph at the specified location." Before or After this paragraph. */
  insertParagraph(paragraphText: string, insertLocation: Word.InsertLocation.before | Word.InsertLocation.after | "Before" | "After"): SimParagraph {
    return new SimParagraph(
      this.context,
      this._child(`insertParagraph(…, ${insertLocation})`, (paragraph) => {
        const where = checkLocation(insertLocation, ["Before", "After"] as const, "Paragraph.insertParagraph");
        return insertParagraphBeside(this._host, paragraph, checkText(paragraphText, "Paragraph.insertParagraph"), where, "Paragraph.insertParagraph");
      }),
    );
  }

  /** "Inserts text into the paragraph at the specified location." Replace, Start or End. */
  insertText(text: string, insertLocation: Word.InsertLocation.replace | Word.InsertLocation.start | Word.InsertLocation.end | "Replace" | "Start" | "End"): SimRange {
    return new SimRange(
      this.context,
      this._child(`insertText(…, ${insertLocation})`, (paragraph) => {
        const where = checkLocation(insertLocation, ["Replace", "Start", "End"] as const, "Paragraph.insertText");
        return paragraphsRange(this._host.insertTextInParagraph(paragraph, checkText(text, "Paragraph.insertText"), where, "Paragraph.insertText"));
      }),
    );
  }

  /** "Selects and navigates the Word UI to the paragraph." */
  select(selectionMode?: SelectionModeArgument): void {
    this._queue("Paragraph.select()", (paragraph) => {
      this._host.select({ kind: "blocks", first: paragraph, last: paragraph }, checkSelectionMode(selectionMode, "Paragraph.select"));
    });
  }

  protected _scalars(): Readonly<Record<string, Scalar<ParagraphNode>>> {
    return PARAGRAPH_SCALARS;
  }

  protected override _navigationNames(): readonly string[] {
    return ["contentControls", "parentContentControl", "parentContentControlOrNullObject", "parentTableCell", "parentTableCellOrNullObject", "parentTable", "parentTableOrNullObject", "parentBody"];
  }

  protected override _isStale(paragraph: ParagraphNode): boolean {
    return !isAttached(paragraph, this._host.root);
  }
}
