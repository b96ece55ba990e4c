/** "Lấy từ kế hoạch" reads the plan from a .docx too: the tool's own, or typed by hand from the plan's form. */
import { builtInTemplates } from "../../src/core/templates/registry";
import { DocxReportDocument } from "../../src/document/docx/docx-document";
import { planFromFile } from "../../src/taskpane/components/report-file";
import { handmadeDocx, printedForm } from "../handmade/handmade-docx";
import { fixture, template } from "../helpers";

const plan = template("kh-phan-cong-2021");
const tk7 = template("tk-7-linh-vuc-2021");
const progress = { ...fixture("seed-004.json"), values: { "1": "Hoàn thành", "2": "Hoàn thành", "3": "Hoàn thành", "3.a": "Đang làm" } };
const report = { template: tk7, year: 2021 };

describe("the plan from a .docx", () => {
  it("made by the tool", async () => {
    const bytes = await DocxReportDocument.write(plan, progress);
    const r = await planFromFile(new File([bytes as Uint8Array<ArrayBuffer>], "ke-hoach.docx"), report, builtInTemplates());
    expect(r).toEqual({ ok: true, counts: { tasks: 50, done: 2, year: 2021 }, values: { "1.1.1": "50", "1.1.2": "2" } });
  });

  it("typed by hand from the plan's form", async () => {
    const style = {
      docName: "KẾ HOẠCH",
      trichYeu: ["Cải cách hành chính năm 2021"],
      appendixHead: ["PHỤ LỤC"],
      kemTheo: "(Kèm theo Kế hoạch số /KH-SGDĐT ngày /01/2021 của Sở Giáo dục và Đào tạo tỉnh Sóc Trăng)",
      printing: "khanh-hoa" as const,
    };
    const bytes = await handmadeDocx(printedForm(progress, plan, style, []));
    const r = await planFromFile(new File([bytes as Uint8Array<ArrayBuffer>], "ke-hoach-soan-tay.docx"), report, builtInTemplates());
    expect(r).toEqual({ ok: true, counts: { tasks: 50, done: 2, year: 2021 }, values: { "1.1.1": "50", "1.1.2": "2" } });
  });

  it("a report instead of a plan is refused, saying what it is", async () => {
    const bytes = await DocxReportDocument.write(tk7, fixture("seed-002.json"));
    expect(await planFromFile(new File([bytes as Uint8Array<ArrayBuffer>], "bao-cao.docx"), report, builtInTemplates())).toEqual({
      ok: false,
      message: "bao-cao.docx không phải kế hoạch CCHC (là báo cáo theo mẫu tk-7-linh-vuc-2021).",
    });
  });
});
