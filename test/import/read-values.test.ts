import { ImportError, valuesFromCsv, valuesFromJson } from "../../src/import/read-values";

describe("values from CSV", () => {
  it("keeps Vietnamese decimals in a semicolon file (Excel in a Vietnamese locale)", () => {
    expect(valuesFromCsv("ma;so_lieu\n3.1.3;65\n3.4.1;98,4\n4.2.5;7,89\n").values).toEqual({ "3.1.3": "65", "3.4.1": "98,4", "4.2.5": "7,89" });
  });
  it("reads a comma file with quoted decimals, notes, a BOM and Vietnamese headers", () => {
    const r = valuesFromCsv('\uFEFFMã chỉ tiêu,Số liệu,Ghi chú\n3.4.1,"98,4",Theo phần mềm một cửa\n3.1.3.,65,\n');
    expect(r.values).toEqual({ "3.4.1": "98,4", "3.1.3": "65" });
    expect(r.notes).toEqual({ "3.4.1": "Theo phần mềm một cửa" });
  });
  it("reads a tab-separated file and warns about a code given twice", () => {
    const r = valuesFromCsv("ma\tso_lieu\n1.1.1\t35\n1.1.1\t36\n");
    expect(r.values).toEqual({ "1.1.1": "35" });
    expect(r.warnings).toEqual(["mã 1.1.1 xuất hiện lần nữa ở dòng 3; chỉ dùng lần đầu."]);
  });
  it("says which columns are missing", () => {
    expect(() => valuesFromCsv("a;b\n1;2\n")).toThrow(ImportError);
    expect(() => valuesFromCsv("ma;b\n1;2\n")).toThrow(/không tìm thấy cột số liệu/);
  });
});

describe("values from JSON", () => {
  it("takes report data or a plain object of values", () => {
    expect(valuesFromJson('{"3.1.3": "65", "1.5": 1}').values).toEqual({ "3.1.3": "65", "1.5": 1 });
    expect(() => valuesFromJson("[1,2]")).toThrow(ImportError);
    expect(() => valuesFromJson("{oops")).toThrow(/tệp JSON không đúng/);
  });
});
