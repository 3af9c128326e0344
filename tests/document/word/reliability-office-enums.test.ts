/**
 * The simulator's Office common-API values match office.js at run time, not only @types/office-js: office.js
 * defines `Microsoft.Office.WebExtension.AsyncResultStatus = { Succeeded: "succeeded", Failed: "failed" }`, while the
 * type declarations describe a numeric enum. Code that compares a result's status with a literal must see strings.
 */
import { createSimulatedWord, installSimulatedOffice } from "../../../src/simulator";
import { actualPlanModel } from "../../support/word-adapter-builders";

describe("Office.AsyncResultStatus on the simulator", () => {
  it("is the strings office.js defines, and Settings.saveAsync reports the same string", async () => {
    const sim = createSimulatedWord(actualPlanModel());
    const restore = installSimulatedOffice(globalThis, sim);
    try {
      expect({ ...Office.AsyncResultStatus }).toEqual({ Succeeded: "succeeded", Failed: "failed" });
      const settings = Office.context.document.settings;
      settings.set("probe", 1);
      const status = await new Promise<unknown>((resolve) => settings.saveAsync((result) => resolve(result.status)));
      expect(status).toBe("succeeded");
      expect(status).toBe(Office.AsyncResultStatus.Succeeded);
    } finally {
      restore();
    }
  });
});
