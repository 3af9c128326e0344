/**
 * The .docx adapter: the DocumentPort over a Word file held in memory. Open it from bytes, run the
 * port's operations, then save() the new bytes. The main document part is kept as its text: it is read in one
 * streaming pass (read-document.ts), and every write is a set of edits spliced into that text (text-edit.ts), after
 * which the text is read again (operations compose, and what was written is what the next read sees). Every byte
 * outside the changed elements stays as it was; only the main part and the add-in's custom XML part (with its
 * relationship and content-type entries) ever change; every other part of the package is written back as it was.
 */
import type { DocModel } from "../../domain/document-model";
import type { Finding } from "../../domain/finding";
import { allItems, type ActionItem, type Plan } from "../../domain/plan";
import { validateStatusBlock } from "../../domain/status-block";
import { cellLookup, compareFingerprints, fingerprintPlan } from "../fingerprint";
import type {
  ColourMark,
  ColourReport,
  DetectReport,
  DocumentPort,
  ItemFingerprint,
  ReadBasis,
  ReadResult,
  StatusBlockInsert,
  StructureReport,
  UnstructureReport,
} from "../port";
import { applyColours } from "./apply-colours";
import { cellTree } from "./cell-span";
import { ControlIds, unwrapControls } from "./control-edit";
import { DocumentError } from "../document-error";
import { DocxPackage } from "./docx-package";
import { readFootnotes } from "./footnotes";
import { notAnActionPlanError } from "./not-an-action-plan";
import { insertStatusBlockIntoCell } from "./insert-status-block";
import { assertXmlText, assertXmlTextDeep } from "./text-nodes";
import { mainDocumentPart, readRelationships, relatedPart, type PartRelationship } from "./part-relationships";
import { readDocument, type CellIndex, type ReadDocument, type ReadingParts } from "./read-document";
import { recognizeModel } from "../recognize";
import { detectReport } from "../detect-report";
import { setCellText } from "./set-cell-text";
import { loadStatePart, storeStatePart, type StatePart } from "./state-part";
import { controlMatches, fieldCellStatuses, summarizeStructure, tagIdentity } from "../field-cell-status";
import { checkFieldValue, type EditableField } from "../field-value";
import { structurePlan } from "./structure-plan";
import { readStyles } from "./styles";
import { readThemeColours } from "./theme";
import { applyEdits, type TextEdit } from "./text-edit";
import { parseXmlPart } from "./xml-codec";
import type { XmlDocument } from "./xml-tree";

interface Snapshot extends ReadDocument {
  plan: Plan;
  findings: Finding[];
}

export class DocxDocument implements DocumentPort {
  private snapshot: Snapshot | null = null;
  private documentChanged = false;
  private stateChanged = false;

  private constructor(
    private readonly pkg: DocxPackage,
    private readonly mainPart: string,
    /** The main part as it is now (the original text with every write so far spliced in). */
    private text: string,
    private readonly parts: ReadingParts,
    private statePart: StatePart,
  ) {}

  /** Opens a .docx from its bytes; throws DocumentError (with a code) for anything that is not a usable Word document. */
  static async open(bytes: Uint8Array): Promise<DocxDocument> {
    const pkg = await DocxPackage.load(bytes);
    const mainPart = await mainDocumentPart(pkg);
    const text = (await pkg.text(mainPart))!;
    const relationships = await readRelationships(pkg, mainPart);
    const related = async (kind: PartRelationship): Promise<XmlDocument | null> => {
      const name = relatedPart(relationships, kind);
      const text = name === null ? null : await pkg.text(name);
      return text === null ? null : parseXmlPart(text, name!);
    };
    const styles = readStyles(await related("styles"));
    const footnotes = readFootnotes(await related("footnotes"));
    const theme = readThemeColours(await related("theme"));
    const statePart = await loadStatePart(pkg);
    const document = new DocxDocument(pkg, mainPart, text, { styles, footnotes, theme }, statePart);
    document.current(); // read now: a main part that is not WordprocessingML fails here, before any operation
    return document;
  }

  /** The document model as it is now (after any operation run so far). */
  model(): DocModel {
    return this.current().model;
  }

  async detect(): Promise<DetectReport> {
    const { model, plan, ourControls } = this.current();
    return detectReport(model, plan, ourControls.length);
  }

  async read(): Promise<ReadResult> {
    const { model, plan, findings } = this.current();
    // The structure level only, as the Word adapter's read: not detect(), which also walks the whole XML to count controls.
    const structure = summarizeStructure(plan, fieldCellStatuses(model, plan)).level;
    const { name, state, error } = this.statePart;
    return {
      model,
      plan,
      findings: [...findings, ...this.statePart.findings],
      structure,
      fingerprints: fingerprintPlan(model, plan),
      sharedState: { state, location: { kind: "custom-xml", partId: name }, ...(error && { error }) },
    };
  }

  async structure(): Promise<StructureReport> {
    const { model, index, controlIds, plan, findings } = this.requirePlan();
    const { report, edits } = structurePlan(this.text, model, index, controlIds, plan, findings);
    this.write(edits);
    return report;
  }

  async unstructure(): Promise<UnstructureReport> {
    const { ourControls } = this.current();
    this.write(unwrapControls(ourControls));
    return { removed: ourControls.length };
  }

  async colour(marks: ColourMark[], basis: ReadBasis): Promise<ColourReport> {
    // The red marks live in the shared state: when it cannot be understood, nothing may be coloured (as in Word).
    if (this.statePart.error) throw this.statePart.error;
    const { model, index, plan, root } = this.requirePlan();
    const { report, redMarks, edits } = applyColours({ text: this.text, index, root }, model, plan, marks, basis.fingerprints, this.statePart.state, this.parts.theme);
    this.write(edits);
    const before = JSON.stringify([...this.statePart.state.redMarks].sort((a, b) => a.itemId.localeCompare(b.itemId)));
    const after = JSON.stringify([...redMarks].sort((a, b) => a.itemId.localeCompare(b.itemId)));
    if (before !== after) {
      this.statePart = { ...this.statePart, state: { ...this.statePart.state, redMarks } };
      this.stateChanged = true;
    }
    return report;
  }

  async insertStatusBlock(request: StatusBlockInsert, basis: ItemFingerprint[]): Promise<void> {
    const problems = validateStatusBlock(request.block);
    if (problems.length > 0) {
      throw new DocumentError("InvalidStatusBlock", `The status block is not valid: ${problems.map((problem) => problem.message).join(" ")}`);
    }
    assertXmlTextDeep(request.block, "status block");
    const { item, index } = this.checkedItem(request.itemKey, basis);
    const address = item.cells.status;
    const span = address ? index.cells[address.table]?.[address.row]?.[address.cell] : undefined;
    if (!span) throw new DocumentError("NoStatusCell", `Item ${request.itemKey} has no status row to insert a status block into; add the row in Word first.`);
    const identity = tagIdentity(item);
    if (!identity) throw new DocumentError("ItemNotFound", `Item ${request.itemKey} has no usable number for the status block's tags.`);
    const { edit } = insertStatusBlockIntoCell(cellTree(this.text, span), identity.itemId, request.block, new ControlIds(this.current().controlIds));
    this.write([edit]);
  }

  async setField(itemKey: string, field: EditableField, value: string, basis: ItemFingerprint[]): Promise<void> {
    const text = checkFieldValue(field, value);
    assertXmlText(text, `${field} value`);
    const { item, index } = this.checkedItem(itemKey, basis);
    const address = item.cells[field];
    const span = address ? index.cells[address.table]?.[address.row]?.[address.cell] : undefined;
    if (!span) throw new DocumentError("FieldNotFound", `Item ${itemKey} has no ${field} cell.`);
    // As the Word adapter (src/document/word/edit-field.ts): a cell in another control of the add-in (another item's or
    // field's tag, or a newer add-in's) is not written through by position.
    const control = cellLookup(this.current().model)(address!)?.control;
    if (control && !controlMatches(item, field, control.tag)) {
      throw new DocumentError("NotStructured", `Item ${item.id ?? itemKey}'s ${field} has no content control of the add-in (its control is tagged ${control.tag}): structure the plan first.`);
    }
    if (index.continued.has(span.start)) {
      throw new DocumentError("MergedCell", `Item ${item.id ?? itemKey}'s ${field} goes on in another cell of the table (a cell merged over two rows, or split in two); writing it would leave the rest. Edit it in Word.`);
    }
    this.write(setCellText(this.text, cellTree(this.text, span), text));
  }

  /** The new package; the input bytes are never modified. */
  async save(): Promise<Uint8Array> {
    if (this.documentChanged) this.pkg.put(this.mainPart, this.text);
    if (this.stateChanged) this.statePart = await storeStatePart(this.pkg, this.mainPart, this.statePart, this.statePart.state);
    this.stateChanged = false;
    return this.pkg.save();
  }

  private current(): Snapshot {
    if (!this.snapshot) {
      const read = readDocument(this.text, this.mainPart, this.parts);
      const { plan, findings } = recognizeModel(read.model);
      this.snapshot = { ...read, plan, findings };
    }
    return this.snapshot;
  }

  private requirePlan(): Snapshot {
    const snapshot = this.current();
    if (allItems(snapshot.plan).length === 0) throw notAnActionPlanError(snapshot.findings, "structure or colour");
    return snapshot;
  }

  private checkedItem(itemKey: string, basis: readonly ItemFingerprint[]): { item: ActionItem; index: CellIndex } {
    const { model, index, plan } = this.current();
    const item = allItems(plan).find((candidate) => candidate.key === itemKey);
    if (!item) throw new DocumentError("ItemNotFound", `There is no item ${itemKey} in the document.`);
    const wanted = basis.filter((entry) => entry.itemKey === itemKey);
    if (wanted.length > 0 && compareFingerprints(wanted, fingerprintPlan(model, plan)).changed.length > 0) {
      throw new DocumentError("DocumentChanged", `Item ${itemKey} changed since the document was read; nothing was written. Read it again.`);
    }
    return { item, index };
  }

  /** Splices the edits into the text; the next operation reads the text again. No edit, no change. */
  private write(edits: readonly TextEdit[]): void {
    if (edits.length === 0) return;
    this.text = applyEdits(this.text, edits);
    this.documentChanged = true;
    this.snapshot = null;
  }
}

export function openDocx(bytes: Uint8Array): Promise<DocxDocument> {
  return DocxDocument.open(bytes);
}
