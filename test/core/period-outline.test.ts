import { allSections, leafSections, outlineFor } from "../../src/core/outline";
import { dateParts, isRealDate, parseSigningDate, periodInfo } from "../../src/core/period";

describe("periods (Nghị định 09/2019/NĐ-CP cut-off windows)", () => {
  it.each([
    ["quy-1", 2022, "Quý I năm 2022", { year: 2021, month: 12, day: 15 }, { year: 2022, month: 3, day: 14 }],
    ["6-thang", 2021, "6 tháng đầu năm 2021", { year: 2020, month: 12, day: 15 }, { year: 2021, month: 6, day: 14 }],
    ["quy-3", 2022, "Quý III năm 2022", { year: 2022, month: 6, day: 15 }, { year: 2022, month: 9, day: 14 }],
    ["9-thang", 2022, "9 tháng đầu năm 2022", { year: 2021, month: 12, day: 15 }, { year: 2022, month: 9, day: 14 }],
    ["nam", 2021, "năm 2021", { year: 2020, month: 12, day: 15 }, { year: 2021, month: 12, day: 14 }],
  ] as const)("%s %d: %s, %o – %o", (kind, year, title, from, to) => {
    const info = periodInfo({ kind, year });
    expect(info.title).toBe(title);
    expect(info.cutoff).toEqual({ from, to });
  });

  it("seed 002 states its own window: từ ngày 15/12/2020 đến ngày 14/6/2021", () => {
    expect(periodInfo({ kind: "6-thang", year: 2021 }).cutoff).toEqual({
      from: { year: 2020, month: 12, day: 15 },
      to: { year: 2021, month: 6, day: 14 },
    });
  });

  it("names the next period for 'phương hướng, nhiệm vụ'", () => {
    expect(periodInfo({ kind: "quy-1", year: 2021 }).next).toBe("Quý II năm 2021");
    expect(periodInfo({ kind: "nam", year: 2021 }).next).toBe("năm 2022");
    expect(periodInfo({ kind: "ke-hoach", year: 2021 }).cutoff).toBeNull();
  });

  it("reads signing dates, with the day left blank in a draft", () => {
    expect(parseSigningDate("15/3/2021")).toEqual({ status: "ok", year: 2021, month: 3, day: 15 });
    expect(parseSigningDate("2021-06-15")).toEqual({ status: "ok", year: 2021, month: 6, day: 15 });
    expect(parseSigningDate("/6/2021")).toEqual({ status: "ok", year: 2021, month: 6, day: undefined });
    expect(parseSigningDate("15 tháng 3")).toEqual({ status: "malformed" });
    expect(isRealDate({ year: 2021, month: 2, day: 29 })).toBe(false);
    expect(isRealDate({ year: 2024, month: 2, day: 29 })).toBe(true);
  });

  it("writes day and month as Nghị định 30 does (ngày 05 tháng 02; tháng 3)", () => {
    expect(dateParts({ day: 5, month: 2 })).toEqual({ day: "05", month: "02" });
    expect(dateParts({ day: 15, month: 3 })).toEqual({ day: "15", month: "3" });
  });
});

describe("outlines", () => {
  it("a quarterly report: I (3 parts), II by the six reform areas, III khó khăn, IV, V", () => {
    const o = outlineFor({ kind: "quy-1", year: 2021 });
    expect(o.kyHieuType).toBe("BC");
    expect(o.trichYeu).toBe("Kết quả thực hiện công tác cải cách hành chính Quý I năm 2021 và nhiệm vụ Quý II năm 2021");
    expect(leafSections(o).map((s) => s.id)).toEqual([
      "I.1",
      "I.2",
      "I.3",
      ...["II.1", "II.1.1", "II.1.2", "II.1.3"],
      ...["II.2", "II.2.1", "II.2.2", "II.2.3", "II.2.4", "II.2.5"],
      "II.3",
      ...["II.4", "II.4.1", "II.4.2", "II.4.3", "II.4.4"],
      "II.5",
      "II.6",
      "III",
      "IV",
      "V",
    ]);
    // The areas; the sub-sections a), b)… follow their area (test/document/sub-sections.test.ts).
    expect(o.sections[1].children.filter((s) => !s.partOf).map((s) => s.heading)).toEqual([
      "Cải cách thể chế",
      "Cải cách thủ tục hành chính",
      "Cải cách tổ chức bộ máy hành chính nhà nước",
      "Cải cách chế độ công vụ",
      "Cải cách tài chính công",
      "Xây dựng và phát triển chính quyền điện tử, chính quyền số",
    ]);
    expect(o.sections[3].heading).toBe("PHƯƠNG HƯỚNG, NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH QUÝ II NĂM 2021");
  });

  it("III is Khó khăn, vướng mắc after a quarter and a half-year (seeds 000, 003); the year's report reviews the year in III.1 and III.2", () => {
    for (const kind of ["quy-1", "6-thang", "quy-3", "9-thang"] as const) {
      const iii = outlineFor({ kind, year: 2021 }).sections[2];
      expect([iii.id, iii.heading, iii.children.length]).toEqual(["III", "KHÓ KHĂN, VƯỚNG MẮC", 0]);
    }
    const ids = leafSections(outlineFor({ kind: "nam", year: 2021 })).map((s) => s.id);
    expect(ids).toEqual(expect.arrayContaining(["III.1", "III.2"]));
  });

  it("III, IV and V are optional (seed 002 has none of them, seed 000 no V); I and II are not, but for the sub-sections a), b)… and the areas written in them; the plan has no optional section", () => {
    const o = outlineFor({ kind: "6-thang", year: 2021 });
    const optional = (kind: "6-thang" | "nam") =>
      allSections(outlineFor({ kind, year: 2021 }))
        .filter((s) => s.optional && !s.partOf && !s.parts)
        .map((s) => s.id);
    expect(optional("6-thang")).toEqual(["III", "IV", "V"]);
    expect(optional("nam")).toEqual(["III", "III.1", "III.2", "IV", "V"]);
    expect(
      allSections(o)
        .filter((s) => s.parts)
        .map((s) => s.id),
    ).toEqual(["II.1", "II.2", "II.4"]);
    expect(allSections(outlineFor({ kind: "ke-hoach", year: 2021 })).some((s) => s.optional)).toBe(false);
  });

  it("the reform areas offer the points the seeds write (a), b), c)) as sub-sections, and their placeholders say so", () => {
    const ii = outlineFor({ kind: "6-thang", year: 2021 }).sections[1].children;
    const tthc = ii.find((s) => s.id === "II.2")!;
    expect(tthc.placeholder).toContain("viết chung tại đây, hoặc theo từng mục a), b)… dưới đây");
    expect(
      ii
        .filter((s) => s.partOf === "II.2")
        .map((s) => `${s.label} ${s.heading}`)
        .slice(0, 2),
    ).toEqual(["a) Kiểm soát việc ban hành thủ tục hành chính", "b) Công bố, công khai thủ tục hành chính"]);
    expect(ii.find((s) => s.id === "II.1.3")?.heading).toBe("Công tác theo dõi thi hành pháp luật");
  });

  it("Cải cách thể chế is not written by a đơn vị sự nghiệp (seed 003)", () => {
    const theChe = outlineFor({ kind: "6-thang", year: 2021 }).sections[1].children[0];
    expect(theChe.levels).not.toContain("su-nghiep");
    expect(theChe.notReportedText).toBe("(đơn vị sự nghiệp không báo cáo)");
  });

  it("the annual plan follows seed 004: mục tiêu, nhiệm vụ by area, phân công (phụ lục), tổ chức thực hiện", () => {
    const o = outlineFor({ kind: "ke-hoach", year: 2021 });
    expect(o.kyHieuType).toBe("KH");
    expect(o.trichYeu).toBe("Thực hiện cải cách hành chính năm 2021");
    expect(o.sections.map((s) => s.id)).toEqual(["I", "II", "III", "IV"]);
    expect(o.sections[1].children).toHaveLength(7);
    expect(o.sections[1].children[6].heading).toBe("Công tác chỉ đạo, điều hành");
    expect(o.sections[2].fixedText).toBe("(theo phụ lục đính kèm)");
  });
});
