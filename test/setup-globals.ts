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

// jsdom 20's Blob has no text()/arrayBuffer() (browsers have had them since 2019); FileReader stands in.
if (typeof Blob !== "undefined" && typeof FileReader !== "undefined") {
  const read = <T>(blob: Blob, how: "readAsText" | "readAsArrayBuffer") =>
    new Promise<T>((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as T);
      reader.onerror = () => reject(reader.error);
      reader[how](blob);
    });
  if (!Blob.prototype.text)
    Blob.prototype.text = function (this: Blob) {
      return read<string>(this, "readAsText");
    };
  if (!Blob.prototype.arrayBuffer)
    Blob.prototype.arrayBuffer = function (this: Blob) {
      return read<ArrayBuffer>(this, "readAsArrayBuffer");
    };
}

// Testing Library's findBy/waitFor give up after 1 s by default: on a loaded 2-core machine a screen
// can take longer to settle (issue #16). A hang guard, not a speed check.
if (typeof window !== "undefined") {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { configure } = require("@testing-library/dom") as typeof import("@testing-library/dom");
  configure({ asyncUtilTimeout: 30_000 });
}
