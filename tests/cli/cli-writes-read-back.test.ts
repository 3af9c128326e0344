/**
 * Whatever the tool writes, it reads back: on random plans (numbers used twice, numbers missing, numbers of
 * another resolution, a person's red and yellow), colour → check → uncolour → check → colour again through the
 * CLI each exit 0 or 1 (a result), never 2 (its own output refused) or 70 (a crash).
 */
import { writeFileSync } from "node:fs";
import fc from "fast-check";
import { writeDocx } from "../../src/fixture/docx-writer";
import { planDoc, resolutionSection, type ItemSpec } from "../support/builders/plan-builders";
import { runCli, temporaryFolder } from "../support/docx/cli-harness";

const folder = temporaryFolder();
afterAll(() => folder.remove());

const MILESTONES = ["Ongoing", "Council 2021", "TSAG 2019", "WTSA-20", "Completed", "next meeting of SG3", "Last TSAG before WTSA-20"];

type NumberChoice = { kind: "own" } | { kind: "missing" } | { kind: "duplicate"; of: number } | { kind: "other-resolution" } | { kind: "malformed" };

const itemArbitrary = fc.record({
  number: fc.oneof(
    { weight: 4, arbitrary: fc.constant<NumberChoice>({ kind: "own" }) },
    { weight: 2, arbitrary: fc.nat(20).map<NumberChoice>((of) => ({ kind: "duplicate", of })) },
    { weight: 1, arbitrary: fc.constant<NumberChoice>({ kind: "missing" }) },
    { weight: 1, arbitrary: fc.constant<NumberChoice>({ kind: "other-resolution" }) },
    { weight: 1, arbitrary: fc.constant<NumberChoice>({ kind: "malformed" }) },
  ),
  milestone: fc.constantFrom(...MILESTONES),
  periodic: fc.boolean(),
  completed: fc.boolean(),
  shading: fc.constantFrom(null, null, null, "#FF0000", "#FFFF00", "#C00000"),
  status: fc.option(fc.constantFrom("On track.", "Status block missing.", "In jeopardy: no contributions."), { nil: null }),
});

const planArbitrary = fc.array(fc.record({ resolution: fc.constantFrom(1, 7, 44, 64), items: fc.array(itemArbitrary, { minLength: 1, maxLength: 6 }) }), { minLength: 1, maxLength: 3 });

function numberText(choice: NumberChoice, resolution: number, serial: number, earlier: readonly string[]): string {
  const own = `${String(resolution).padStart(2, "0")}-${String(serial).padStart(2, "0")}`;
  switch (choice.kind) {
    case "own":
      return own;
    case "missing":
      return "";
    case "duplicate":
      return earlier.length > 0 ? earlier[choice.of % earlier.length]! : own;
    case "other-resolution":
      return `${String(resolution + 1).padStart(2, "0")}-${String(serial).padStart(2, "0")}`;
    case "malformed":
      return `item ${serial}`;
  }
}

describe("everything the tool writes, it reads back", () => {
  it("colour → check → uncolour → check → colour on random plans: each exits 0 or 1", async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(planArbitrary, async (resolutions) => {
        const earlier: string[] = [];
        const blocks = resolutions.map(({ resolution, items }, index) =>
          resolutionSection(resolution + index * 100, `Resolution ${resolution}`, items.map((item, serial): ItemSpec => {
            const id = numberText(item.number, resolution + index * 100, serial + 1, earlier);
            if (id !== "") earlier.push(id);
            return { id, milestone: item.milestone, periodic: item.periodic, completed: item.completed, shading: item.shading, status: item.status };
          })),
        );
        const input = folder.file(`plan-${run}.docx`);
        const [coloured, uncoloured, again] = ["coloured", "uncoloured", "again"].map((name) => folder.file(`${name}-${run}.docx`));
        run += 1;
        writeFileSync(input, await writeDocx(planDoc(...blocks)));
        const steps = [
          ["colour", input, coloured!, "--as-of", "2022-01-20"],
          ["check", coloured!, "--as-of", "2022-01-20"],
          ["uncolour", coloured!, uncoloured!],
          ["check", uncoloured!, "--as-of", "2022-01-20"],
          ["colour", coloured!, again!, "--as-of", "2023-06-01"],
          ["uncolour", again!, "--in-place"],
        ];
        for (const argv of steps) {
          const result = await runCli(argv);
          if (result.code !== 0 && result.code !== 1) throw new Error(`${argv[0]} exited ${result.code}: ${result.stderr}`);
        }
      }),
      { numRuns: 60, seed: 20220120 },
    );
  }, 300_000);
});
