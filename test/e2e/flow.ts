/**
 * Issue #18 end to end: each of the nine points of the pane's flow, in Chromium, at task-pane
 * width (420 px) and on a desktop (1,400 px). Reports are seed 002 (Sở KH&CN Quảng Ngãi, 6 tháng
 * 2021), made as .docx by the .docx renderer and opened in the workbench as an officer would.
 */
import type { Browser, Page } from "playwright-core";
import type { ReportData } from "../../src/core/model/report-data";
import { leafSections, outlineFor } from "../../src/core/outline";
import { DocxReportDocument } from "../../src/document/docx/docx-document";
import { fixture, template } from "../helpers";
import { axeViolations, focusedSoon, inView, inViewSoon, shot } from "./pane";

const tk7 = template("tk-7-linh-vuc-2021");
const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const IDENTITY = "Văn bản đang mở: Báo cáo 6 tháng (6 tháng đầu năm 2021) — Sở Khoa học và Công nghệ tỉnh Quảng Ngãi; mẫu phụ lục tk-7-linh-vuc-2021.";

/** Seed 002 with every row and section written, numbered and dated: ready to sign but for what a test leaves out. */
function complete(): ReportData {
  const data = fixture("seed-002.json");
  const sections = Object.fromEntries(
    leafSections(outlineFor(data.period))
      .filter((s) => s.fixedText === undefined)
      .map((s) => [s.id, `Nội dung mục ${s.id} của Sở.`]),
  );
  return { ...data, values: { ...data.values, "1.3.2": "0", "1.3.3": "0", "3.5.3": "0", "7.8.2": "0", "7.8.4": "0" }, sections, header: { ...data.header, "so-ky-hieu": "412/BC-SKHCN" } };
}

async function docx(data: ReportData): Promise<Buffer> {
  return Buffer.from(await (await DocxReportDocument.create(tk7, data)).save());
}

/** Words the pane no longer uses (one name per thing), and library or engine English. */
const BANNED = [
  /Điền vào văn bản/,
  /Nhập dữ liệu/,
  /Mẫu báo cáo\b/,
  /bàn làm việc/,
  /tại con trỏ/,
  /Invalid input/i,
  /Quote Not Closed/i,
  /https?:\/\//,
  /Unexpected token/,
  /in JSON at/,
  /Expected property/,
];

export function paneFlow(env: () => { browser: Browser; url: string }): void {
  describe.each([420, 1400])("the pane's flow at %i px (issue #18)", (width) => {
    let page: Page;

    beforeEach(async () => {
      const { browser, url } = env();
      const context = await browser.newContext({ viewport: { width, height: 900 }, acceptDownloads: true, locale: "vi-VN" });
      page = await context.newPage();
      await page.goto(url);
      await page.getByRole("button", { name: "Tạo báo cáo mới" }).waitFor();
    });

    afterEach(async () => {
      await page.context().close();
    });

    const open = async (bytes: Buffer, name = "bao-cao-so-khcn.docx") => {
      await page.locator('input[type="file"][accept=".docx"]').setInputFiles({ name, mimeType: DOCX, buffer: bytes });
      await page.getByText(IDENTITY).waitFor();
    };
    const area = (name: string) => page.getByRole("button", { name, exact: true }).click();

    it("1 · typing survives tab switches and reloads, and leaving asks first", async () => {
      const bytes = await docx(fixture("seed-002.json"));
      await open(bytes);
      await area("Công tác chỉ đạo, điều hành");
      await page.getByLabel("1.3.2 Số nhiệm vụ đã hoàn thành đúng hạn (Nhiệm vụ)").fill("9");
      await page.getByRole("tab", { name: "Nội dung" }).click();
      await page.getByLabel(/^II\.2\. Cải cách thủ tục hành chính/).fill("Sở đã tiếp nhận 93 hồ sơ.");
      await page.getByRole("tab", { name: "Số liệu" }).click();
      await area("Công tác chỉ đạo, điều hành");
      expect(await page.getByLabel("1.3.2 Số nhiệm vụ đã hoàn thành đúng hạn (Nhiệm vụ)").inputValue()).toBe("9");
      await page.getByRole("tab", { name: "Nội dung" }).click();
      expect(await page.getByLabel(/^II\.2\. Cải cách thủ tục hành chính/).inputValue()).toBe("Sở đã tiếp nhận 93 hồ sơ.");
      // Leaving the page with unsaved typing: the browser asks.
      let asked = "";
      page.once("dialog", (d) => {
        asked = d.type();
        void d.accept();
      });
      await page.reload();
      expect(asked).toBe("beforeunload");
      // The same report opened again: the draft is offered back, and restored.
      await page.getByRole("button", { name: "Tạo báo cáo mới" }).waitFor();
      await open(bytes);
      await page.getByText(/^Có 2 nội dung đã gõ cho báo cáo này lúc \d{2}:\d{2} nhưng chưa ghi vào văn bản\.$/).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole("button", { name: "Khôi phục bản nháp" }).click();
      await page.getByRole("tab", { name: "Số liệu" }).click();
      await area("Công tác chỉ đạo, điều hành");
      expect(await page.getByLabel("1.3.2 Số nhiệm vụ đã hoàn thành đúng hạn (Nhiệm vụ)").inputValue()).toBe("9");
    }, 120_000);

    it("2 · inserting over a report asks, says what would be lost, and Hủy keeps it", async () => {
      await open(await docx({ ...fixture("seed-002.json"), sections: { "II.2": "Sở đã tiếp nhận 93 hồ sơ." } }));
      await page.getByRole("tab", { name: "Tạo báo cáo" }).click();
      // The form is the report's own: its agency and year, not an empty 2026 form.
      expect(await page.getByLabel("Tên cơ quan báo cáo").inputValue()).toBe("Sở Khoa học và Công nghệ tỉnh Quảng Ngãi");
      expect(await page.getByLabel("Năm", { exact: true }).inputValue()).toBe("2021");
      await page.getByRole("button", { name: "Chèn toàn bộ báo cáo" }).click();
      const dialog = page.getByRole("dialog");
      await dialog.getByText(/Văn bản đang có Báo cáo 6 tháng \(6 tháng đầu năm 2021\) — Sở Khoa học và Công nghệ tỉnh Quảng Ngãi, với 77 chỉ tiêu đã có số liệu và 1 mục đã viết\./).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await shot(page, `flow-${width}-2-hoi-truoc-khi-thay`);
      await dialog.getByRole("button", { name: "Hủy" }).click();
      await page.getByRole("tab", { name: "Nội dung" }).click();
      expect(await page.getByLabel(/^II\.2\. Cải cách thủ tục hành chính/).inputValue()).toBe("Sở đã tiếp nhận 93 hồ sơ.");
    }, 120_000);

    it("3 · a complete report whose căn cứ is still the placeholder is not ready to sign, and says căn cứ", async () => {
      const data = complete();
      const { "can-cu": canCu, ...header } = data.header!;
      await open(await docx({ ...data, header }));
      await page.getByRole("tab", { name: "Kiểm tra" }).click();
      await page.getByRole("button", { name: "Kiểm tra trước khi ký" }).click();
      await page.getByText("Báo cáo chưa thể ký: còn 1 lỗi cần sửa.").waitFor();
      expect(await page.getByText("Báo cáo đã sẵn sàng để ký").count()).toBe(0);
      const issue = page.getByRole("button", { name: "Phần đầu văn bản: chưa ghi căn cứ (văn bản yêu cầu báo cáo)." });
      await issue.waitFor();
      await shot(page, `flow-${width}-3-chua-san-sang`);
      // Fixed where it is shown: the căn cứ field opens; written, the report is ready.
      await issue.click();
      const field = page.getByLabel("Căn cứ (văn bản yêu cầu báo cáo)");
      expect(await focusedSoon(field)).toBe(true);
      await field.fill(canCu!);
      await page.getByRole("button", { name: "Ghi vào văn bản" }).click();
      await page.getByText("Đã ghi 1 thông tin phần đầu, phần ký vào văn bản.").waitFor();
      await page.getByRole("tab", { name: "Kiểm tra" }).click();
      await page.getByRole("button", { name: "Kiểm tra trước khi ký" }).click();
      await page.getByText("Báo cáo đã sẵn sàng để ký: không còn lỗi.").waitFor();
    }, 120_000);

    it("4 · writing 'abc' asks (valid ones only, or back), and the import preview marks '98.9' invalid", async () => {
      await open(await docx({ ...fixture("seed-002.json"), values: {} }));
      await area("Cải cách thủ tục hành chính");
      const total = page.getByLabel("3.1.3 Tổng số TTHC đang có hiệu lực (Thủ tục)");
      await total.fill("abc");
      await page.getByLabel("3.1.1 Số TTHC công bố mới (Thủ tục)").fill("7");
      await page.getByRole("button", { name: "Ghi vào văn bản" }).click();
      const dialog = page.getByRole("alertdialog");
      await dialog.getByText("1 số liệu không hợp lệ").waitFor();
      await dialog.getByText(/Dòng 3\.1\.3 .*"abc"/).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await shot(page, `flow-${width}-4-so-lieu-sai`);
      await dialog.getByRole("button", { name: "Quay lại sửa" }).click();
      expect(await focusedSoon(total)).toBe(true);
      expect(await page.getByText(/Đã ghi \d+ chỉ tiêu/).count()).toBe(0);

      await page.getByRole("tab", { name: "Nhập từ tệp" }).click();
      await page
        .locator('input[type="file"][accept=".json,.csv,.xlsx"]')
        .setInputFiles({ name: "so-lieu.csv", mimeType: "text/csv", buffer: Buffer.from("ma;so_lieu\n3.4.1;98.9\n3.1.1;7\n", "utf8") });
      await page.getByText("1 ghi mới, 0 thay đổi, 0 giữ nguyên, 0 mã không có trong mẫu, 1 không hợp lệ (sẽ không được ghi).").waitFor();
      await page.getByRole("cell", { name: /^Không hợp lệ: Dòng 3\.4\.1 .*dấu chấm/ }).waitFor();
      await page.getByRole("button", { name: "Ghi vào văn bản" }).click();
      await page.getByRole("alertdialog").getByRole("button", { name: "Chỉ ghi 1 số liệu hợp lệ" }).click();
      await page.getByText(/^Đã ghi 1 chỉ tiêu vào văn bản\./).waitFor();
    }, 120_000);

    it("5 · activating an issue opens and focuses its field, in view; 'Tiếp theo' walks the next ones", async () => {
      await open(await docx({ ...fixture("seed-002.json"), values: { ...fixture("seed-002.json").values, "3.1.3": "2.027" } }));
      await page.getByRole("tab", { name: "Kiểm tra" }).click();
      await page.getByRole("button", { name: "Kiểm tra", exact: true }).click();
      await page.getByRole("button", { name: /Dòng 3\.1\.3 Tổng số TTHC đang có hiệu lực = 2\.027/ }).click();
      const total = page.getByLabel("3.1.3 Tổng số TTHC đang có hiệu lực (Thủ tục)");
      expect(await focusedSoon(total)).toBe(true);
      expect(await inViewSoon(total)).toBe(true);
      expect(await page.getByRole("tab", { name: "Số liệu", selected: true }).count()).toBe(1);
      // The control is selected in the document too: the preview frames it.
      await page.locator('[role="document"] [data-tag="cchc:value:3.1.3"]').waitFor();

      await page.getByRole("tab", { name: "Kiểm tra" }).click();
      await page.getByRole("button", { name: "Kiểm tra", exact: true }).click();
      await page.getByRole("button", { name: "Tiếp theo" }).click();
      await page.getByText(/^Vấn đề 1\/\d+: Dòng 3\.1\.3/).waitFor();
      expect(await focusedSoon(total)).toBe(true);
      await page.getByRole("group", { name: "Sửa lần lượt" }).getByRole("button", { name: "Tiếp theo" }).click();
      await page.getByText(/^Vấn đề 2\/\d+: /).waitFor();
      const focusedInView = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return false;
        const r = el.getBoundingClientRect();
        return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight;
      });
      expect(focusedInView).toBe(true);
      expect(await axeViolations(page)).toEqual([]);
      await shot(page, `flow-${width}-5-sua-tu-van-de`);
    }, 120_000);

    it("6 · saving says when, under a name that says what the report is", async () => {
      await page.getByRole("button", { name: "Tạo báo cáo mới" }).click();
      await page.getByLabel("Loại báo cáo").selectOption("6-thang");
      await page.getByLabel("Năm", { exact: true }).fill("2026");
      await page.getByLabel("Tên cơ quan báo cáo").fill("Sở Khoa học và Công nghệ tỉnh Quảng Ngãi");
      await page.getByLabel("Số, ký hiệu văn bản").fill("/BC-SKHCN");
      await page.getByRole("button", { name: "Chèn toàn bộ báo cáo" }).click();
      await page.getByText("Đã chèn vào văn bản.").waitFor();
      await page.getByText('Đang làm việc trên báo cáo mới, chưa lưu. Bấm "Lưu tệp .docx" để lưu về máy.').waitFor();
      const download = page.waitForEvent("download");
      await page.getByRole("button", { name: "Lưu tệp .docx" }).click();
      expect((await download).suggestedFilename()).toBe("BC-CCHC-6T-2026-SKHCN.docx");
      await page.getByText(/^Đã lưu lúc \d{2}:\d{2} vào tệp BC-CCHC-6T-2026-SKHCN\.docx/).waitFor();
    }, 120_000);

    it("7 · the action and its outcome stay where the eye is: sticky bar, message in view and focused, visible focus", async () => {
      await open(await docx(fixture("seed-002.json")));
      await area("Xây dựng và phát triển chính quyền điện tử, chính quyền số");
      const last = page.getByLabel(/^7\.8\.4 /);
      await last.scrollIntoViewIfNeeded();
      await last.fill("35");
      // Focus is visible: a ring, not only Fluent's thin underline.
      const ring = await last.evaluate((el) => getComputedStyle(el.closest(".fui-Input")!).outlineStyle);
      expect(ring).toBe("solid");
      const write = page.getByRole("button", { name: "Ghi vào văn bản" });
      expect(await inView(write)).toBe(true);
      await write.click();
      const done = page.getByText(/^Đã ghi 1 chỉ tiêu vào văn bản\./);
      await done.waitFor();
      expect(await inView(done)).toBe(true);
      expect(await focusedSoon(page.getByRole("status").filter({ hasText: "Đã ghi 1 chỉ tiêu" }))).toBe(true);
      await shot(page, `flow-${width}-7-ket-qua-tai-cho`);
    }, 120_000);

    it("8 · entry and defaults: two plain choices, a reopened report lands on Số liệu, the national form, reasons, live checks", async () => {
      expect(await page.getByRole("button", { name: "Mở báo cáo có sẵn" }).count()).toBe(1);
      expect(await page.getByLabel("Tên cơ quan báo cáo").count()).toBe(0);
      expect(await axeViolations(page)).toEqual([]);
      await shot(page, `flow-${width}-8-bat-dau`);
      await page.getByRole("button", { name: "Tạo báo cáo mới" }).click();
      // The template follows the period: a 6-month 2025 report's data ends on 14/6/2025, before the two-level
      // government (1/7/2025), so the national 2021 form — never a province's own; the 2025 annual report, the two-level form.
      await page.getByLabel("Năm", { exact: true }).fill("2025");
      await page.getByLabel("Cấp cơ quan").selectOption("tinh");
      await page.getByLabel("Loại báo cáo").selectOption("6-thang");
      expect(await page.getByLabel("Mẫu phụ lục").inputValue()).toBe("tk-7-linh-vuc-2021");
      await page.getByLabel("Loại báo cáo").selectOption("nam");
      expect(await page.getByLabel("Mẫu phụ lục").inputValue()).toBe("tk-2-cap-2025");
      // Disabled, and says why.
      expect(await page.getByRole("button", { name: "Chèn toàn bộ báo cáo" }).isDisabled()).toBe(true);
      await page.getByText(/^Chưa chèn được: /).waitFor();
      await page.getByLabel("Ngày ký").fill("31/6/2025");
      await page.getByText(/Ngày ký 31\/6\/2025/).waitFor();
      await page.getByLabel("Số, ký hiệu văn bản").fill("BC 12");
      await page.getByText(/Số, ký hiệu "BC 12" không đúng dạng/).waitFor();
      // A report opened lands on Số liệu, its identity shown.
      await open(await docx(fixture("seed-002.json")));
      expect(await page.getByRole("tab", { name: "Tạo báo cáo", selected: true }).count()).toBe(1);
      const fresh = await env().browser.newContext({ viewport: { width, height: 900 }, locale: "vi-VN" });
      const again = await fresh.newPage();
      await again.goto(env().url);
      await again.locator('input[type="file"][accept=".docx"]').setInputFiles({ name: "bc.docx", mimeType: DOCX, buffer: await docx(fixture("seed-002.json")) });
      await again.getByText(IDENTITY).waitFor();
      expect(await again.getByRole("tab", { name: "Số liệu", selected: true }).count()).toBe(1);
      await fresh.close();
    }, 120_000);

    it("9 · one vocabulary, and no library or engine English anywhere", async () => {
      await open(await docx(fixture("seed-002.json")));
      const seen: string[] = [];
      for (const tab of ["Tạo báo cáo", "Nội dung", "Số liệu", "Nhập từ tệp", "Kiểm tra", "Mẫu phụ lục"]) {
        await page.getByRole("tab", { name: tab }).click();
        if (tab === "Kiểm tra") {
          await page.getByRole("button", { name: "Kiểm tra", exact: true }).click();
          await page.getByText(/Mức độ hoàn thành/).waitFor();
        }
        seen.push(await page.locator("body").innerText());
      }
      // Bad files: a CSV with an unclosed quote, JSON that is not JSON, a .docx that is not a Word file.
      await page.getByRole("tab", { name: "Nhập từ tệp" }).click();
      const data = page.locator('input[type="file"][accept=".json,.csv,.xlsx"]');
      await data.setInputFiles({ name: "hong.csv", mimeType: "text/csv", buffer: Buffer.from('ma;so_lieu\n3.1.3;"65\n', "utf8") });
      await page.getByText(/dấu ngoặc kép mở ở dòng 2 không được đóng/).waitFor();
      seen.push(await page.locator("body").innerText());
      await data.setInputFiles({ name: "hong.json", mimeType: "application/json", buffer: Buffer.from("{values: 1", "utf8") });
      await page.getByText(/sai cú pháp JSON ở dòng 1, cột 2/).waitFor();
      seen.push(await page.locator("body").innerText());
      await page.locator('input[type="file"][accept=".docx"]').setInputFiles({ name: "khong-phai.docx", mimeType: DOCX, buffer: Buffer.from("not a zip", "utf8") });
      await page.getByText(/Không mở được tệp: /).waitFor();
      seen.push(await page.locator("body").innerText());
      const all = seen.join("\n");
      for (const word of BANNED) expect({ word: String(word), found: word.test(all) }).toEqual({ word: String(word), found: false });
    }, 120_000);
  });
}
