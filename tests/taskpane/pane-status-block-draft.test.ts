import { defaultCalendar } from "../../src/domain/calendar";
import { draftErrors, draftToBlock, emptyDraft, eventSuggestions, hasErrors, referenceError } from "../../src/taskpane/services/status-block-draft";

describe("status-block draft (pure)", () => {
  const valid = { ...emptyDraft("2022-01-20"), event: "TSAG, January 2022", summary: "Agreed." };

  test("a fresh draft is dated today and is incomplete until it has an event and a summary", () => {
    const errors = draftErrors(emptyDraft("2022-01-20"));
    expect(errors.date).toBeUndefined();
    expect(errors.event).toBeTruthy();
    expect(errors.summary).toBeTruthy();
    expect(hasErrors(errors)).toBe(true);
    expect(hasErrors(draftErrors(valid))).toBe(false);
  });

  test("blank reference rows are ignored; errors point at the row the person typed in", () => {
    const draft = { ...valid, references: ["", "TSAG-TD1187", "  ", "TD1187", "CL-21/3"] };
    const errors = draftErrors(draft);
    expect(Object.keys(errors.references)).toEqual(["3"]);
    expect(errors.references[3]).toContain("TSAG-TD1187");
    expect(draftToBlock(draft).references.map((reference) => reference.text)).toEqual(["TSAG-TD1187", "TD1187", "CL-21/3"]);
    expect(draftToBlock({ ...valid, references: ["TSAG-TD1187", "CL-21/3"] }).references.map((reference) => reference.kind)).toEqual(["tsag-td", "circular-letter"]);
    expect(referenceError("  ")).toBeUndefined();
    expect(referenceError("http://www.itu.int/x")).toContain("https://");
  });

  test("a bad date and the state \"No input\" without summary", () => {
    expect(draftErrors({ ...valid, date: "2022-02-30" }).date).toContain("YYYY-MM-DD");
    expect(draftErrors({ ...valid, state: "No input", summary: "" }).summary).toBeUndefined();
  });

  test("event suggestions: the most recent event started by the date first, then the upcoming ones", () => {
    const events = defaultCalendar().events;
    const suggestions = eventSuggestions(events, "2022-01-20");
    const started = events.filter((event) => event.start <= "2022-01-20").sort((a, b) => b.start.localeCompare(a.start));
    expect(suggestions[0]!.id).toBe(started[0]!.id);
    const firstUpcoming = suggestions.findIndex((suggestion) => events.find((event) => event.id === suggestion.id)!.start > "2022-01-20");
    expect(firstUpcoming).toBe(started.length);
    expect(suggestions).toHaveLength(events.length);
    expect(eventSuggestions(events, "not a date").map((suggestion) => suggestion.id)).toEqual([...events].sort((a, b) => a.start.localeCompare(b.start)).map((event) => event.id));
  });
});
