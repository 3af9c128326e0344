/** @jest-environment jsdom */
/**
 * The pane's notice for calendar-past-end (docs/rules.md): after validating the WTSA-24-style plan as of 2025-06-01 a
 * warning under the outcome says the calendar knows no TSAG meeting after May 2025, and its button opens the calendar
 * editor; as of 2025-05-20 (the last TSAG meeting still ahead) there is none.
 */
import "../support/jsdom-layout";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { wtsa24StylePlanModel } from "../../src/fixture/wtsa24-style-plan";
import { strings } from "../../src/taskpane/strings";
import { uninstallSimulatedOffice } from "../support/pane-harness";
import { renderStoragePane, validateAsOf } from "../support/pane-storage-harness";

afterEach(uninstallSimulatedOffice);

describe("the calendar's end in the pane", () => {
  test("a warning with the finding's words and a button to the calendar editor, only past the end", async () => {
    const user = userEvent.setup({ delay: null });
    renderStoragePane(wtsa24StylePlanModel());
    await screen.findByText("5 resolutions, 20 items");

    await validateAsOf(user, "2025-05-20");
    expect(screen.queryByTestId("calendar-end-notice")).toBeNull();

    await validateAsOf(user, "2025-06-01");
    const notice = await screen.findByTestId("calendar-end-notice");
    expect(within(notice).getByText(strings.validate.calendarEndTitle)).toBeTruthy();
    expect(notice.textContent).toContain("The calendar knows no TSAG meeting after 2025-05-30 (TSAG meeting, Geneva, 26–30 May 2025)");
    expect(notice.textContent).toContain("(2 open items: 02-02, 02-03)");

    await user.click(within(notice).getByRole("button", { name: strings.validate.openCalendar }));
    expect(await screen.findByTestId("calendar-editor")).toBeTruthy();
  });
});
