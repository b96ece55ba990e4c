/**
 * Issue #15, item 2: imports never change a value silently. Each case is read as the officer
 * sees it (in Excel, in the CSV) or refused with a Vietnamese message naming the cell or line.
 */
import ExcelJS from "exceljs";
import { decodeCsv, ImportError, valuesFromCsv, valuesFromXlsx } from "../../src/import/read-values";

async function xlsx(fill: (ws: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Số liệu");
  ws.addRow(["ma", "so_lieu", "ghi_chu"]);
  fill(ws);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe("CSV", () => {
  it("refuses a comma file whose decimal comma split a value (3.4.1,98,4), naming the line", () => {
    expect(() => valuesFromCsv("ma,so_lieu\n3.1.3,65\n3.4.1,98,4\n")).toThrow('dòng 3 có 3 cột nhưng dòng tiêu đề chỉ có 2 cột: số thập phân có dấu phẩy (như 98,4) phải đặt trong ngoặc kép ("98,4")');
    // A trailing empty column (Excel's trailing delimiter) is no value.
    expect(valuesFromCsv("ma,so_lieu\n3.1.3,65,\n").values).toEqual({ "3.1.3": "65" });
  });

  it("reads UTF-16 files (Excel's 'Unicode text'), with or without a byte order mark", () => {
    const text = "ma\tso_lieu\tghi_chu\n3.4.1\t98,4\tĐã kết nối\n";
    const le = Buffer.from(text, "utf16le");
    for (const bytes of [Buffer.concat([Buffer.from([0xff, 0xfe]), le]), le]) {
      const r = valuesFromCsv(new Uint8Array(bytes));
      expect(r.values).toEqual({ "3.4.1": "98,4" });
      expect(r.notes).toEqual({ "3.4.1": "Đã kết nối" });
    }
    const be = Buffer.from(le).swap16();
    expect(valuesFromCsv(new Uint8Array(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).values).toEqual({ "3.4.1": "98,4" });
  });

  it("reads a Windows-1258 file (Vietnamese Excel's CSV) and says so", () => {
    // "Hà" in Windows-1258: H, a with a combining grave accent (0xCC).
    const bytes = new Uint8Array([...Buffer.from("ma;so_lieu;ghi_chu\n1.5;1;H"), 0x61, 0xcc, 0x0a]);
    expect(decodeCsv(bytes).warning).toMatch(/Windows-1258/);
    const r = valuesFromCsv(bytes);
    expect(r.notes["1.5"]).toBe("Hà");
    expect(r.warnings[0]).toMatch(/không dùng bảng mã UTF-8/);
  });

  it("says in Vietnamese where a quote is not closed (no library English)", () => {
    expect(() => valuesFromCsv('ma;so_lieu\n3.1.3;"65\n')).toThrow("tệp CSV không đọc được: dấu ngoặc kép mở ở dòng 2 không được đóng");
  });
});

describe("Excel", () => {
  it("reads a percentage as Excel shows it (0.989 formatted 0.0% is 98,9%), and grouped or fixed decimals likewise", async () => {
    const bytes = await xlsx((ws) => {
      ws.addRow(["3.4.1", 0.989]).getCell(2).numFmt = "0.0%";
      ws.addRow(["7.6.2", 1050]).getCell(2).numFmt = "#,##0";
      ws.addRow(["4.2.5", 7.8899]).getCell(2).numFmt = "0.00";
      ws.addRow(["3.1.3", 65]);
    });
    expect((await valuesFromXlsx(bytes)).values).toEqual({ "3.4.1": "98,9%", "7.6.2": "1.050", "4.2.5": "7,89", "3.1.3": 65 });
  });

  it("refuses a date cell (Excel turned 02/02 into a date), naming the cell", async () => {
    const bytes = await xlsx((ws) => void ws.addRow(["5.1.1", new Date(Date.UTC(2021, 1, 2))]));
    await expect(valuesFromXlsx(bytes)).rejects.toThrow("ô B2 là ngày tháng (02/02/2021): Excel đã tự đổi số liệu gõ vào (như 02/02) thành ngày.");
  });

  it("refuses a formula without a saved result and an error cell (#N/A), never [object Object]", async () => {
    const noResult = await xlsx((ws) => void ws.addRow(["3.1.3", { formula: "SUM(B3:B4)" }]));
    await expect(valuesFromXlsx(noResult)).rejects.toThrow("ô B2 chứa công thức chưa có kết quả được lưu");
    const na = await xlsx((ws) => void ws.addRow(["3.1.3", { formula: "NA()", result: { error: "#N/A" } }]));
    await expect(valuesFromXlsx(na)).rejects.toThrow("ô B2 có lỗi #N/A");
    const ok = await xlsx((ws) => void ws.addRow(["3.1.3", { formula: "60+5", result: 65 }]));
    expect((await valuesFromXlsx(ok)).values).toEqual({ "3.1.3": 65 });
  });

  it("refuses a value merged down over several rows instead of copying it into each", async () => {
    const bytes = await xlsx((ws) => {
      ws.addRow(["4.1.1", 5]);
      ws.addRow(["4.1.2", ""]);
      ws.mergeCells("B2:B3");
    });
    await expect(valuesFromXlsx(bytes)).rejects.toThrow("ô B3 được gộp với ô B2 ở dòng trên (Merge Cells)");
    const across = await xlsx((ws) => {
      ws.addRow(["4.1.1", 5, ""]);
      ws.mergeCells("B2:C2");
    });
    // Merged across a row, the value shows once: the note column is empty.
    const r = await valuesFromXlsx(across);
    expect(r.values).toEqual({ "4.1.1": 5 });
    expect(r.notes).toEqual({});
  });

  it("reads rich text, and a hyperlink whose text is rich, as its plain text", async () => {
    const bytes = await xlsx((ws) => {
      ws.addRow([
        "7.6.1",
        { richText: [{ text: "Đã " }, { text: "kết nối", font: { bold: true } }] },
        { text: { richText: [{ text: "Cổng " }, { text: "DVC" }] }, hyperlink: "https://dichvucong.gov.vn" },
      ]);
    });
    const r = await valuesFromXlsx(bytes);
    expect(r.values).toEqual({ "7.6.1": "Đã kết nối" });
    expect(r.notes).toEqual({ "7.6.1": "Cổng DVC" });
  });

  it("refuses a file that is not an Excel workbook in one Vietnamese sentence", async () => {
    await expect(valuesFromXlsx(new Uint8Array(Buffer.from("not a zip")))).rejects.toThrow(new ImportError("tệp Excel không đọc được: tệp bị hỏng hoặc không phải tệp .xlsx (Excel 2007 trở lên)."));
  });
});
