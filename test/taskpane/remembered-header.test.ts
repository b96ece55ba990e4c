import { loadHeader, saveHeader } from "../../src/taskpane/components/create/remembered-header";

/** A Storage in memory, with the two methods the pane uses. */
function memoryStorage(initial: Record<string, string> = {}): Storage {
  const items = new Map(Object.entries(initial));
  return {
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
    removeItem: (k: string) => void items.delete(k),
    clear: () => items.clear(),
    key: (i: number) => [...items.keys()][i] ?? null,
    get length() {
      return items.size;
    },
  };
}

describe("remembered header", () => {
  it("keeps the agency's fields for the next report but not the number or the date (seed 000)", () => {
    const storage = memoryStorage();
    saveHeader(
      {
        "co-quan-chu-quan": "UBND TỈNH KHÁNH HÒA",
        "co-quan-ban-hanh": "TRƯỜNG CAO ĐẲNG KỸ THUẬT CÔNG NGHỆ NHA TRANG",
        "so-ky-hieu": "293/BC-CĐKTCN",
        "dia-danh": "Khánh Hòa",
        ngay: "2021-03-15",
      },
      storage,
    );
    expect(loadHeader(storage)).toEqual({
      "co-quan-chu-quan": "UBND TỈNH KHÁNH HÒA",
      "co-quan-ban-hanh": "TRƯỜNG CAO ĐẲNG KỸ THUẬT CÔNG NGHỆ NHA TRANG",
      "dia-danh": "Khánh Hòa",
    });
  });

  it("keeps the known text fields of a damaged entry and drops the rest", () => {
    const storage = memoryStorage({ "cchc.header.v1": JSON.stringify({ "dia-danh": "Quảng Ngãi", "nguoi-ky": 7, other: "x" }) });
    expect(loadHeader(storage)).toEqual({ "dia-danh": "Quảng Ngãi" });
  });

  it("starts empty when storage holds no JSON object or is missing", () => {
    expect(loadHeader(memoryStorage({ "cchc.header.v1": "{not json" }))).toEqual({});
    expect(loadHeader(memoryStorage({ "cchc.header.v1": "[1,2]" }))).toEqual({});
    expect(loadHeader(undefined)).toEqual({});
  });
});
