import fc from "fast-check";
import { allItems } from "../../src/domain/plan";
import { recognizePlan } from "../../src/domain/recognizer";
import {
  STATUS_BLOCK_END,
  STATUS_STATES,
  findStatusBlocks,
  normalizeStatusBlock,
  parseStatusBlock,
  renderStatusBlock,
  scanStatusBlocks,
  splitStatusHeader,
  validateStatusBlock,
  type StatusBlock,
  type StatusReference,
} from "../../src/domain/status-block";
import { planModel } from "../support/docx/actual-plan";
import { headerPartsBefore, quadraticScan } from "../support/status-scan-before-linear";

const example: StatusBlock = {
  date: "2022-01-20",
  event: "TSAG, January 2022",
  state: "On track",
  summary: "SG17 agreed the new work item.\nA second paragraph.",
  references: [
    { kind: "tsag-td", text: "TSAG-TD1187" },
    { kind: "circular-letter", text: "CL-21/3" },
  ],
  nextSteps: "Report to WTSA-20.",
};

describe("renderStatusBlock", () => {
  it("writes the lines a person reads, one paragraph each", () => {
    expect(renderStatusBlock(example)).toEqual([
      "[Status 2022-01-20 · TSAG, January 2022 · On track]",
      "Summary: SG17 agreed the new work item.",
      "A second paragraph.",
      "References: TSAG-TD1187; CL-21/3",
      "Next steps: Report to WTSA-20.",
      STATUS_BLOCK_END,
    ]);
  });

  it("writes 'none' for no references and a bare label for an empty field", () => {
    const lines = renderStatusBlock({ ...example, state: "No input", summary: "", references: [], nextSteps: "" });
    expect(lines).toEqual(["[Status 2022-01-20 · TSAG, January 2022 · No input]", "Summary:", "References: none", "Next steps:", STATUS_BLOCK_END]);
  });

  it("escapes summary lines that would read as structure, and only those", () => {
    const lines = renderStatusBlock({ ...example, summary: "First\nReferences: not a field\n[End of status]\n\\path\nplain [brackets] inside" });
    expect(lines.slice(1, 6)).toEqual(["Summary: First", "\\References: not a field", "\\[End of status]", "\\\\path", "plain [brackets] inside"]);
  });
});

describe("parseStatusBlock", () => {
  it("reads back the rendered example", () => {
    expect(parseStatusBlock(renderStatusBlock(example))).toEqual({ block: example });
  });

  it("tolerates what a person typing the block would do: case, spacing, '|' separators, surrounding blank lines", () => {
    const typed = ["", "  [status 2022-01-20 | TSAG, January 2022 |  in   jeopardy ]", "summary :  Late.", "REFERENCES: WTSA-C28;C21/47", "next steps: Ask SG2.", "[end of status]", ""];
    expect(parseStatusBlock(typed)).toEqual({
      block: {
        date: "2022-01-20",
        event: "TSAG, January 2022",
        state: "In jeopardy",
        summary: "Late.",
        references: [
          { kind: "wtsa-contribution", text: "WTSA-C28" },
          { kind: "council-doc", text: "C21/47" },
        ],
        nextSteps: "Ask SG2.",
      },
    });
  });

  it("keeps an event containing the separators and brackets", () => {
    const block = { ...example, event: "TSAG · [virtual] | January 2022" };
    expect(parseStatusBlock(renderStatusBlock(block))).toEqual({ block });
  });

  it.each([
    [[], /empty/],
    [["Summary: x", STATUS_BLOCK_END], /starts with a line like/],
    [["[Status 2022-01-20 · TSAG · Fine]", STATUS_BLOCK_END], /Unknown status state "Fine"/],
    [["[Status 2022-01-20 · TSAG · On track]", "Summary: x"], /must end with/],
    [["[Status 2022-01-20 · TSAG · On track]", "Summary: x", "Summary: y", STATUS_BLOCK_END], /two "Summary:" lines/],
    [["[Status 2022-01-20 · TSAG · On track]", "stray text", "Summary: x", STATUS_BLOCK_END], /Text before "Summary:"/],
    [["[Status 2022-01-20 · TSAG · On track]", "Summary: x", "References: TD1187", STATUS_BLOCK_END], /bare TD number is ambiguous/],
    [["[Status 2022-01-20 · TSAG · On track]", "[Status 2022-01-21 · TSAG · On track]", STATUS_BLOCK_END], /another block's line/],
  ])("refuses %j with a clear error", (lines, message) => {
    const parsed = parseStatusBlock(lines);
    expect("error" in parsed && parsed.error).toMatch(message);
  });
});

describe("findStatusBlocks / scanStatusBlocks", () => {
  const older: StatusBlock = { ...example, date: "2021-09-10", event: "TSAG, September 2021", summary: "Earlier." };

  it("finds every block inside a narrative, newest first, ignoring the narrative around them", () => {
    const narrative = ["· SG5 sent a liaison statement to TSAG (TSAG-TD182).", ...renderStatusBlock(older), "Some text [in brackets].", ...renderStatusBlock(example), "· More narrative."].join("\n");
    expect(findStatusBlocks(narrative)).toEqual([example, older]);
  });

  it("reads Windows line endings", () => {
    expect(findStatusBlocks(renderStatusBlock(example).join("\r\n"))).toEqual([example]);
  });

  it("reports blocks it cannot read instead of guessing, and still finds the others", () => {
    const text = ["[Status 2022-01-20 · TSAG · Unknown]", STATUS_BLOCK_END, "[Status 2021-01-01 · TSAG · On track]", "Summary: never ended", ...renderStatusBlock(older)].join("\n");
    const scan = scanStatusBlocks(text);
    expect(scan.blocks).toEqual([older]);
    expect(scan.problems).toEqual([
      { line: 0, error: expect.stringMatching(/Unknown status state/) },
      { line: 2, error: expect.stringMatching(/no \[End of status\] line/) },
    ]);
  });

  it("returns nothing for a plain legacy narrative", () => {
    expect(scanStatusBlocks("· SG20 sent a liaison statement to TSAG (ref. TSAG-TD882).\nSee WTSA-C29.")).toEqual({ blocks: [], problems: [] });
  });

  it("puts blocks with an unreadable date after the dated ones", () => {
    const undated = { ...example, date: "soon" };
    expect(findStatusBlocks([...renderStatusBlock(undated), ...renderStatusBlock(older)].join("\n")).map((b) => b.date)).toEqual(["2021-09-10", "soon"]);
  });
});

describe("validateStatusBlock", () => {
  it("accepts the example", () => {
    expect(validateStatusBlock(example)).toEqual([]);
  });

  it("reports each bad field for the pane's inline errors", () => {
    const bad = {
      date: "2022-02-30",
      event: "  ",
      state: "Fine" as StatusBlock["state"],
      summary: "",
      references: [
        { kind: "tsag-td", text: "TD1187" },
        { kind: "council-doc", text: "CL-21/3" },
      ] as StatusReference[],
      nextSteps: "",
    };
    expect(validateStatusBlock(bad).map((error) => [error.field, error.index])).toEqual([
      ["date", undefined],
      ["event", undefined],
      ["state", undefined],
      ["summary", undefined],
      ["references", 0],
      ["references", 1],
    ]);
  });

  it("refuses a multi-line event and allows an empty summary only with 'No input'", () => {
    expect(validateStatusBlock({ ...example, event: "TSAG\nJanuary" })).toEqual([{ field: "event", message: "The reporting event must fit on one line." }]);
    expect(validateStatusBlock({ ...example, state: "No input", summary: "" })).toEqual([]);
  });
});

// Arbitrary blocks with text made to be tricky: separators, brackets, labels, escapes, line breaks, unicode.
const trickyPiece = fc.oneof(
  fc.constantFrom(" · ", "|", "·", "[", "]", "\\", ":", ";", " ", "\n", "\r\n", "\r", "\t", "\u00a0", "\u2028", "é", "€", "𝄞", "ITU‑T", "Summary:", "references :", "Next steps:", "[Status 2022-01-01 · x · On track]", STATUS_BLOCK_END, "none"),
  fc.string({ unit: "grapheme", maxLength: 6 }),
  fc.string({ unit: "binary", maxLength: 4 }),
);
const trickyText = fc.array(trickyPiece, { maxLength: 12 }).map((pieces) => pieces.join(""));
const validReference = fc.constantFrom<StatusReference>(
  { kind: "tsag-td", text: "TSAG-TD1187" },
  { kind: "circular-letter", text: "TSB Circular 168 Cor.1" },
  { kind: "council-doc", text: "C21/47" },
  { kind: "wtsa-contribution", text: "WTSA-20 C28" },
  { kind: "recommendation", text: "Recommendation ITU‑T X.1234" },
  { kind: "liaison", text: "LS TSAG-TD55" },
  { kind: "url", text: "https://www.itu.int/en/ITU-T/about/Pages/res2-annexc-sp16.aspx?a=[1]" },
);
const isoDate = fc.date({ min: new Date("1990-01-01T00:00:00Z"), max: new Date("2100-12-31T00:00:00Z"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const anyBlock = fc.record({
  date: isoDate,
  event: trickyText,
  state: fc.constantFrom(...STATUS_STATES),
  summary: trickyText,
  references: fc.array(validReference, { maxLength: 4 }),
  nextSteps: trickyText,
});

describe("status block properties", () => {
  it("render → parse gives back the (normalized) block, whatever its text", () => {
    fc.assert(
      fc.property(anyBlock, (raw) => {
        const block = normalizeStatusBlock(raw);
        expect(parseStatusBlock(renderStatusBlock(block))).toEqual({ block });
      }),
      { numRuns: 500 },
    );
  });

  it("normalizing changes only whitespace at the edges and line-ending style (never words)", () => {
    fc.assert(
      fc.property(anyBlock, (raw) => {
        const block = normalizeStatusBlock(raw);
        const squash = (text: string) => text.replace(/\s+/g, "");
        expect(squash(block.summary)).toBe(squash(raw.summary));
        expect(squash(block.event)).toBe(squash(raw.event));
      }),
    );
  });

  it("finds a rendered block between arbitrary narrative lines", () => {
    const narrativeLine = trickyText.map((text) => `· ${text.replace(/[\r\n]+/g, " ")}`);
    fc.assert(
      fc.property(anyBlock, fc.array(narrativeLine, { maxLength: 3 }), fc.array(narrativeLine, { maxLength: 3 }), (raw, before, after) => {
        const block = normalizeStatusBlock(raw);
        expect(findStatusBlocks([...before, ...renderStatusBlock(block), ...after].join("\n"))).toEqual([block]);
      }),
      { numRuns: 300 },
    );
  });

  it("never throws on arbitrary input", () => {
    const line = fc.oneof(trickyText, fc.string({ unit: "binary" }));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 8 }), (lines) => {
        const parsed = parseStatusBlock(lines);
        expect("block" in parsed || typeof parsed.error === "string").toBe(true);
        const scan = scanStatusBlocks(lines.join("\n"));
        expect(scan.blocks.length + scan.problems.length).toBeLessThanOrEqual(lines.join("\n").split(/\r\n|\r|\n/).length);
      }),
      { numRuns: 500 },
    );
  });
});

describe("scanStatusBlocks gives the same result as before it was made linear", () => {
  const statusCells = allItems(recognizePlan(planModel()).plan).map((item) => item.status);

  it("on every status cell of the actual plan, as it is and with blocks inserted on top as the add-in does", () => {
    expect(statusCells.length).toBeGreaterThan(300);
    const newer: StatusBlock = { ...example, date: "2022-03-01", state: "Attention" };
    for (const [index, status] of statusCells.entries()) {
      const withBlocks = [...renderStatusBlock(index % 2 === 0 ? example : newer), ...renderStatusBlock(example), status].join("\n");
      for (const text of [status, withBlocks, `[Status 2022-01-20 · TSAG · On track]\n${status}`]) expect(scanStatusBlocks(text)).toEqual(quadraticScan(text));
    }
    const all = statusCells.join("\n");
    expect(scanStatusBlocks(all)).toEqual(quadraticScan(all));
  });

  it("on generated narratives of blocks, stray headers and end lines, labels and text, with any line endings", () => {
    const line = fc.oneof(
      anyBlock.map((raw) => renderStatusBlock(raw).join("\n")),
      fc.constantFrom(
        "[Status 2022-01-20 · TSAG · On track]",
        "  [status 2021-13-40 | x | in   jeopardy ]",
        "[Status soon · TSAG · Completed]",
        "[Status 2022-01-20 · TSAG · Fine]",
        "[Status",
        "[Statuses 2022-01-20 · a · On track]",
        STATUS_BLOCK_END,
        " [ end of STATUS ] ",
        "[End of status] trailing",
        "Summary: text",
        "References: TSAG-TD1187",
        "References: TD1187",
        "Next steps: more",
        "\\[Status escaped",
        "· SG5 sent a liaison statement (TSAG-TD182).",
        "",
      ),
      trickyText,
    );
    const ending = fc.constantFrom("\n", "\r\n", "\r");
    fc.assert(
      fc.property(fc.array(fc.tuple(line, ending), { maxLength: 30 }), (parts) => {
        const text = parts.map(([content, end]) => content + end).join("");
        expect(scanStatusBlocks(text)).toEqual(quadraticScan(text));
      }),
      { numRuns: 1000 },
    );
  });
});

describe("splitStatusHeader reads a header line as the former pattern did, in one pass", () => {
  const piece = fc.constantFrom("[", "]", " [ ", "Status", "status", "STATUS", "Statuses", ":", " ", "  ", "\t", "\u00a0", "\u2028", "\ufeff", "·", " · ", "|", " | ", "a", "2022-01-20", "soon", "TSAG, January 2022", "On track", "in  jeopardy", "é", "𝄞", "]x", "\\");
  const text = fc.array(piece, { maxLength: 5 }).map((pieces) => pieces.join(""));
  const separator = fc.constantFrom("·", " · ", "|", " | ", "\u00a0·\t", "a");
  const headerLike = fc
    .tuple(fc.constantFrom("", " ", "["), fc.constantFrom("", " [Status ", "[status: ", "[ Status\t", "[Status", "[Status:"), text, separator, text, separator, text, fc.constantFrom("]", " ] ", "]x", "", "] ]", "]\u2028"))
    .map((parts) => parts.join(""));

  it("on rendered headers, typed variants and the examples above", () => {
    const lines = ["[Status 2022-01-20 · TSAG, January 2022 · On track]", "  [status 2022-01-20 | TSAG, January 2022 |  in   jeopardy ]", "[Status: 2022-01-20 · a · b · c]", "[Status 2022-01-20·x·On track] ", "[Status a·b]", "[Status ··x·On track]", "[Status d · e] · s]", "[Status x · y · z] trailing", "[Status  · e · s]", "[Status"];
    for (const line of lines) expect({ line, parts: splitStatusHeader(line) }).toEqual({ line, parts: headerPartsBefore(line) });
    expect(splitStatusHeader(lines[0]!)).toEqual(["2022-01-20", "TSAG, January 2022", "On track"]);
    expect(lines.map((line) => splitStatusHeader(line))).toEqual([
      ["2022-01-20", "TSAG, January 2022", "On track"],
      ["2022-01-20", "TSAG, January 2022", "in   jeopardy"],
      ["2022-01-20", "a · b", "c"],
      ["2022-01-20", "x", "On track"],
      null,
      ["·", "x", "On track"],
      ["d", "e]", "s"],
      null,
      null,
      null,
    ]);
  });

  it("on generated lines made of the pieces headers are made of", () => {
    let headers = 0;
    fc.assert(
      fc.property(headerLike, (line) => {
        const parts = splitStatusHeader(line);
        if (parts) headers += 1;
        expect(parts).toEqual(headerPartsBefore(line));
      }),
      { numRuns: 5000 },
    );
    // The pieces make real headers often enough for the comparison to mean something.
    expect(headers).toBeGreaterThan(250);
  });

  it("on header-shaped renders of tricky blocks", () => {
    fc.assert(
      fc.property(anyBlock, (raw) => {
        const header = renderStatusBlock(raw)[0]!;
        expect(splitStatusHeader(header)).toEqual(headerPartsBefore(header));
      }),
      { numRuns: 500 },
    );
  });
});
