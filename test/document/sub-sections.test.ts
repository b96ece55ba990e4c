/**
 * A reform area written in sub-sections a), b), c)… as seeds 002 and 003 write them (issue #12):
 * offered in every report, each optional; the area is written as a whole or in its parts, and the
 * part left unused is taken out ("Bỏ mục này") — on both renderers, through the same layout plan.
 */
import type { ReportData } from "../../src/core/model/report-data";
import { areaMembers, leafSections, outlineFor } from "../../src/core/outline";
import { validate } from "../../src/core/validation/engine";
import { documentIssues } from "../../src/document/controls";
import { planReport } from "../../src/document/plan/build-plan";
import { seed002Full, tk7 } from "./docx-helpers";
import { bothRenderers } from "./both-renderers";

/** Seed 002, 1. Cải cách thể chế, a) and b) as printed. */
const A_THE_CHE =
  "Xây dựng và ban hành Kế hoạch số 267/KH-SKHCN ngày 17/3/2021 về kế hoạch kiểm tra, xử lý và rà soát, hệ thống hóa văn bản quy phạm pháp luật năm 2021 và tiến hành rà soát, kịp thời thể chế hóa và tổ chức triển khai thực hiện theo thẩm quyền các cơ chế, chính sách của Trung ương, chủ trương của Tỉnh ủy, HĐND tỉnh, UBND tỉnh và Chủ tịch UBND tỉnh.";
/** Seed 002, 2. Cải cách TTHC, a) as printed. */
const A_TTHC =
  "Xây dựng và ban hành Kế hoạch kiểm soát thủ tục hành chính năm 2021 (Quyết định số 24/QĐ-SKHCN ngày 25/02/2021); Kế hoạch số 246/KH-SKHCN ngày 12/3/2021 về truyền thông hoạt động kiểm soát thủ tục hành chính năm 2021 của Sở Khoa học và Công nghệ.";

/** Seed 002 with no body text yet: every area and sub-section is offered. */
const blank = (): ReportData => ({ ...seed002Full(), sections: {} });

describe("the outline", () => {
  it("a report's thể chế, TTHC and công vụ carry the seeds' sub-sections a)…; the other areas and the plan none", () => {
    const report = outlineFor({ year: 2021, kind: "6-thang" });
    const parts = (id: string) => areaMembers(report, id).filter((s) => s.id !== id);
    expect(parts("II.1").map((s) => `${s.label} ${s.heading}`)).toEqual([
      "a) Công tác xây dựng, thẩm định và ban hành văn bản quy phạm pháp luật",
      "b) Công tác kiểm tra, rà soát văn bản quy phạm pháp luật",
      "c) Công tác theo dõi thi hành pháp luật",
    ]);
    expect(parts("II.2").map((s) => s.label)).toEqual(["a)", "b)", "c)", "d)", "đ)"]);
    expect(parts("II.4").map((s) => s.heading)).toContain("Kỷ luật, kỷ cương hành chính");
    expect(parts("II.3")).toEqual([]);
    expect(parts("II.2").every((s) => s.optional && s.partOf === "II.2")).toBe(true);
    const plan = outlineFor({ year: 2021, kind: "ke-hoach" });
    expect(leafSections(plan).filter((s) => s.partOf)).toEqual([]);
  });
});

describe("written in parts or as a whole", () => {
  const withSections = (sections: Record<string, string>): ReportData => ({ ...seed002Full(), sections: { ...seed002Full().sections, ...sections } });
  const sectionErrors = (data: ReportData) =>
    validate(tk7, data, { mode: "final" })
      .filter((i) => i.rule === "section" && i.severity === "error")
      .map((i) => i.target);

  it("seed 002's thể chế written in a) only is written: no error for 1.; with nothing in it nor in its parts, 1. is an error before signing", () => {
    expect(sectionErrors(withSections({ "II.1.1": A_THE_CHE }))).not.toContain("II.1");
    expect(sectionErrors(withSections({ "II.1": "Sở đã rà soát 12 văn bản." }))).not.toContain("II.1");
    expect(sectionErrors(withSections({}))).toContain("II.1");
  });

  it("a new report offers every sub-section under its area's heading; given the text of a) (cchc new --data), the document holds what is written, nothing to take out; read back on both renderers", async () => {
    const headingsOf = (data: ReportData) =>
      planReport({ template: tk7, data }).blocks.flatMap((b) =>
        b.type === "paragraph" ? b.runs.flatMap((r) => (r.control?.tag.startsWith("cchc:heading:II.1") ? [[b.role, r.control.text]] : [])) : [],
      );
    expect(headingsOf(blank())).toEqual([
      ["heading2", "1. Cải cách thể chế"],
      ["heading3", "a) Công tác xây dựng, thẩm định và ban hành văn bản quy phạm pháp luật"],
      ["heading3", "b) Công tác kiểm tra, rà soát văn bản quy phạm pháp luật"],
      ["heading3", "c) Công tác theo dõi thi hành pháp luật"],
    ]);
    const data = withSections({ "II.1.1": A_THE_CHE, "II.2.1": A_TTHC });
    expect(headingsOf(data)).toEqual([
      ["heading2", "1. Cải cách thể chế"],
      ["heading3", "a) Công tác xây dựng, thẩm định và ban hành văn bản quy phạm pháp luật"],
    ]);
    for (const [name, doc] of await bothRenderers(data)) {
      const read = await doc.read(tk7);
      expect([name, read.sections["II.1.1"], read.sections["II.2.1"], read.sections["II.1"]]).toEqual([name, A_THE_CHE, A_TTHC, undefined]);
      // II.2 was given as a whole and in a): both kept; its other parts and II.1's own text were not made.
      expect([...read.present].filter((t) => /^cchc:section:II\.[12]\b/.test(t))).toEqual(["cchc:section:II.1.1", "cchc:section:II.2", "cchc:section:II.2.1"]);
      expect(read.missing).toEqual([]);
      expect(documentIssues(read, "final").filter((i) => i.rule === "section" && /^II\.[12]\b/.test(i.target ?? ""))).toEqual([]);
    }
  });

  it("a sự nghiệp unit does not report thể chế: its sub-sections are not printed", () => {
    const data: ReportData = { ...blank(), agency: { name: "Trường Cao đẳng Kỹ thuật Công nghệ Nha Trang", level: "su-nghiep" } };
    const tags = planReport({ template: tk7, data }).blocks.flatMap((b) => (b.type === "control" ? [b.control.tag] : []));
    expect(tags.filter((t) => t.startsWith("cchc:section:II.1"))).toEqual([]);
    expect(tags).toContain("cchc:section:II.2.1");
  });
});

describe("taking out the part not used", () => {
  it("written in parts: the area's own text goes alone (its heading stays over a), b), c)); the unused parts go; the last one stays", async () => {
    for (const [name, doc] of await bothRenderers(blank())) {
      await doc.fillSections(tk7, { "II.1.1": A_THE_CHE });
      expect([name, await doc.removeSection(tk7, "II.1")]).toEqual([name, { status: "remove", tags: ["cchc:section:II.1"] }]);
      expect(await doc.removeSection(tk7, "II.1")).toEqual({ status: "refused", reason: "absent" });
      expect(await doc.removeSection(tk7, "II.1.2")).toEqual({ status: "remove", tags: ["cchc:heading:II.1.2", "cchc:section:II.1.2"] });
      expect(await doc.removeSection(tk7, "II.1.3")).toEqual({ status: "remove", tags: ["cchc:heading:II.1.3", "cchc:section:II.1.3"] });
      // a) holds the officer's text; and it is the last of the area: either way it stays.
      expect(await doc.removeSection(tk7, "II.1.1")).toEqual({ status: "refused", reason: "has-text" });
      const read = await doc.read(tk7);
      expect(read.present.has("cchc:heading:II.1")).toBe(true);
      expect(read.sections["II.1.1"]).toBe(A_THE_CHE);
      expect(read.missing).toEqual([]);
      const errors = validate(tk7, read.data!, { mode: "final" }).filter((i) => i.rule === "section" && i.target?.startsWith("II.1"));
      expect([name, errors]).toEqual([name, []]);
    }
  });

  it("written as a whole (seed 000's way): the parts go, one click each; the area's text cannot go once it is the last", async () => {
    const { "II.2": whole, ...others } = seed002Full().sections!;
    for (const [name, doc] of await bothRenderers({ ...seed002Full(), sections: others })) {
      for (const id of ["II.2.1", "II.2.2", "II.2.3", "II.2.4", "II.2.5"]) expect([name, id, (await doc.removeSection(tk7, id)).status]).toEqual([name, id, "remove"]);
      let read = await doc.read(tk7);
      expect([...read.present].filter((t) => t.startsWith("cchc:section:II.2"))).toEqual(["cchc:section:II.2"]);
      expect(await doc.removeSection(tk7, "II.2")).toEqual({ status: "refused", reason: "last-part" });
      await doc.fillSections(tk7, { "II.2": whole });
      read = await doc.read(tk7);
      expect(read.sections["II.2"]).toBe(whole);
      expect(validate(tk7, read.data!, { mode: "final" }).filter((i) => i.rule === "section" && i.target?.startsWith("II.2"))).toEqual([]);
    }
  });
});

describe("before signing", () => {
  it("a part left unwritten in the document would print its guidance line: an error before signing until it is written or taken out", async () => {
    for (const [name, doc] of await bothRenderers(blank())) {
      await doc.fillSections(tk7, { "II.1.1": A_THE_CHE, "II.2": seed002Full().sections!["II.2"] });
      const errors = async () => {
        const read = await doc.read(tk7);
        return documentIssues(read, "final")
          .filter((i) => i.rule === "section" && i.severity === "error")
          .map((i) => i.target);
      };
      // II.1's own text, b) and c) print their guidance; II.2 is written as a whole, its parts too would print; III–V likewise.
      // II.4 (công vụ) has nothing written in it nor in its parts: the section rule's one error for the area, not one per part.
      expect([name, await errors()]).toEqual([name, ["II.1", "II.1.2", "II.1.3", "II.2.1", "II.2.2", "II.2.3", "II.2.4", "II.2.5", "III", "IV", "V"]]);
      for (const id of ["II.1", "II.1.2", "II.1.3", "II.2.1", "II.2.2", "II.2.3", "II.2.4", "II.2.5", "III", "IV", "V"]) await doc.removeSection(tk7, id);
      expect([name, await errors()]).toEqual([name, []]);
      const read = await doc.read(tk7);
      expect(
        validate(tk7, read.data!, { mode: "final" })
          .filter((i) => i.rule === "section" && i.severity === "error")
          .map((i) => i.target),
      ).toEqual(["I.1", "I.2", "I.3", "II.3", "II.4", "II.5", "II.6"]);
      // Nothing is said while drafting.
      expect(documentIssues(await doc.read(tk7), "draft").filter((i) => i.rule === "section")).toEqual([]);
    }
  });
});
