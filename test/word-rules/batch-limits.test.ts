import { dataAsShown } from "../../src/document/controls";
import { planReport } from "../../src/document/plan/build-plan";
import { WordReportDocument } from "../../src/document/word/word-document";
import { fullReport } from "../../scripts/bench";
import { template } from "../helpers";
import { DEFAULT_LIMITS } from "../word-fake/context";
import { fakeWord } from "../word-fake/fake-word";
import { logicalFromFake } from "../word-fake/logical";
import { run } from "./setup";

const within = (perSync: { ops: number; payloadBytes: number }[]) => perSync.every((s) => s.ops <= DEFAULT_LIMITS.maxOpsPerSync && s.payloadBytes <= DEFAULT_LIMITS.maxPayloadBytesPerSync);

/** A full report of a template: every value row filled. */
function full(id: string) {
  const t = template(id);
  const raw = fullReport(t);
  const data = dataAsShown(t, { ...raw, period: id === "tk-2-cap-2025" ? { year: 2026, kind: "nam" } : raw.period });
  return { t, data };
}

describe("[batch-limits]", () => {
  describe("fake enforces", () => {
    it("refuses a sync of more than 1,000 operations", async () => {
      const fake = fakeWord();
      await expect(
        run(fake, async (context) => {
          for (let i = 0; i < 1001; i++) context.document.body.insertParagraph(`dòng ${i}`, "End");
          await context.sync();
        }),
      ).rejects.toThrow(/1001 operations in one sync/);
    });

    it("refuses a sync carrying more than 1 MB", async () => {
      const fake = fakeWord();
      await expect(
        run(fake, async (context) => {
          context.document.body.insertParagraph("x".repeat(1024 * 1024), "End");
          await context.sync();
        }),
      ).rejects.toThrow(/bytes in one sync/);
    });
  });

  describe("renderer passes", () => {
    it("inserts, fills and reads a full report of every built-in template within 1,000 operations and 1 MB per sync", async () => {
      for (const id of ["tk-khanh-hoa-2021", "tk-7-linh-vuc-2021", "tk-2-cap-2025", "kh-phan-cong-2021"]) {
        const { t, data } = full(id);
        const fake = fakeWord();
        const doc = new WordReportDocument(fake.host);
        const empty = { ...data, values: {} };
        await doc.insertReport(planReport({ template: t, data: empty }), empty);
        await doc.fillValues(t, data.values);
        const read = await doc.read(t);
        expect(read.values).toEqual(data.values);
        expect(within(fake.stats.perSync)).toBe(true);
      }
    });

    it("needs as many syncs for 160 rows as for 121: the count does not grow with the rows", async () => {
      const counts = [];
      for (const id of ["tk-khanh-hoa-2021", "tk-7-linh-vuc-2021"]) {
        const { t, data } = full(id);
        const fake = fakeWord();
        const doc = new WordReportDocument(fake.host);
        const empty = { ...data, values: {} };
        let before = fake.stats.syncs;
        await doc.insertReport(planReport({ template: t, data: empty }), empty);
        const insert = fake.stats.syncs - before;
        before = fake.stats.syncs;
        await doc.fillValues(t, data.values);
        const fill = fake.stats.syncs - before;
        before = fake.stats.syncs;
        await doc.read(t);
        counts.push([insert, fill, fake.stats.syncs - before]);
      }
      expect(counts[0]).toEqual(counts[1]);
    });

    it("inserts a report in several syncs when it is over one insert's budget, telling the progress", async () => {
      const { t, data } = full("tk-7-linh-vuc-2021");
      const fake = fakeWord();
      const progress: [number, number][] = [];
      await new WordReportDocument(fake.host, { maxInsertBytes: 256 * 1024 }).insertReport(planReport({ template: t, data }), data, { onProgress: (d, n) => progress.push([d, n]) });
      expect(progress).toEqual([
        [1, 2],
        [2, 2],
      ]);
      const one = fakeWord();
      await new WordReportDocument(one.host).insertReport(planReport({ template: t, data }), data);
      expect(logicalFromFake(fake.model)).toEqual(logicalFromFake(one.model));
    });

    it("leaves the document as it was when an insert fails half-way", async () => {
      const { t, data } = full("tk-7-linh-vuc-2021");
      // Sync 1 finds where to insert, sync 2 inserts the first package, sync 3 (the second package) is lost.
      const fake = fakeWord({ failAtSync: 3 });
      const before = logicalFromFake(fake.model);
      const doc = new WordReportDocument(fake.host, { maxInsertBytes: 256 * 1024 });
      await expect(doc.insertReport(planReport({ template: t, data }), data)).rejects.toThrow(/văn bản vẫn như trước khi chèn.*connection to Word was lost/);
      expect(logicalFromFake(fake.model)).toEqual(before);
      expect(fake.model.xmlParts).toEqual([]);
    });
  });
});
