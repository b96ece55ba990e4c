import { builtInTemplate, builtInTemplates, templateFromJsonText } from "../../src/core/templates/registry";
import { labelFor, TemplateError } from "../../src/core/model/template";

const get = (id: string) => {
  const t = builtInTemplate(id);
  if (!t) throw new Error(`no template ${id}`);
  return t;
};

describe("built-in templates", () => {
  it("print their appendix as the seeds do: Khánh Hòa without Ghi chú, seed 002 with Cơ quan chủ trì before Ghi chú, the plan landscape", () => {
    const titles = (id: string) => builtInTemplate(id)!.data.appendix.columns!.map((c) => (c.group ? `${c.group}/${c.title}` : c.title));
    expect(titles("tk-khanh-hoa-2021")).toEqual([
      "STT",
      "Chỉ tiêu thống kê\n(Sử dụng trong kỳ báo cáo hàng quý, 6 tháng, năm)",
      "Kết quả thống kê/Đơn vị tính",
      "Kết quả thống kê/Số liệu",
      "Đơn vị thực hiện",
    ]);
    expect(titles("tk-7-linh-vuc-2021")).toEqual(["STT", "Chỉ tiêu thống kê", "Kết quả thống kê/Đơn vị tính", "Kết quả thống kê/Số liệu", "Cơ quan chủ trì thống kê báo cáo", "Ghi chú"]);
    expect(titles("kh-phan-cong-2021").slice(0, 5)).toEqual(["Nhiệm vụ chung", "Nhiệm vụ cụ thể", "Sản phẩm", "Đơn vị chủ trì", "Đơn vị phối hợp"]);
    expect(builtInTemplate("kh-phan-cong-2021")!.data.appendix).toMatchObject({ orientation: "landscape", titleYear: true });
    expect(builtInTemplate("tk-khanh-hoa-2021")!.data.appendix.titleAt).toBe(true);
  });

  it("every template loads, validates and has an id and a version", () => {
    const ids = builtInTemplates().map((t) => `${t.id}@${t.version}`);
    expect(ids).toEqual(["tk-khanh-hoa-2021@1.0.0", "tk-7-linh-vuc-2021@1.0.0", "tk-2-cap-2025@1.0.0", "kh-phan-cong-2021@1.0.0", "bang-ho-so-tthc@1.0.0"]);
  });

  describe("tk-7-linh-vuc-2021 (seed 002)", () => {
    const t = get("tk-7-linh-vuc-2021");
    it("3.1.3 Tổng số TTHC đang có hiệu lực, in Thủ tục, with children a/b/c summed", () => {
      const row = t.get("3.1.3")!;
      expect(row.label).toBe("Tổng số TTHC đang có hiệu lực");
      expect(row.unit).toBe("Thủ tục");
      expect(row.kind).toBe("count");
      expect(row.children).toEqual(["3.1.3.a", "3.1.3.b", "3.1.3.c"]);
      expect(t.get("3.1.3.c")!.label).toBe("Số TTHC cấp xã");
      expect(t.relations).toContainEqual({ type: "sum", basis: "form", total: "3.1.3" });
    });
    it("1.4.2 is coded Trực tuyến = 0 / Phát phiếu = 1 / Kết hợp = 2", () => {
      expect(t.get("1.4.2")!.kind).toBe("coded");
      expect(t.get("1.4.2")!.options).toEqual([
        { value: 0, label: "Trực tuyến" },
        { value: 1, label: "Phát phiếu" },
        { value: 2, label: "Kết hợp" },
      ]);
    });
    it("4.3.1 counts Người; 5.1.1 is a fraction as written 02/02", () => {
      expect(t.get("4.3.1")!.unit).toBe("Người");
      expect(t.get("5.1.1")!.kind).toBe("fraction");
    });
    it("the rows under 1.2 are 1.2.1–1.2.4, not the seed's repeated 1.1.x", () => {
      expect(t.get("1.2")!.children).toEqual(["1.2.1", "1.2.2", "1.2.3", "1.2.4"]);
      expect(t.get("1.2.4")!.label).toBe("Số vấn đề phát hiện đã xử lý xong");
    });
    it("1.2.2 reads differently for a sở and for a district", () => {
      const row = t.get("1.2.2")!;
      expect(labelFor(row, "tinh")).toBe("Số UBND cấp huyện đã kiểm tra");
      expect(labelFor(row, "huyen")).toBe("Số UBND cấp xã đã kiểm tra");
      expect(row.levels).toEqual(["tinh", "huyen"]);
    });
    it("areas are inherited from the top-level rows", () => {
      expect(t.get("7.6.2.a")!.area).toBe("chinh-quyen-dien-tu");
      expect(t.get("2.3")!.area).toBe("the-che");
      expect(t.get("2.3")!.levels).not.toContain("su-nghiep");
    });
    it("6.1–6.5 are cumulative (lũy kế)", () => {
      expect(["6.1", "6.2", "6.3", "6.4", "6.5"].every((c) => t.get(c)!.cumulative)).toBe(true);
    });
  });

  describe("tk-khanh-hoa-2021 (seeds 000, 003)", () => {
    const t = get("tk-khanh-hoa-2021");
    it("unnumbered '-' rows get the parent code plus a letter", () => {
      expect(t.get("4.3")!.children).toEqual(["4.3.a", "4.3.b", "4.3.c", "4.3.d"]);
      expect(t.get("4.3.a")!.label).toBe("Tổng số người làm việc được giao");
      expect(t.get("4.3.b")!.label).toBe("Tổng số người làm việc có mặt");
      expect(t.get("3.4.7.3.b")!.kind).toBe("money");
      expect(t.get("3.4.7.3.b")!.unit).toBe("Đồng");
    });
    it("has its Đơn vị thực hiện column", () => {
      expect(t.data.columns).toEqual([{ id: "don-vi-thuc-hien", title: "Đơn vị thực hiện" }]);
      expect(t.get("4.1.4.c")!.cells["don-vi-thuc-hien"]).toBe("UBND cấp huyện báo cáo");
    });
    it("Cải cách thể chế is not reported by a đơn vị sự nghiệp (seed 003)", () => {
      expect(t.get("2")!.levels).not.toContain("su-nghiep");
      expect(t.get("2.1")!.levels).not.toContain("su-nghiep");
    });
  });

  describe("tk-2-cap-2025", () => {
    const t = get("tk-2-cap-2025");
    it("says it is derived from tk-7-linh-vuc-2021 and has no district level or rows", () => {
      expect(t.data.description).toContain("tk-7-linh-vuc-2021");
      expect(t.data.levels).toEqual(["tinh", "xa", "su-nghiep"]);
      expect(t.data.validFrom).toBe("2025-07-01");
      const district = t.rows.filter((r) => /cấp huyện|UBND huyện/.test(r.label));
      expect(district.map((r) => r.code)).toEqual([]);
      expect(t.get("3.1.3")!.children.map((c) => t.get(c)!.label)).toEqual(["Số TTHC cấp tỉnh", "Số TTHC cấp xã"]);
    });
  });

  describe("kh-phan-cong-2021 (seed 004)", () => {
    const t = get("kh-phan-cong-2021");
    const tasks = t.rows.filter((r) => r.parent === null);
    it("has tasks 1–50 in order under the seven areas", () => {
      expect(tasks.map((r) => r.code)).toEqual(Array.from({ length: 50 }, (_, i) => String(i + 1)));
      expect(new Set(tasks.map((r) => r.area)).size).toBe(7);
      expect(t.get("10")!.area).toBe("the-che");
      expect(t.get("50")!.area).toBe("chinh-quyen-dien-tu");
    });
    it("every task has its lead unit", () => {
      const lead = (c: string) => t.get(c)!.cells["don-vi-chu-tri"];
      expect(tasks.every((r) => (r.cells["don-vi-chu-tri"] ?? "").length > 0)).toBe(true);
      expect(lead("1")).toBe("Phòng TCCB");
      expect(lead("10")).toBe("Chuyên viên phụ trách pháp chế");
      expect(lead("19")).toBe("Các phòng CM, NV có TTHC");
      expect(lead("40")).toBe("Tổ CNTT");
      expect(t.get("50")!.cells["don-vi-phoi-hop"]).toBe("Thư ký ISO");
    });
    it("keeps measurable targets", () => {
      expect(t.get("19")!.targets).toEqual([{ text: "từ 95% trở lên", op: ">=", value: 95, unit: "%" }]);
      expect(t.get("10")!.targets[0]).toMatchObject({ op: "=", value: 100, unit: "%" });
      expect(t.get("42")!.targets).toHaveLength(3);
    });
  });

  describe("bang-ho-so-tthc (seed 002 text)", () => {
    const t = get("bang-ho-so-tthc");
    it("declares its two sums over the dossiers received", () => {
      expect(t.relations).toEqual([
        { type: "sum", basis: "form", total: "1" },
        { type: "sum", basis: "form", total: "1", parts: ["2.1", "2.2", "2.3", "2.4", "2.5"] },
      ]);
    });
  });
});

describe("templates from a user's file", () => {
  const minimal = {
    id: "thu-nghiem",
    version: "1.0.0",
    title: "Thử",
    description: "Mẫu thử",
    layout: "statistics",
    kinds: ["nam"],
    levels: ["xa"],
    appendixLabel: "Phụ lục",
    appendixTitle: "THỬ",
    rows: [
      { code: "1", label: "Nhóm", group: true, area: "the-che" },
      { code: "1.1", label: "Số văn bản", unit: "Văn bản" },
    ],
  };
  it("loads JSON of the same shape", () => {
    const t = templateFromJsonText(JSON.stringify(minimal));
    expect(t.get("1.1")!.area).toBe("the-che");
    expect(t.get("1.1")!.levels).toEqual(["xa"]);
  });
  it("reports every problem at once, by row", () => {
    const bad = {
      ...minimal,
      rows: [...minimal.rows, { code: "2.1", label: "Mồ côi" }, { code: "1.1", label: "Lặp" }, { code: "1.2", label: "Mã", kind: "coded" }],
      relations: [{ type: "sum", total: "9" }],
    };
    try {
      templateFromJsonText(JSON.stringify(bad));
      throw new Error("should not load");
    } catch (e) {
      expect(e).toBeInstanceOf(TemplateError);
      const problems = (e as TemplateError).problems;
      expect(problems).toEqual(expect.arrayContaining(["row 1.1 appears twice", "row 2.1 has no parent row 2", "coded row 1.2 needs options", "relation 1 (sum) names unknown row 9"]));
    }
  });
  it("checks the printed columns an author writes: every value and note has one place, widths add to 100, a group's columns are adjacent", () => {
    const columns = [
      { title: "STT", show: ["stt"], width: 10 },
      { title: "Chỉ tiêu", show: ["label"], width: 50, group: "A" },
      { title: "Đơn vị thực hiện", show: ["cell:don-vi"], width: 20 },
      { title: "Số liệu", show: ["value"], width: 30, group: "A" },
    ];
    try {
      templateFromJsonText(JSON.stringify({ ...minimal, appendix: { columns } }));
      throw new Error("should not load");
    } catch (e) {
      expect((e as TemplateError).problems).toEqual([
        'appendix.columns show "note" 0 times; it must be shown exactly once',
        "appendix.columns show cell:don-vi, but the template has no column don-vi",
        "appendix.columns widths add up to 110, not 100",
        'appendix.columns group "A" is split; its columns must be adjacent',
      ]);
    }
    const good = templateFromJsonText(
      JSON.stringify({
        ...minimal,
        columns: [{ id: "don-vi", title: "Đơn vị" }],
        appendix: { orientation: "landscape", columns: [...columns.slice(0, 2), columns[3], { ...columns[2], show: ["cell:don-vi", "note"], width: 10 }] },
      }),
    );
    expect(good.data.appendix).toMatchObject({ orientation: "landscape", titleAt: false });
  });
  it("refuses an error on a relation the form does not define, and a plausible relation without a reason (issue #13)", () => {
    const bad = { ...minimal, rows: [...minimal.rows, { code: "1.2", label: "Số văn bản đã rà soát", unit: "Văn bản" }], relations: [{ type: "le", parts: ["1.2"], whole: "1.1", severity: "error" }] };
    expect(() => templateFromJsonText(JSON.stringify(bad))).toThrow(TemplateError);
    try {
      templateFromJsonText(JSON.stringify(bad));
    } catch (e) {
      expect((e as TemplateError).problems).toEqual([
        "relation 1 (le) is plausible, not the form's arithmetic: it cannot be an error",
        "relation 1 (le) is plausible and needs a reason the officer reads",
      ]);
    }
    // Where the form prints the parts as parts of the whole, the author says so and it is an error.
    const form = templateFromJsonText(JSON.stringify({ ...bad, relations: [{ type: "le", basis: "form", parts: ["1.2"], whole: "1.1", severity: "error" }] }));
    expect(form.relations[0]).toMatchObject({ basis: "form", severity: "error" });
  });
  it("no built-in template holds an error-severity relation that is not the form's arithmetic; every plausible one has a reason", () => {
    for (const t of builtInTemplates()) {
      for (const rel of t.relations) {
        if (rel.basis === "plausible") {
          expect([t.id, rel.severity ?? "warning", typeof rel.reason]).toEqual([t.id, "warning", "string"]);
        } else expect([t.id, rel.type]).toEqual([t.id, expect.stringMatching(/^(sum|shares)$/)]);
      }
    }
  });
  it("refuses a schema violation with the path of the field", () => {
    expect(() => templateFromJsonText(JSON.stringify({ ...minimal, rows: [{ code: "1.x.", label: "" }] }))).toThrow(/rows\.0\.code/);
    expect(() => templateFromJsonText("{not json")).toThrow("sai cú pháp JSON ở dòng 1, cột 2");
  });
});
