/**
 * Runtime values of the Word/Office enums an adapter may reference (`Word.InsertLocation.end` compiles to a property
 * read on the global `Word`). Values are those of @types/office-js.
 */
export const WORD_ENUMS = {
  InsertLocation: { before: "Before", after: "After", start: "Start", end: "End", replace: "Replace" },
  ContentControlAppearance: { boundingBox: "BoundingBox", tags: "Tags", hidden: "Hidden" },
  ContentControlType: {
    unknown: "Unknown",
    richTextInline: "RichTextInline",
    richTextParagraphs: "RichTextParagraphs",
    richTextTableCell: "RichTextTableCell",
    richTextTableRow: "RichTextTableRow",
    richTextTable: "RichTextTable",
    plainTextInline: "PlainTextInline",
    plainTextParagraph: "PlainTextParagraph",
    picture: "Picture",
    buildingBlockGallery: "BuildingBlockGallery",
    checkBox: "CheckBox",
    comboBox: "ComboBox",
    dropDownList: "DropDownList",
    datePicker: "DatePicker",
    repeatingSection: "RepeatingSection",
    richText: "RichText",
    plainText: "PlainText",
    group: "Group",
  },
  RangeLocation: { whole: "Whole", start: "Start", end: "End", before: "Before", after: "After", content: "Content" },
  SelectionMode: { select: "Select", start: "Start", end: "End" },
  BodyType: { unknown: "Unknown", mainDoc: "MainDoc", section: "Section", header: "Header", footer: "Footer", tableCell: "TableCell", footnote: "Footnote", endnote: "Endnote", noteItem: "NoteItem" },
  EventType: { contentControlDeleted: "ContentControlDeleted", contentControlDataChanged: "ContentControlDataChanged", contentControlAdded: "ContentControlAdded" },
  EventSource: { local: "Local", remote: "Remote" },
  ErrorCodes: {
    accessDenied: "AccessDenied",
    generalException: "GeneralException",
    invalidArgument: "InvalidArgument",
    itemNotFound: "ItemNotFound",
    notAllowed: "NotAllowed",
    notImplemented: "NotImplemented",
    searchDialogIsOpen: "SearchDialogIsOpen",
    searchStringInvalidOrTooLong: "SearchStringInvalidOrTooLong",
  },
} as const;

/** OfficeExtension.ErrorCodes */
export const OFFICE_EXTENSION_ERROR_CODES = {
  accessDenied: "AccessDenied",
  generalException: "GeneralException",
  activityLimitReached: "ActivityLimitReached",
  invalidObjectPath: "InvalidObjectPath",
  propertyNotLoaded: "PropertyNotLoaded",
  valueNotLoaded: "ValueNotLoaded",
  invalidRequestContext: "InvalidRequestContext",
  invalidArgument: "InvalidArgument",
  runMustReturnPromise: "RunMustReturnPromise",
  cannotRegisterEvent: "CannotRegisterEvent",
  apiNotFound: "ApiNotFound",
  connectionFailure: "ConnectionFailure",
} as const;

export const OFFICE_ENUMS = {
  HostType: { Word: "Word", Excel: "Excel", PowerPoint: "PowerPoint", Outlook: "Outlook", OneNote: "OneNote", Project: "Project", Access: "Access" },
  PlatformType: { PC: "PC", OfficeOnline: "OfficeOnline", Mac: "Mac", iOS: "iOS", Android: "Android", Universal: "Universal" },
  /**
   * Office.AsyncResultStatus. @types/office-js declares a numeric enum, but office.js defines
   * `Microsoft.Office.WebExtension.AsyncResultStatus = { Succeeded: "succeeded", Failed: "failed" }`: strings at run time.
   */
  AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
} as const;
