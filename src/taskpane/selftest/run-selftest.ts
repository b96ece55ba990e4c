/**
 * The self-test: the whole round trip, in whatever host the pane runs in, on a scratch
 * document — insert → fill → read → check → a value typed in the document → fill again
 * (a conflict, the typed value kept). Each step records its result, time and round trips.
 */
import type { ReportData } from "../../core/model/report-data";
import type { Template } from "../../core/model/template";
import { validate } from "../../core/validation/engine";
import type { ReportDocument } from "../../document/report-document";
import { viSelftest } from "../../strings/vi-selftest";
import type { PaneSession } from "../session/session";

export type StepId = "scratch" | "insert" | "fill" | "read" | "check" | "typed" | "conflict";

export interface StepResult {
  readonly id: StepId;
  readonly ok: boolean;
  readonly ms: number;
  /** Round trips to Word in this step (null outside Word). */
  readonly syncs: number | null;
  readonly detail: string;
}

export interface SelfTestOutcome {
  readonly ok: boolean;
  readonly steps: readonly StepResult[];
}

/** A "Trong đó" block that adds up (3.1.3 = 3.1.3.a + 3.1.3.b), a percentage, a part under its whole. */
export const SELF_TEST_VALUES: Readonly<Record<string, string>> = { "3.1.3": "65", "3.1.3.a": "60", "3.1.3.b": "5", "3.4.1": "98,4", "1.1.1": "35", "1.1.2": "21" };

export function selfTestData(template: Template): ReportData {
  return {
    template: template.id,
    agency: { name: "Cơ quan tự kiểm tra", level: "tinh" },
    period: { year: 2026, kind: "6-thang" },
    values: {},
    header: { "co-quan-ban-hanh": "Cơ quan tự kiểm tra", "nguoi-ky": "Người tự kiểm tra" },
  };
}

class StepFailed extends Error {}
const expect = (condition: boolean, what: string) => {
  if (!condition) throw new StepFailed(viSelftest.details.unexpected(what));
};
const d = viSelftest.details;

export async function runSelfTest(session: PaneSession, template: Template, onStep: (r: StepResult) => void = () => undefined): Promise<SelfTestOutcome> {
  const steps: StepResult[] = [];
  let doc: ReportDocument | null = session.document();
  const step = async (id: StepId, body: () => Promise<string>): Promise<boolean> => {
    const syncsBefore = session.diagnostics.syncs();
    const t0 = performance.now();
    let ok = true;
    let detail: string;
    try {
      detail = await body();
    } catch (e) {
      ok = false;
      detail = e instanceof Error ? e.message : String(e);
    }
    const syncsAfter = session.diagnostics.syncs();
    const result = { id, ok, ms: Math.round(performance.now() - t0), syncs: syncsBefore === null || syncsAfter === null ? null : syncsAfter - syncsBefore, detail };
    steps.push(result);
    onStep(result);
    return ok;
  };
  const data = selfTestData(template);
  const codes = Object.keys(SELF_TEST_VALUES);

  const all =
    (await step("scratch", async () => {
      if (session.diagnostics.scratch === "new") return d.scratchNew;
      if (!doc || !(await doc.isBlank())) throw new StepFailed(d.needBlank);
      return d.scratchBlank;
    })) &&
    (await step("insert", async () => {
      await session.createReport(template, data);
      doc = session.document();
      const read = await doc!.read(template);
      expect(read.missing.length === 0 && read.data?.template === template.id, `thiếu ${read.missing.length} ô`);
      return d.inserted(read.present.size);
    })) &&
    (await step("fill", async () => {
      const result = await doc!.fillValues(template, SELF_TEST_VALUES);
      expect(result.written.length === codes.length && result.conflicts.length === 0, `đã điền ${result.written.length}/${codes.length}`);
      return d.filled(result.written.length);
    })) &&
    (await step("read", async () => {
      const read = await doc!.read(template);
      const wrong = codes.filter((c) => read.values[c] !== SELF_TEST_VALUES[c]);
      expect(wrong.length === 0 && read.disagreements.length === 0, `ô ${wrong.join(", ")} đọc lại khác`);
      return d.readBack(codes.length);
    })) &&
    (await step("check", async () => {
      const read = await doc!.read(template);
      const issues = validate(template, read.data!);
      const onFilled = issues.filter((i) => i.severity === "error" && codes.includes(i.target ?? ""));
      expect(onFilled.length === 0, onFilled.map((i) => i.message).join(" "));
      return d.checked(issues.filter((i) => i.severity === "error").length, issues.filter((i) => i.severity === "warning").length);
    })) &&
    (await step("typed", async () => {
      await session.diagnostics.typeAsOfficer("cchc:value:3.1.3", "70");
      const read = await doc!.read(template);
      expect(read.values["3.1.3"] === "70" && read.disagreements.some((x) => x.target === "3.1.3" && x.inDocument === "70"), "không nhận ra số đã gõ");
      return d.typed;
    })) &&
    (await step("conflict", async () => {
      const result = await doc!.fillValues(template, { "3.1.3": "2.027" });
      const read = await doc!.read(template);
      expect(result.written.length === 0 && result.conflicts.some((c) => c.code === "3.1.3" && c.inDocument === "70") && read.values["3.1.3"] === "70", "số đã gõ bị ghi đè");
      return d.kept;
    }));
  return { ok: all, steps };
}

/** The text an officer copies and sends back: the host, then each step. */
export function selfTestReport(session: PaneSession, outcome: SelfTestOutcome): string {
  const t = viSelftest;
  const failed = outcome.steps.find((s) => !s.ok);
  const lines = [outcome.ok ? t.pass : t.fail(t.steps[failed?.id ?? "scratch"]), t.host(session.diagnostics.describeHost())];
  for (const s of outcome.steps) lines.push(`${s.ok ? "✓" : "✗"} ${t.steps[s.id]} — ${t.cost(s.ms, s.syncs)} — ${s.detail}`);
  return lines.join("\n");
}
