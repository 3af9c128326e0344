/** The pane's chunk helpers (src/taskpane/lazy-load.ts): one load per chunk, and the views loaded after the first render. */
import { once, preloadWhenIdle } from "../../src/taskpane/lazy-load";

describe("once", () => {
  test("loads once for every caller, and tries again after a failed load", async () => {
    let attempts = 0;
    const load = once(() => {
      attempts += 1;
      return attempts === 1 ? Promise.reject(new Error("offline")) : Promise.resolve(attempts);
    });
    await expect(load()).rejects.toThrow("offline");
    expect(await Promise.all([load(), load()])).toEqual([2, 2]);
    expect(await load()).toBe(2);
    expect(attempts).toBe(2);
  });
});

describe("preloadWhenIdle", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  /** Lets the loads' promises settle between idle periods. */
  const settle = async (): Promise<void> => {
    for (let tick = 0; tick < 5; tick++) await Promise.resolve();
  };

  test("nothing during the first render; then one chunk per idle period, in order, past a failed one", async () => {
    const started: string[] = [];
    const load = (name: string, fails = false) => () => {
      started.push(name);
      return fails ? Promise.reject(new Error(`${name} failed`)) : Promise.resolve(name);
    };
    preloadWhenIdle([load("findings"), load("item", true), load("status")]);
    expect(started).toEqual([]);
    // Node has no requestIdleCallback: the fallback waits 200 ms.
    await jest.advanceTimersByTimeAsync(200);
    expect(started).toEqual(["findings"]);
    await settle();
    await jest.advanceTimersByTimeAsync(200);
    expect(started).toEqual(["findings", "item"]);
    await settle();
    await jest.advanceTimersByTimeAsync(200);
    expect(started).toEqual(["findings", "item", "status"]);
  });

  test("stopping (the pane unmounted) starts nothing more", async () => {
    const started: string[] = [];
    const stop = preloadWhenIdle([
      () => (started.push("findings"), Promise.resolve()),
      () => (started.push("item"), Promise.resolve()),
    ]);
    await jest.advanceTimersByTimeAsync(200);
    await settle();
    stop();
    await jest.advanceTimersByTimeAsync(1000);
    expect(started).toEqual(["findings"]);
  });
});
