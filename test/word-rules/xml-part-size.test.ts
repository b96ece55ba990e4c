import { planReport } from "../../src/document/plan/build-plan";
import { DataPartTooLargeError } from "../../src/document/word/errors";
import { WordReportDocument } from "../../src/document/word/word-document";
import { fakeWord } from "../word-fake/fake-word";
import { run, seedShown, tk7 } from "./setup";

describe("[xml-part-size]", () => {
  describe("fake enforces", () => {
    it("refuses a custom XML part over 1 MB", async () => {
      // A sync may carry more here, so that the part's own limit is what refuses it.
      const fake = fakeWord({ limits: { maxPayloadBytesPerSync: 4 * 1024 * 1024 } });
      await expect(
        run(fake, async (context) => {
          context.document.customXmlParts.add(`<r xmlns="urn:x">${"x".repeat(1024 * 1024)}</r>`);
          await context.sync();
        }),
      ).rejects.toThrow(/over 1 MB/);
    });
  });

  describe("renderer passes", () => {
    it("refuses, before touching the document, a report whose data would be over 1 MB, saying why in Vietnamese", async () => {
      const fake = fakeWord();
      const data = { ...seedShown(), sections: { "II.1": "Rất dài. ".repeat(150_000) } };
      const doc = new WordReportDocument(fake.host);
      await expect(doc.insertReport(planReport({ template: tk7, data }), data)).rejects.toThrow(DataPartTooLargeError);
      await expect(doc.insertReport(planReport({ template: tk7, data }), data)).rejects.toThrow(/Dữ liệu của báo cáo quá lớn để lưu trong văn bản \(\d+ KB/);
      expect(fake.stats.syncs).toBe(0);
    });

    it("writes a full report's data part far below the limit", async () => {
      const fake = fakeWord();
      const data = seedShown();
      await new WordReportDocument(fake.host).insertReport(planReport({ template: tk7, data }), data);
      expect(Buffer.byteLength(fake.model.xmlParts[0].xml)).toBeLessThan(64 * 1024);
    });
  });
});
