import { searchable } from "../../src/document/word/word-document";
import { run, wordReport } from "./setup";

describe("[search-string-limit]", () => {
  describe("fake enforces", () => {
    it("refuses a search string over 255 characters (SearchStringInvalidOrTooLong), finds words within one paragraph", async () => {
      const { fake } = await wordReport();
      const search = (text: string) =>
        run(fake, async (context) => {
          const controls = context.document.contentControls.load("items/tag");
          await context.sync();
          const section = controls.items.find((c) => c.tag === "cchc:section:II.2")!;
          const found = section.search(text, { matchCase: true });
          found.load("items");
          await context.sync();
          return found.items.length;
        });
      await expect(search("x".repeat(256))).rejects.toMatchObject({ code: "SearchStringInvalidOrTooLong" });
      // seed002Full's II.2 has two paragraphs: "…trễ hẹn 01 hồ sơ." and "Đang xử lý 25 hồ sơ chưa đến hạn."
      expect(await search("trễ hẹn 01 hồ sơ")).toBe(1);
      expect(await search("hồ sơ. Đang xử lý")).toBe(0);
    });
  });

  describe("renderer passes", () => {
    it("cuts what it searches to 255 characters at a word, before any ^", () => {
      const long = `${"đã tiếp nhận hồ sơ ".repeat(20)}^p`;
      const words = searchable(long)!;
      expect(words.length).toBeLessThanOrEqual(255);
      expect(words).not.toContain("^");
      expect(long.startsWith(words)).toBe(true);
      expect(searchable(undefined)).toBeNull();
    });

    it("selects the words inside the section's control, or the control when they are not there", async () => {
      const { fake, doc } = await wordReport();
      expect(await doc.select("cchc:section:II.2", "trễ hẹn 01 hồ sơ")).toBe(true);
      expect(fake.model.cursor).toMatchObject({ kind: "found", text: "trễ hẹn 01 hồ sơ" });
      expect(await doc.select("cchc:section:II.2", "Trong quý III/2020")).toBe(true);
      expect(fake.model.cursor).toMatchObject({ kind: "control" });
    });
  });
});
