/**
 * jsdom has no layout, and no ResizeObserver; Fluent's MessageBar observes its size to reflow. Component tests
 * import this module first: observers are accepted and never fire (there are no sizes to report).
 */
class NoLayoutResizeObserver implements ResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

globalThis.ResizeObserver ??= NoLayoutResizeObserver;
