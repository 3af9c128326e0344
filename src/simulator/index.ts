/**
 * Word host simulator: the Word JavaScript API subset the add-in's adapter uses, over an in-memory document.
 * Browser-safe (no Node APIs): the playground bundles it.
 */
export { createSimulatedWord, type SimulatedWord, type SimulatorOptions, type SimulatedSelection, type StoredCustomXmlPart } from "./simulator";
export { installSimulatedOffice } from "./install";
export { SimulatedOfficeError, ErrorCode } from "./errors";
export type { CoauthorEditor, CoauthorControl } from "./coauthor";
export type { SimulatorStats } from "./runtime";
export type { ControlEventArgs } from "./events";
export type { RequirementSets } from "./requirements";
