/**
 * Word.Body: the main document body or a table cell's body (TableCell.body: "Gets the `Body` object of the cell.").
 */
import { blocksText, enclosingBody, isAttached, nearestControl, type BodyNode, type CellNode } from "../tree";
import type { Scalar } from "./client-object";
import { SimClientObject } from "./client-object";
import { containerControls, SimContentControlCollection } from "./content-control-collection";
import { SimContentControl } from "./content-control";
import { checkLocation, checkRichText, checkText, insertParagraphInto, insertTextInto, paragraphsRange } from "./editing";
import { containerParagraphs, SimParagraphCollection } from "./paragraph-collection";
import { SimParagraph } from "./paragraph";
import { SimRange } from "./range";
import { containerTables, SimTableCollection } from "./table-collection";
import { checkSelectionMode, type SelectionModeArgument } from "./selection-mode";

export type BodyTarget = BodyNode | CellNode;

const BODY_SCALARS: Readonly<Record<string, Scalar<BodyTarget>>> = {
  /** "Gets the text of the body. Use the `insertText` method to insert text." (WordApi 1.1) */
  text: { read: (body, host) => blocksText(body.children, host.options.paragraphSeparator) },
  /** "Gets the type of the body. The type can be `mainDoc`, `section`, `header`, `footer`, or `tableCell`." (WordApi 1.3) */
  type: { read: (body) => (body.kind === "body" ? "MainDoc" : "TableCell"), requires: "1.3" },
};

export class SimBody extends SimClientObject<BodyTarget> {
  protected readonly _typeName = "Body";

  get text(): string {
    return this._get("text");
  }

  get type(): string {
    return this._get("type");
  }

  /** "Gets the collection of `Paragraph` objects in the body." Paragraphs in tables are included from WordApi 1.3. */
  get paragraphs(): SimParagraphCollection {
    return this._cached("paragraphs", () => new SimParagraphCollection(this.context, this._child("paragraphs", (body) => containerParagraphs(this.context, body))));
  }

  /** "Gets the collection of `Table` objects in the body." (WordApi 1.3) — all tables, nested ones included, in document order. */
  get tables(): SimTableCollection {
    return this._cached("tables", () => new SimTableCollection(this.context, this._child("tables", (body) => containerTables(this._host, body), { requires: "1.3" })));
  }

  /** "Gets the collection of rich text content control objects in the body." — every control inside, nested ones included. */
  get contentControls(): SimContentControlCollection {
    return this._cached(
      "contentControls",
      () => new SimContentControlCollection(this.context, this._child("contentControls", (body) => containerControls(this._host, body))),
    );
  }

  /** "Gets the content control that contains the body. Throws an `ItemNotFound` error if there isn't a parent content control." */
  get parentContentControl(): SimContentControl {
    return this._cached("parentContentControl", () => new SimContentControl(this.context, this._child("parentContentControl", (body) => nearestControl(body, false))));
  }

  /** WordApi 1.3: as parentContentControl, but a null object when there is none. */
  get parentContentControlOrNullObject(): SimContentControl {
    return this._cached(
      "parentContentControlOrNullObject",
      () => new SimContentControl(this.context, this._child("parentContentControlOrNullObject", (body) => nearestControl(body, false), { nullable: true, requires: "1.3" })),
    );
  }

  /** "Gets the parent body of the body. For example, a table cell body's parent body could be a header." (WordApi 1.3) */
  get parentBody(): SimBody {
    return this._cached("parentBody", () => new SimBody(this.context, this._child("parentBody", (body) => enclosingBody(body), { requires: "1.3" })));
  }

  get parentBodyOrNullObject(): SimBody {
    return this._cached(
      "parentBodyOrNullObject",
      () => new SimBody(this.context, this._child("parentBodyOrNullObject", (body) => enclosingBody(body), { nullable: true, requires: "1.3" })),
    );
  }

  /** "Clears the contents of the `Body` object." */
  clear(): void {
    this._queue("Body.clear()", (body) => this._host.clear(body, "Body.clear"));
  }

  /** "Gets the whole body, or the starting or ending point of the body, as a range." (WordApi 1.3) */
  getRange(rangeLocation: Word.RangeLocation | "Whole" | "Start" | "End" | "After" | "Content" = "Whole"): SimRange {
    return new SimRange(
      this.context,
      this._child(
        `getRange(${rangeLocation})`,
        (body) => {
          const where = checkLocation(rangeLocation, ["Whole", "Content", "Start", "End"] as const, "Body.getRange");
          if (where === "Whole" || where === "Content") return { kind: "content", container: body };
          return { kind: "point", anchor: body, edge: where === "Start" ? "start" : "end" };
        },
        { requires: "1.3" },
      ),
    );
  }

  /** "Inserts a paragraph at the specified location." Start or End of the body. */
  insertParagraph(paragraphText: string, insertLocation: Word.InsertLocation.start | Word.InsertLocation.end | "Start" | "End"): SimParagraph {
    return new SimParagraph(
      this.context,
      this._child(`insertParagraph(…, ${insertLocation})`, (body) => {
        const where = checkLocation(insertLocation, ["Start", "End"] as const, "Body.insertParagraph");
        return insertParagraphInto(this._host, body, checkText(paragraphText, "Body.insertParagraph"), where, "Body.insertParagraph");
      }),
    );
  }

  /** "Inserts text into the body at the specified location." Replace, Start or End. */
  insertText(text: string, insertLocation: Word.InsertLocation.replace | Word.InsertLocation.start | Word.InsertLocation.end | "Replace" | "Start" | "End"): SimRange {
    return new SimRange(
      this.context,
      this._child(`insertText(…, ${insertLocation})`, (body) => {
        const where = checkLocation(insertLocation, ["Replace", "Start", "End"] as const, "Body.insertText");
        return paragraphsRange(insertTextInto(this._host, body, checkText(text, "Body.insertText"), where, "Body.insertText"));
      }),
    );
  }

  /** "Wraps the `Body` object with a content control." The text is unchanged; existing controls end up nested inside. */
  insertContentControl(contentControlType?: "RichText"): SimContentControl {
    return new SimContentControl(
      this.context,
      this._child("insertContentControl()", (body) => {
        checkRichText(contentControlType, "Body.insertContentControl");
        return this._host.wrapContent(body, "Body.insertContentControl");
      }),
    );
  }

  /** "Selects the body and navigates the Word UI to it." */
  select(selectionMode?: SelectionModeArgument): void {
    this._queue("Body.select()", (body) => this._host.select({ kind: "content", container: body }, checkSelectionMode(selectionMode, "Body.select")));
  }

  protected _scalars(): Readonly<Record<string, Scalar<BodyTarget>>> {
    return BODY_SCALARS;
  }

  protected override _navigationNames(): readonly string[] {
    return ["paragraphs", "tables", "contentControls", "parentContentControl", "parentContentControlOrNullObject", "parentBody", "parentBodyOrNullObject"];
  }

  protected override _isStale(body: BodyTarget): boolean {
    return !isAttached(body, this._host.root);
  }
}
