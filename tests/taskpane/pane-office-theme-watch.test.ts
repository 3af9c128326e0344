import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";
import { THEME_POLL_MS, watchOfficeTheme, type OfficeThemeHost, type ThemeWatchEnvironment } from "../../src/taskpane/office-theme-watch";

const DARK = { isDarkTheme: true, bodyBackgroundColor: "#262626" };
const LIGHT = { isDarkTheme: false, bodyBackgroundColor: "#FFFFFF" };
const COLORFUL = { isDarkTheme: false, bodyBackgroundColor: "#E6E6E6" };

type Handler = (args?: unknown) => void;

/** The browser around the pane: real EventTargets, and a timer the test fires by hand. */
function fakeEnvironment() {
  const window = new EventTarget();
  const document = Object.assign(new EventTarget(), { visibilityState: "visible" });
  const timers = new Map<number, { callback: () => void; ms: number }>();
  let nextHandle = 1;
  const environment: ThemeWatchEnvironment = {
    window,
    document,
    setInterval: (callback, ms) => {
      timers.set(nextHandle, { callback, ms });
      return nextHandle++;
    },
    clearInterval: (handle) => void timers.delete(handle as number),
  };
  return {
    environment,
    window,
    document,
    timers,
    tick: () => [...timers.values()].forEach((timer) => timer.callback()),
  };
}

/** An Office double: officeTheme is a plain property the test changes; addHandlerAsync answers as `registration` says. */
function fakeOffice(registration: "succeeds" | "fails" | "throws" | "missing" | "no-enum", initial = LIGHT) {
  const handlers: Handler[] = [];
  const removed: Handler[] = [];
  const office: OfficeThemeHost & { context: { officeTheme: typeof LIGHT } } = {
    context: {
      officeTheme: initial,
      document:
        registration === "missing"
          ? {}
          : {
              addHandlerAsync: (eventType, handler, callback) => {
                expect(eventType).toBe("officeThemeChanged");
                if (registration === "throws") throw new Error("Invalid event type");
                if (registration === "succeeds") handlers.push(handler);
                callback?.({ status: registration === "succeeds" ? "succeeded" : "failed" });
              },
              removeHandlerAsync: (eventType, options, callback) => {
                expect(eventType).toBe("officeThemeChanged");
                if (options?.handler) removed.push(options.handler);
                callback?.({ status: "succeeded" });
              },
            },
    },
    EventType: registration === "no-enum" ? {} : { OfficeThemeChanged: "officeThemeChanged" },
    AsyncResultStatus: { Succeeded: "succeeded" },
  };
  return { office, handlers, removed };
}

function recorder(): { themes: Theme[]; onChange: (theme: Theme) => void } {
  const themes: Theme[] = [];
  return { themes, onChange: (theme) => themes.push(theme) };
}

describe("watching Office's theme while the pane is open", () => {
  test("the OfficeThemeChanged event switches the theme, with the theme the event carries or the one Office now reports", () => {
    const { environment } = fakeEnvironment();
    const { office, handlers } = fakeOffice("succeeds");
    const { themes, onChange } = recorder();
    watchOfficeTheme(office, onChange, { environment });
    expect(handlers).toHaveLength(1);

    handlers[0]!({ type: "officeThemeChanged", officeTheme: DARK });
    expect(themes).toEqual([webDarkTheme]);
    office.context.officeTheme = LIGHT;
    handlers[0]!({ type: "officeThemeChanged" });
    expect(themes).toEqual([webDarkTheme, webLightTheme]);
  });

  test.each(["fails", "throws", "missing", "no-enum"] as const)("when the event registration %s, focus, visibility and the interval still follow the theme", (registration) => {
    const { environment, window, document, timers, tick } = fakeEnvironment();
    const { office, handlers } = fakeOffice(registration);
    const { themes, onChange } = recorder();
    watchOfficeTheme(office, onChange, { environment });
    expect(handlers).toHaveLength(0);
    expect([...timers.values()].map((timer) => timer.ms)).toEqual([THEME_POLL_MS]);

    office.context.officeTheme = DARK;
    window.dispatchEvent(new Event("focus"));
    expect(themes).toEqual([webDarkTheme]);

    office.context.officeTheme = LIGHT;
    document.visibilityState = "hidden";
    document.dispatchEvent(new Event("visibilitychange"));
    expect(themes).toEqual([webDarkTheme]);
    document.visibilityState = "visible";
    document.dispatchEvent(new Event("visibilitychange"));
    expect(themes).toEqual([webDarkTheme, webLightTheme]);

    office.context.officeTheme = DARK;
    tick();
    expect(themes).toEqual([webDarkTheme, webLightTheme, webDarkTheme]);
  });

  test("no callback while the Fluent theme stays the same (another light Office theme, repeated reads, the same event)", () => {
    const { environment, window, tick } = fakeEnvironment();
    const { office, handlers } = fakeOffice("succeeds");
    const { themes, onChange } = recorder();
    watchOfficeTheme(office, onChange, { environment });

    tick();
    window.dispatchEvent(new Event("focus"));
    office.context.officeTheme = COLORFUL;
    tick();
    handlers[0]!({ officeTheme: LIGHT });
    expect(themes).toEqual([]);

    office.context.officeTheme = DARK;
    tick();
    tick();
    window.dispatchEvent(new Event("focus"));
    handlers[0]!({ officeTheme: DARK });
    expect(themes).toEqual([webDarkTheme]);
  });

  test("a pane opened in the dark theme starts from it: only a change back to light is reported", () => {
    const { environment, tick } = fakeEnvironment();
    const { office } = fakeOffice("fails", DARK);
    const { themes, onChange } = recorder();
    watchOfficeTheme(office, onChange, { environment });
    tick();
    expect(themes).toEqual([]);
    office.context.officeTheme = LIGHT;
    tick();
    expect(themes).toEqual([webLightTheme]);
  });

  test("stop() removes the listeners, the timer and the event handler; nothing is reported after it", () => {
    const { environment, window, document, timers } = fakeEnvironment();
    const added = { window: jest.spyOn(window, "addEventListener"), document: jest.spyOn(document, "addEventListener") };
    const removed = { window: jest.spyOn(window, "removeEventListener"), document: jest.spyOn(document, "removeEventListener") };
    const { office, handlers, removed: removedHandlers } = fakeOffice("succeeds");
    const { themes, onChange } = recorder();
    const stop = watchOfficeTheme(office, onChange, { environment });
    expect(timers.size).toBe(1);

    stop();
    expect(timers.size).toBe(0);
    expect(removed.window.mock.calls).toEqual(added.window.mock.calls);
    expect(removed.document.mock.calls).toEqual(added.document.mock.calls);
    expect(removedHandlers).toEqual(handlers);

    office.context.officeTheme = DARK;
    window.dispatchEvent(new Event("focus"));
    document.dispatchEvent(new Event("visibilitychange"));
    handlers[0]!({ officeTheme: DARK });
    expect(themes).toEqual([]);
    stop();
    expect(removedHandlers).toHaveLength(1);
  });

  test("stopped before the host answers the registration: the handler is removed when it is accepted", () => {
    const { environment } = fakeEnvironment();
    const { office, handlers, removed } = fakeOffice("succeeds");
    let answer: (() => void) | undefined;
    const document = office.context.document!;
    const add = document.addHandlerAsync!;
    document.addHandlerAsync = (eventType, handler, callback) => {
      answer = () => add(eventType, handler, callback);
    };
    const stop = watchOfficeTheme(office, () => undefined, { environment });
    stop();
    answer!();
    expect(handlers).toHaveLength(1);
    expect(removed).toEqual(handlers);
  });
});
