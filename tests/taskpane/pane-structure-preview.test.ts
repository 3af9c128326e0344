/**
 * The structure preview (computed from a read, nothing written) against what the adapter's structure then reports,
 * on the simulated document: a small plan, a partly structured one with a copied row, and the actual plan.
 */
import type { DocModel } from "../../src/domain/document-model";
import { buildSeedDocModel } from "../../src/fixture/seed-text";
import { previewStructure } from "../../src/taskpane/services/structure-preview";
import { cellOf, simulatedPort, smallPlan, uninstallSimulatedOffice } from "../support/pane-harness";
import { readSeedText } from "../../src/fixture/seed-file";

afterEach(uninstallSimulatedOffice);

async function previewThenStructure(model: DocModel, before?: (edit: ReturnType<typeof simulatedPort>) => Promise<void>) {
  const pane = simulatedPort(model);
  await before?.(pane);
  const preview = previewStructure(await pane.port.read());
  const report = await pane.port.structure();
  return { preview, report };
}

describe("structure preview", () => {
  test("small plan: per resolution what will be wrapped, the stray row skipped — as structure then reports", async () => {
    const { preview, report } = await previewThenStructure(smallPlan());
    expect(preview.resolutions.map((resolution) => [resolution.label, resolution.items, resolution.toWrap, resolution.alreadyWrapped])).toEqual([
      ["Resolution 1", 3, 18, 0],
      ["Resolution 2", 3, 18, 0],
    ]);
    expect(preview.skipped.map((finding) => finding.rule)).toEqual(["uninterpretable-row"]);
    expect(report).toEqual({ wrapped: preview.toWrap, alreadyWrapped: preview.alreadyWrapped, skipped: preview.skipped });
  });

  test("partly structured with a copied row: what is wrapped stays, the copies' conflicting cells are skipped", async () => {
    const { preview, report } = await previewThenStructure(smallPlan(), async ({ port, sim }) => {
      await port.structure();
      const { table, row } = cellOf(smallPlan(), "01-02", "id");
      sim.edit((editor) => editor.duplicateRow({ table, row }));
    });
    expect(preview.toWrap).toBe(0);
    expect(preview.skipped.filter((finding) => finding.rule === "conflicting-control").length).toBeGreaterThan(0);
    expect(report).toEqual({ wrapped: preview.toWrap, alreadyWrapped: preview.alreadyWrapped, skipped: preview.skipped });
  });

  test("the actual plan: the preview's counts and skipped places are exactly structure's report", async () => {
    const model = buildSeedDocModel(readSeedText());
    const { preview, report } = await previewThenStructure(model);
    expect(preview.resolutions.reduce((sum, resolution) => sum + resolution.items, 0)).toBe(375);
    expect(preview.toWrap).toBeGreaterThan(1500);
    expect(report).toEqual({ wrapped: preview.toWrap, alreadyWrapped: preview.alreadyWrapped, skipped: preview.skipped });
  });
});
