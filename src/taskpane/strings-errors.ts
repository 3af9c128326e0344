/**
 * The pane's words for errors: a title per action, a fallback per action, and one sentence per document error code
 * (Record<DocumentErrorCode, string>: a new code does not compile until it has its words). Part of strings.ts.
 */
import type { DocumentErrorCode } from "../document/document-error";

export const errorStrings = {
  title: "Something went wrong",
  readFailed: "The document could not be read. If it is open for editing elsewhere, wait a moment and try again.",
  unsupportedTitle: "This version of Word is too old for the add-in",
  dismiss: "Dismiss",
  titles: {
    detect: "The document could not be read",
    validate: "The plan could not be validated",
    preview: "The structure preview could not be prepared",
    structure: "The document could not be structured",
    unstructure: "The structure could not be removed",
    edit: "The change could not be saved",
    insert: "The status block could not be inserted",
    navigate: "The item could not be selected",
    cursor: "The item at the cursor could not be found",
  },
  fallback: {
    detect: "The document could not be read. If it is open for editing elsewhere, wait a moment and try again.",
    validate: "Word did not complete the validation. Wait a moment and validate again.",
    preview: "The document could not be read. Wait a moment and try again.",
    structure: "Word did not complete structuring; nothing was changed. Wait a moment and try again.",
    unstructure: "Word did not finish removing the content controls; the text is unchanged. Wait a moment and try again.",
    edit: "Word did not save the change; the document is as it was. Wait a moment and try again.",
    insert: "Word did not insert the status block; the document is as it was. Wait a moment and try again.",
    navigate: "Word could not select the item. Validate the plan again and retry.",
    cursor: "Word could not tell where the cursor is. Click in the document and try again.",
  },
  byCode: {
    DocumentChanged: "The document changed since it was read; re-validate and try again.",
    Unsupported: "This version of Word does not support what this needs.",
    ItemNotFound: "That item is no longer in the document. Validate the plan again.",
    NotStructured: "This item is not structured yet: use “Structure this document” in the Overview first.",
    NoStatusCell: "This item has no status row to write into. Add a status row under it in the document, then try again.",
    Untaggable: "This item has no valid number (NN-NN), so the add-in cannot find it reliably. Give it a number in the document first.",
    InvalidValue: "That value cannot be written into this field.",
    ReadInconsistent: "Word returned parts of the document that do not fit together; nothing was written. Wait a moment and try again.",
    SharedStateInvalid: "The add-in's information stored in this document cannot be read.",
    WordFailed: "Word could not complete the operation. If the document is being edited elsewhere, wait a moment and try again.",
    NotAnActionPlan: "This document does not look like an action plan: no resolution headings with action tables were found. Nothing was changed.",
    FieldNotFound: "This item has lost that cell in the document. Restore the item's row in Word, then try again.",
    MergedCell: "This field goes on in another cell (merged or split cells). Edit it in Word, or merge the cells back into one.",
    InvalidStatusBlock: "The status block is not complete: check the fields marked in the form.",
    // Codes of .docx files: the pane works on the open document, so these name what the person can still do.
    EmptyFile: "The document is empty.",
    NotAZip: "The document is not a Word document.",
    Damaged: "The document is damaged. Open it in Word, which offers to repair it, and save it again.",
    Encrypted: "The document is password-protected.",
    MissingDocumentXml: "The document is not a complete Word document.",
    MalformedXml: "The document's content is damaged. Save it again from Word.",
    UnsupportedFormat: "The document is saved as Strict Open XML; save it as a regular Word Document (.docx).",
    TooLarge: "The document is too large to read.",
  } satisfies Record<DocumentErrorCode, string>,
} as const;
