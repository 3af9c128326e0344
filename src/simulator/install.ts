/**
 * Installs the simulator as the Office globals a task-pane bundle expects: `Word.run` and the Word enums,
 * `Office.onReady` and `Office.context.requirements`, `OfficeExtension.Error` / `ErrorCodes` / `ClientResult`.
 * Works in a browser (the playground) and in Node tests; returns a function that restores the previous globals.
 */
import { OFFICE_ENUMS, OFFICE_EXTENSION_ERROR_CODES, WORD_ENUMS } from "./enums";
import { SimulatedOfficeError } from "./errors";
import { SimClientObject, SimClientResult } from "./proxies/client-object";
import { SimRequestContext, SimTrackedObjects } from "./request-context";
import type { SimulatedWord } from "./simulator";

type OfficeInfo = { host: "Word"; platform: SimulatedWord["platform"] };

export function installSimulatedOffice(target: object, simulator: SimulatedWord): () => void {
  const globals = target as Record<string, unknown>;
  const previous = { Word: globals.Word, Office: globals.Office, OfficeExtension: globals.OfficeExtension };
  const info: OfficeInfo = { host: "Word", platform: simulator.platform };

  globals.Word = {
    ...WORD_ENUMS,
    run: simulator.run,
  };
  globals.Office = {
    ...OFFICE_ENUMS,
    context: { requirements: simulator.requirements, host: "Word", platform: simulator.platform, document: { settings: simulator.officeSettings } },
    /** Office.onReady(callback?): "Ensures that the Office JavaScript APIs are ready to be called by the add-in." */
    onReady: (callback?: (value: OfficeInfo) => unknown) => {
      callback?.(info);
      return Promise.resolve(info);
    },
  };
  globals.OfficeExtension = {
    Error: SimulatedOfficeError,
    ErrorCodes: OFFICE_EXTENSION_ERROR_CODES,
    ClientResult: SimClientResult,
    ClientObject: SimClientObject,
    ClientRequestContext: SimRequestContext,
    TrackedObjects: SimTrackedObjects,
    config: { extendedErrorLogging: false },
  };

  return () => {
    for (const [name, value] of Object.entries(previous)) {
      if (value === undefined) delete globals[name];
      else globals[name] = value;
    }
  };
}
