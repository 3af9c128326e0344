/**
 * Errors as the pane shows them: a title and a sentence a user understands, chosen by the error's `code`.
 * The document adapters throw errors that carry a `code` (the Word adapter's DocumentError, Office.js errors);
 * the pane reads it structurally, so it never imports an adapter. The adapter's own message is kept as `detail`
 * only for codes whose message names the specific thing (which field, which requirement set).
 */
import { errorCodeOf } from "../../document/document-error";
import { strings } from "../strings";

/** What the pane was doing: decides the title and the fallback message. */
export type PaneAction = "detect" | "validate" | "structure" | "unstructure" | "preview" | "edit" | "insert" | "navigate" | "cursor";

export interface PaneError {
  title: string;
  message: string;
  /** The adapter's own explanation, when it adds something the message does not say. */
  detail?: string;
  /** The error's code, when it had one (tests and logs). */
  code?: string;
}

type KnownCode = keyof typeof strings.errors.byCode;

/** Codes whose adapter message is specific enough to show under ours. */
const DETAIL_CODES: ReadonlySet<string> = new Set(["Unsupported", "InvalidValue", "SharedStateInvalid"]);

function isKnownCode(code: string | undefined): code is KnownCode {
  return code !== undefined && Object.prototype.hasOwnProperty.call(strings.errors.byCode, code);
}

export function describeError(error: unknown, action: PaneAction): PaneError {
  const code = errorCodeOf(error);
  // A host too old for the add-in is not a failure of this action: the title says what it is.
  const title = code === "Unsupported" ? strings.errors.unsupportedTitle : strings.errors.titles[action];
  let message: string = isKnownCode(code) ? strings.errors.byCode[code] : strings.errors.fallback[action];
  let detail = code && DETAIL_CODES.has(code) && error instanceof Error && error.message ? error.message : undefined;
  // The adapter's sentence for a host too old already says what ours would, and names what is needed: it alone is shown.
  if (code === "Unsupported" && detail !== undefined) {
    message = detail;
    detail = undefined;
  }
  return { title, message, ...(detail !== undefined && { detail }), ...(code !== undefined && { code }) };
}
