import type { CellAddress } from "./document-model";

/** The six field cells of an action item; each becomes one content control when structured. */
export const ITEM_FIELDS = ["id", "action", "milestone", "periodic", "completed", "status"] as const;
export type ItemField = (typeof ITEM_FIELDS)[number];

export interface ActionItem {
  /**
   * Identity of the item inside the plan: the item number when the document has one ("01-04"),
   * else the proposed number ("44-25"), else "<resolution>#<n>" as a last resort. Unique in a Plan.
   */
  key: string;
  /** Item number as written, normalized to "NN-NN" (null when the number cell is empty or unreadable). */
  id: string | null;
  /** Number proposed from the sequence when `id` is null. */
  proposedId?: string;
  /** Other numbers written in the number cell, e.g. "44-25" from "(44-25)". */
  altIds: string[];
  /** Raw text of the number cell. */
  rawId: string;
  /** Key of the owning resolution (Resolution.key). */
  resolution: string;
  action: string;
  milestoneText: string;
  /** "Periodic goals met" is ticked (√). */
  periodicMet: boolean;
  periodicText: string;
  /** "Completed" is ticked (√). */
  completed: boolean;
  completedText: string;
  /** The status row's narrative, as text (paragraphs joined by "\n"). */
  status: string;
  /** True when a person shaded the number cell red (the document's own jeopardy convention). */
  numberCellRed: boolean;
  /** Shading of the number cell as found ("#RRGGBB") or null. */
  numberCellShading: string | null;
  /** Where each field lives in the document. The status cell is absent when the item has no status row. */
  cells: Partial<Record<ItemField, CellAddress>>;
}

export interface Resolution {
  /** "1", "44", … for resolutions; "OP1" for Opinion 1. */
  key: string;
  kind: "Resolution" | "Opinion";
  number: number;
  title: string;
  /** Where the title came from: the Section II heading, or Section I when the heading has none. */
  titleSource: "heading" | "summary" | "none";
  items: ActionItem[];
  /** Indexes (CellAddress.table) of the action tables of this resolution. */
  tables: number[];
}

/** One row of Section I, Table 1 (list of Resolutions and executive summary). */
export interface SummaryRow {
  key: string;
  kind: "Resolution" | "Opinion";
  number: number;
  title: string;
  /** The remaining cells as written: action by, collaboration with…, report to… */
  cells: string[];
}

/** The assembly whose resolutions the plan implements, from its title ("… implementation of WTSA-24 Resolutions"). */
export interface PlanAssembly {
  series: "WTSA";
  /** 2016 for WTSA-16. */
  year: number;
}

export interface Plan {
  resolutions: Resolution[];
  summary: SummaryRow[];
  /** Absent when no paragraph names it: "First SG meeting" then counts from WTSA-16, the first plan's assembly. */
  assembly?: PlanAssembly;
}

export function allItems(plan: Plan): ActionItem[] {
  return plan.resolutions.flatMap((resolution) => resolution.items);
}

/**
 * The resolutions (and the Opinion) that have an action table: what every count of "resolutions" means — the
 * validation summary, the CLI, detect in both adapters. A resolution the plan lists without action items
 * (Opinion 1 in the WTSA-16 plan) is not counted.
 */
export function resolutionsWithActionTables(plan: Plan): Resolution[] {
  return plan.resolutions.filter((resolution) => resolution.tables.length > 0 || resolution.items.length > 0);
}
