/** @jest-environment jsdom */
/** Issue #18, drafts: what the officer typed survives switching tabs, and a reload offers it back. */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { builtInTemplates } from "../../src/core/templates/registry";
import { App } from "../../src/taskpane/components/App";
import { documentKey, DraftStore } from "../../src/taskpane/drafts/draft-store";
import { WorkbenchSession } from "../../src/taskpane/session/workbench-session";
import { fixture, template } from "../helpers";

const tk7 = template("tk-7-linh-vuc-2021");
const seed = () => ({ ...fixture("seed-002.json"), values: {} });

/** A storage like the browser's, kept across "reloads" of the store. */
function memoryStorage(): Storage {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (k) => map.get(k) ?? null,
    key: (i) => [...map.keys()][i] ?? null,
    removeItem: (k) => void map.delete(k),
    setItem: (k, v) => void map.set(k, String(v)),
  };
}

describe("drafts", () => {
  it("keep only what differs from the document, and are offered back after a reload until restored or dropped", () => {
    const storage = memoryStorage();
    const doc = documentKey(seed());
    const first = new DraftStore(storage, () => Date.UTC(2026, 11, 1, 9, 30));
    first.set(doc, "values", { "3.1.3": "65", "1.1.1": "35" }, { "3.1.3": "65" });
    expect(first.entries(doc, "values")).toEqual({ "1.1.1": "35" });
    expect(first.dirty()).toBe(true);
    const afterReload = new DraftStore(storage);
    expect(afterReload.offered(doc)).toEqual({ entries: { values: { "1.1.1": "35" } }, at: Date.UTC(2026, 11, 1, 9, 30) });
    afterReload.restore(doc);
    expect(afterReload.entries(doc, "values")).toEqual({ "1.1.1": "35" });
    expect(afterReload.offered(doc)).toBeNull();
    afterReload.discard(doc);
    expect(new DraftStore(storage).offered(doc)).toBeNull();
  });

  it("what is typed in Số liệu survives going to another tab and back", async () => {
    const session = new WorkbenchSession();
    await session.createReport(tk7, seed());
    render(
      <FluentProvider theme={webLightTheme}>
        <App session={session} loadTemplates={async () => builtInTemplates()} />
      </FluentProvider>,
    );
    fireEvent.click(screen.getByRole("tab", { name: "Số liệu" }));
    fireEvent.click(await screen.findByRole("button", { name: "Cải cách thủ tục hành chính" }));
    fireEvent.change(screen.getByLabelText("3.1.3 Tổng số TTHC đang có hiệu lực (Thủ tục)"), { target: { value: "2027" } });
    fireEvent.click(screen.getByRole("tab", { name: "Kiểm tra" }));
    fireEvent.click(screen.getByRole("tab", { name: "Số liệu" }));
    fireEvent.click(await screen.findByRole("button", { name: "Cải cách thủ tục hành chính" }));
    await waitFor(() => expect((screen.getByLabelText("3.1.3 Tổng số TTHC đang có hiệu lực (Thủ tục)") as HTMLInputElement).value).toBe("2027"));
  });
});
