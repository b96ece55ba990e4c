// jsdom (for component tests) lacks the encoders Node has; the product code uses them.
import { TextDecoder, TextEncoder } from "util";

const g = globalThis as Record<string, unknown>;
if (!g.TextEncoder) g.TextEncoder = TextEncoder;
if (!g.TextDecoder) g.TextDecoder = TextDecoder;

// jsdom has no layout, so no ResizeObserver; Fluent's MessageBar observes its size. Nothing resizes in jsdom.
if (typeof window !== "undefined" && !("ResizeObserver" in window)) {
  class NoLayoutResizeObserver {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
  (window as unknown as Record<string, unknown>).ResizeObserver = NoLayoutResizeObserver;
  g.ResizeObserver = NoLayoutResizeObserver;
}
