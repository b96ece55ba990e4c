import { WorkbenchSession } from "../../src/taskpane/session/workbench-session";
import { docxBytes, tk7 } from "../document/docx-helpers";
import { fixture } from "../helpers";

describe("the workbench session", () => {
  it("follows the open document: fills refresh the pane, a selection is remembered for the preview", async () => {
    const session = new WorkbenchSession();
    let notified = 0;
    session.subscribe(() => (notified += 1));
    await session.open(await docxBytes());
    expect(notified).toBe(1);
    const doc = session.document()!;
    await doc.select("cchc:value:3.1.3");
    expect(session.selected).toBe("cchc:value:3.1.3");
    expect(notified).toBe(2);
    await doc.fillValues(tk7, { "1.1.1": "36" }, { overwrite: true });
    expect(notified).toBe(3);
  });

  it("stops following a document it no longer holds", async () => {
    const session = new WorkbenchSession();
    await session.open(await docxBytes());
    const old = session.document()!;
    await session.createReport(tk7, fixture("seed-002.json"));
    expect(session.selected).toBeNull();
    let notified = 0;
    session.subscribe(() => (notified += 1));
    await old.select("cchc:value:3.1.3");
    expect(notified).toBe(0);
    expect(session.selected).toBeNull();
  });
});
