import type { ReportDocument } from "../../src/document/report-document";
import { runSelfTest, selfTestReport } from "../../src/taskpane/selftest/run-selftest";
import type { PaneSession } from "../../src/taskpane/session/session";
import { WordSession } from "../../src/taskpane/session/word-session";
import { WorkbenchSession } from "../../src/taskpane/session/workbench-session";
import { viSelftest } from "../../src/strings/vi-selftest";
import { template } from "../helpers";
import { fakeWord } from "../word-fake/fake-word";
import { logicalFromFake } from "../word-fake/logical";

const tk2 = template("tk-2-cap-2025");
const STEPS = ["scratch", "insert", "fill", "read", "check", "typed", "conflict"];

describe("the self-test", () => {
  it("passes in Word (on the fake) on a blank document, counting round trips per step", async () => {
    const fake = fakeWord();
    const session = new WordSession(fake.host);
    const outcome = await runSelfTest(session, tk2);
    expect(outcome.steps.map((s) => [s.id, s.ok])).toEqual(STEPS.map((id) => [id, true]));
    expect(outcome.ok).toBe(true);
    expect(outcome.steps.find((s) => s.id === "insert")!.syncs).toBeGreaterThanOrEqual(2);
    expect(outcome.steps.every((s) => s.syncs !== null)).toBe(true);
    const report = selfTestReport(session, outcome);
    expect(report.split("\n")[0]).toBe(viSelftest.pass);
    expect(report).toContain("WordApi 1.6");
  });

  it("passes in the workbench, on a new document", async () => {
    const session = new WorkbenchSession();
    const outcome = await runSelfTest(session, tk2);
    expect(outcome.ok).toBe(true);
    expect(outcome.steps.every((s) => s.syncs === null)).toBe(true);
  });

  it("refuses to run in a Word document that already holds text, and leaves it as it was", async () => {
    const fake = fakeWord();
    await fake.host.run(async (context) => {
      context.document.body.insertParagraph("Báo cáo đang soạn.", "End");
      await context.sync();
    });
    const before = logicalFromFake(fake.model);
    const outcome = await runSelfTest(new WordSession(fake.host), tk2);
    expect(outcome.ok).toBe(false);
    expect(outcome.steps).toEqual([expect.objectContaining({ id: "scratch", ok: false, detail: viSelftest.details.needBlank })]);
    expect(logicalFromFake(fake.model)).toEqual(before);
  });

  it("fails, naming the step, when filling overwrites what the officer typed", async () => {
    const fake = fakeWord();
    const real = new WordSession(fake.host);
    // A broken renderer: every fill overwrites.
    const broken: PaneSession = {
      ...real,
      kind: real.kind,
      diagnostics: real.diagnostics,
      createReport: (t, d) => real.createReport(t, d),
      insertAppendix: (t, d) => real.insertAppendix(t, d),
      insertTable: (t, d) => real.insertTable(t, d),
      document: () => {
        const doc = real.document();
        return new Proxy(doc, {
          get: (target, key) => (key === "fillValues" ? (t: never, v: never) => target.fillValues(t, v, { overwrite: true }) : Reflect.get(target, key, target)),
        }) as ReportDocument;
      },
    };
    const outcome = await runSelfTest(broken, tk2);
    expect(outcome.ok).toBe(false);
    expect(outcome.steps.map((s) => [s.id, s.ok]).pop()).toEqual(["conflict", false]);
    expect(selfTestReport(broken, outcome).split("\n")[0]).toBe(viSelftest.fail(viSelftest.steps.conflict));
  });
});
