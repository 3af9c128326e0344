/**
 * The actual plan as LibreOffice writes it (soffice --convert-to docx of our fixture): through the CLI, the same golden
 * figures and the same state for every item as the clean plan. Skipped, and said so, where LibreOffice is not installed.
 */
import { writeFileSync } from "node:fs";
import type { CheckJson } from "../../src/cli/reports/check-json";
import { libreOfficeAvailable, libreOfficeCopy } from "../../src/fixture/libreoffice-copy";
import { planDocx } from "../support/docx/actual-plan";
import { runCli, temporaryFolder } from "../support/docx/cli-harness";

const folder = temporaryFolder();
afterAll(() => folder.remove());
const available = libreOfficeAvailable();
if (!available) console.warn("LibreOffice copy tests skipped: soffice is not installed (apt-get install libreoffice-writer-nogui)");

async function check(path: string): Promise<CheckJson> {
  const run = await runCli(["check", path, "--as-of", "2022-01-20", "--format", "json"]);
  expect([0, 1]).toContain(run.code);
  return JSON.parse(run.stdout) as CheckJson;
}

(available ? describe : describe.skip)("the LibreOffice-written copy of the actual plan", () => {
  it("gives the clean plan's golden figures and the same state for every item", async () => {
    const clean = folder.file("clean.docx");
    const copy = folder.file("libreoffice.docx");
    writeFileSync(clean, await planDocx());
    writeFileSync(copy, libreOfficeCopy(await planDocx())!);
    const [expected, actual] = [await check(clean), await check(copy)];
    expect(actual.summary).toEqual(expected.summary);
    expect(actual.summary).toMatchObject({ items: 375, completed: 40, periodicMet: 366 });
    const states = (json: CheckJson) => json.items.map((item) => [item.id ?? item.proposedId, item.state, item.milestone, item.periodicMet, item.completed]);
    expect(states(actual)).toEqual(states(expected));
  }, 600_000);
});
