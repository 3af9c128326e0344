/**
 * Requirement-set detection. The adapter needs WordApi 1.3 (tables, cell shading, nesting levels);
 * custom XML parts need 1.4 (below it the shared state falls back to the document settings);
 * content-control data-changed events need 1.5 (below it validation runs on demand only).
 */
import { DocumentError } from "../document-error";

export interface WordCapabilities {
  /** WordApi 1.3: the minimum for every operation of the adapter. */
  core: boolean;
  /** WordApi 1.4: shared state in a custom XML part. */
  customXmlParts: boolean;
  /** WordApi 1.5: `ContentControl.onDataChanged` for watching the plan. */
  dataChangedEvents: boolean;
}

export interface RequirementChecker {
  isSetSupported(name: string, minVersion?: string): boolean;
}

export function detectCapabilities(requirements: RequirementChecker | undefined = officeRequirements()): WordCapabilities {
  const supports = (version: string): boolean => {
    try {
      return requirements?.isSetSupported("WordApi", version) === true;
    } catch {
      return false;
    }
  };
  return { core: supports("1.3"), customXmlParts: supports("1.4"), dataChangedEvents: supports("1.5") };
}

/** What a person reads when the host is too old, naming what is missing. */
export function unsupportedMessage(capabilities: WordCapabilities): string | null {
  if (capabilities.core) return null;
  return "This version of Word does not support what the add-in needs (Word JavaScript API 1.3: tables, cell shading and content controls). Use Word 2016 or later, Word on the web, or Word for Mac 16 or later.";
}

export function assertCoreSupported(capabilities: WordCapabilities): void {
  const message = unsupportedMessage(capabilities);
  if (message) throw new DocumentError("Unsupported", message);
}

function officeRequirements(): RequirementChecker | undefined {
  return typeof Office === "undefined" ? undefined : Office.context?.requirements;
}
