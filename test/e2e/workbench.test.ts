/**
 * End to end, through the standalone workbench in a real browser (Debian's
 * chromium, driven by playwright-core): create a report, fill values, see a
 * `sum` error, click it, fix the value, save the .docx and read it back with
 * the .docx renderer; axe-core on each screen; a screenshot of each screen in
 * test-artifacts/e2e/. Runs whenever chromium is present; required with CI=true.
 */
import { ChildProcess, spawn, spawnSync } from "child_process";
import * as fs from "fs";
import * as https from "https";
import * as net from "net";
import * as path from "path";
import { Browser, chromium, Page } from "playwright-core";
import { DocxReportDocument } from "../../src/document/docx/docx-document";
import { template } from "../helpers";
import { ARTIFACTS, axeViolations, focusedSoon, shot } from "./pane";
import { paneFlow } from "./flow";
import { officeStubScript } from "./office-stub-bundle";

const ROOT = path.join(__dirname, "..", "..");
let PORT = 0;
let URL = "";

/** A port nobody listens on now (two test runs on one machine must not collide). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}
const which = (cmd: string) => {
  const r = spawnSync("sh", ["-c", `command -v ${cmd}`], { encoding: "utf8" });
  return r.status === 0 ? r.stdout.trim() : null;
};
const chromiumPath = which("chromium") ?? which("chromium-browser");
const run = chromiumPath || process.env.CI === "true" ? describe : describe.skip;

function waitForServer(deadline: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const req = https.get(URL, { rejectUnauthorized: false }, (res) => {
        res.resume();
        if (res.statusCode === 200) resolve();
        else setTimeout(attempt, 1000);
      });
      req.on("error", () => (Date.now() < deadline ? setTimeout(attempt, 1000) : reject(new Error(`no server at ${URL}`))));
    };
    attempt();
  });
}

/** Số liệu: 3.1.3 = 2.027 while its parts add up to 1.952 (the `sum` error both runs look for), written. */
async function writeSumError(page: Page): Promise<void> {
  await page.getByRole("tab", { name: "Số liệu" }).click();
  await page.getByRole("button", { name: "Cải cách thủ tục hành chính" }).click();
  await page.getByLabel("3.1.3 Tổng số TTHC đang có hiệu lực (Thủ tục)").fill("2027");
  await page.getByLabel("3.1.3.a Số TTHC cấp tỉnh (Thủ tục)").fill("1952");
  await page.getByLabel("3.1.3.b Số TTHC cấp xã (Thủ tục)").fill("0");
  await page.getByRole("button", { name: "Ghi vào văn bản" }).click();
  await page.getByText(/Đã ghi \d+ chỉ tiêu vào văn bản\./).waitFor();
}

run("the standalone workbench in Chromium", () => {
  let server: ChildProcess;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    if (!chromiumPath) throw new Error("CI must have chromium (.ci/run installs it)");
    // This run's screenshots only: none left over from an earlier run with other screens.
    fs.rmSync(ARTIFACTS, { recursive: true, force: true });
    PORT = await freePort();
    URL = `https://localhost:${PORT}/taskpane.html`;
    server = spawn(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "serve", "--mode", "development", "--port", String(PORT)], {
      cwd: ROOT,
      detached: true,
      stdio: "ignore",
    });
    await waitForServer(Date.now() + 5 * 60 * 1000);
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--ignore-certificate-errors"],
    });
    page = await browser.newPage({ viewport: { width: 420, height: 900 }, acceptDownloads: true, locale: "vi-VN" });
    await page.goto(URL);
  }, 360_000);

  afterAll(async () => {
    await browser?.close();
    if (server?.pid) {
      try {
        process.kill(-server.pid, "SIGTERM");
      } catch {
        server.kill("SIGTERM");
      }
    }
  });

  it("creates, fills, finds the sum error, fixes it, saves, and the saved .docx reads back", async () => {
    await page.getByText("Đang dùng trên trình duyệt, không cần Word: làm việc trên tệp .docx.").waitFor();
    await page.getByRole("button", { name: "Tạo báo cáo mới" }).click();
    // The templates arrive just after the first render (a chunk of their own).
    await page.getByLabel("Mẫu phụ lục").locator('option[value="tk-2-cap-2025"]').waitFor({ state: "attached" });
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, "1-tao-bao-cao");

    await page.getByLabel("Tên cơ quan báo cáo").fill("Sở Khoa học và Công nghệ tỉnh Quảng Ngãi");
    await page.getByLabel("Năm", { exact: true }).fill("2026");
    await page.getByLabel("Tên cơ quan ban hành").fill("Sở Khoa học và Công nghệ");
    await page.getByLabel("Họ tên người ký").fill("Nguyễn Văn Thành");
    await page.getByRole("button", { name: "Chèn toàn bộ báo cáo" }).click();
    await page.getByText("Đã chèn vào văn bản.").waitFor();

    await page.getByRole("tab", { name: "Nội dung" }).click();
    await page.getByRole("textbox", { name: /^II\.2\. Cải cách thủ tục hành chính/ }).fill("Sở đã tiếp nhận 93 hồ sơ; giải quyết đúng hẹn 63 hồ sơ.\nĐang xử lý 25 hồ sơ chưa đến hạn.");
    await page.getByRole("button", { name: "Ghi vào văn bản" }).click();
    await page.getByText("Đã ghi 1 mục vào văn bản.").waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, "1b-noi-dung");

    await writeSumError(page);
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, "2-so-lieu");

    await page.getByRole("tab", { name: "Kiểm tra" }).click();
    await page.getByRole("button", { name: "Kiểm tra", exact: true }).click();
    const sumError = page.getByRole("button", { name: /Dòng 3\.1\.3 Tổng số TTHC đang có hiệu lực = 2\.027, nhưng các dòng trong đó cộng lại = 1\.952/ });
    await sumError.waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, "3-kiem-tra");
    await sumError.click();
    // The field that fixes it opens, focused; the preview frames the control.
    expect(await focusedSoon(page.getByLabel("3.1.3 Tổng số TTHC đang có hiệu lực (Thủ tục)"))).toBe(true);
    // The workbench's preview scrolls to the control and frames it.
    const cell = page.locator('[role="document"] [data-tag="cchc:value:3.1.3"]');
    await cell.waitFor();
    expect(
      await cell.evaluate((el) => {
        const r = el.getBoundingClientRect();
        const box = el.closest('[role="document"]')!.getBoundingClientRect();
        return r.top >= box.top && r.bottom <= box.bottom && el.textContent;
      }),
    ).toBe("2.027");

    await page.getByLabel("3.1.3 Tổng số TTHC đang có hiệu lực (Thủ tục)").fill("1952");
    await page.getByRole("button", { name: "Ghi vào văn bản" }).click();
    await page.getByText(/Đã ghi \d+ chỉ tiêu vào văn bản\./).waitFor();
    await page.getByRole("tab", { name: "Kiểm tra" }).click();
    await page.getByRole("button", { name: "Kiểm tra", exact: true }).click();
    await page.getByText(/Mức độ hoàn thành/).waitFor();
    expect(await page.getByRole("button", { name: /Dòng 3\.1\.3 Tổng số TTHC/ }).count()).toBe(0);

    await page.getByRole("tab", { name: "Nhập từ tệp" }).click();
    await page.locator('input[type="file"][accept=".json,.csv,.xlsx"]').setInputFiles({
      name: "so-lieu.csv",
      mimeType: "text/csv",
      buffer: Buffer.from("ma;so_lieu\n3.4.1;98,4\n3.1.3;1952\n", "utf8"),
    });
    await page.getByText("1 ghi mới, 0 thay đổi, 1 giữ nguyên, 0 mã không có trong mẫu.").waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, "4-nhap-du-lieu");
    await page.getByRole("button", { name: "Ghi vào văn bản" }).click();
    await page.getByText(/Đã ghi 1 chỉ tiêu vào văn bản\./).waitFor();

    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Lưu tệp .docx" }).click();
    const saved = fs.readFileSync((await (await download).path())!);
    const doc = await DocxReportDocument.open(new Uint8Array(saved));
    const read = await doc.read(template("tk-2-cap-2025"));
    expect(read.data).toMatchObject({ template: "tk-2-cap-2025", agency: { name: "Sở Khoa học và Công nghệ tỉnh Quảng Ngãi" }, period: { year: 2026 } });
    expect(read.values).toMatchObject({ "3.1.3": "1.952", "3.1.3.a": "1.952", "3.1.3.b": "0", "3.4.1": "98,4" });
    expect(read.header["nguoi-ky"]).toBe("Nguyễn Văn Thành");
    expect(read.sections["II.2"]).toBe("Sở đã tiếp nhận 93 hồ sơ; giải quyết đúng hẹn 63 hồ sơ.\nĐang xử lý 25 hồ sơ chưa đến hạn.");
    expect(read.disagreements).toEqual([]);

    await page.getByRole("tab", { name: "Mẫu phụ lục" }).click();
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, "5-mau-bao-cao");

    // On a desktop screen (1,400 × 900), as in Word: the document beside the pane, on screen, and
    // it stays there while the officer works down the pane (issue #16).
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.getByRole("tab", { name: "Số liệu" }).click();
    const placed = async () => {
      const doc = (await page.locator('[role="document"]').boundingBox())!;
      const pane = (await page.locator("main").boundingBox())!;
      return { besidePane: doc.x + doc.width <= pane.x + 1, onScreen: doc.y >= 0 && doc.y < 200 && doc.y + doc.height <= 900 && doc.height > 500, paneWidth: Math.round(pane.width) };
    };
    expect(await placed()).toEqual({ besidePane: true, onScreen: true, paneWidth: 420 });
    await page.mouse.wheel(0, 1500);
    expect((await placed()).onScreen).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, "6-ban-lam-viec-1400x900");
  }, 180_000);

  it("runs the self-test (taskpane.html?selftest) and passes", async () => {
    const selfTest = await browser.newPage({ viewport: { width: 420, height: 900 }, locale: "vi-VN" });
    await selfTest.goto(`${URL}?selftest`);
    await selfTest.getByText(/^Tự kiểm tra: (ĐẠT|KHÔNG ĐẠT)/).waitFor({ timeout: 60_000 });
    expect(await selfTest.getByText("Tự kiểm tra: ĐẠT", { exact: true }).count()).toBe(1);
    expect(await selfTest.getByRole("listitem").count()).toBe(7);
    expect(await axeViolations(selfTest)).toEqual([]);
    await shot(selfTest, "6-tu-kiem-tra");
    await selfTest.close();
  }, 120_000);

  it("shows the old-engine message, and no pane, where the bundle cannot run (Promise.allSettled removed)", async () => {
    const old = await browser.newPage({ viewport: { width: 420, height: 900 }, locale: "vi-VN" });
    await old.addInitScript(() => {
      delete (Promise as unknown as Record<string, unknown>).allSettled;
    });
    await old.goto(URL);
    await old.getByRole("alert").filter({ hasText: "Phiên bản Office này quá cũ" }).waitFor();
    await old.waitForTimeout(1000);
    expect(await old.getByRole("tab").count()).toBe(0);
    await shot(old, "7-office-cu");
    await old.close();
  }, 60_000);

  it("runs as the pane inside Word (an Office stub with the Word fake served for office.js): inserts a report, writes a value, checks, and says how to number the pages", async () => {
    const word = await browser.newPage({ viewport: { width: 420, height: 900 }, locale: "vi-VN" });
    // office.js is replaced by the stub: Office.onReady says Word, Word.run runs against the fake with Word's rules.
    await word.route("**/office-js/office.js", (route) => route.fulfill({ status: 200, contentType: "application/javascript", body: officeStubScript() }));
    await word.goto(URL);
    await word.getByText("Đang làm việc trong Word.").waitFor();
    await word.getByRole("button", { name: "Tạo báo cáo mới" }).click();
    await word.getByLabel("Mẫu phụ lục").locator('option[value="tk-2-cap-2025"]').waitFor({ state: "attached" });
    await word.getByLabel("Tên cơ quan báo cáo").fill("Sở Khoa học và Công nghệ tỉnh Quảng Ngãi");
    await word.getByLabel("Năm", { exact: true }).fill("2026");
    await word.getByLabel("Tên cơ quan ban hành").fill("Sở Khoa học và Công nghệ");
    await word.getByLabel("Họ tên người ký").fill("Nguyễn Văn Thành");
    await word.getByRole("button", { name: "Chèn toàn bộ báo cáo" }).click();
    // Word on the web cannot leave page 1 unnumbered: the officer is told how to number by hand.
    await word.getByText(/^Đã chèn vào văn bản\. Phiên bản Word này chưa cho công cụ đánh số trang/).waitFor();
    expect(await axeViolations(word)).toEqual([]);
    await shot(word, "8-trong-word");
    // The report is in the (fake) Word document: its controls, read back by the pane.
    const controls = await word.evaluate(() => {
      const model = (window as unknown as { __cchcFake: { body: unknown[] } }).__cchcFake;
      return JSON.stringify(model.body).match(/"tag":"cchc:value:/g)?.length ?? 0;
    });
    expect(controls).toBeGreaterThan(50);
    await writeSumError(word);
    const written = await word.evaluate(() => JSON.stringify((window as unknown as { __cchcFake: unknown }).__cchcFake).includes('"tag":"cchc:value:3.1.3","title":'));
    expect(written).toBe(true);
    await word.getByRole("tab", { name: "Kiểm tra" }).click();
    await word.getByRole("button", { name: "Kiểm tra", exact: true }).click();
    await word.getByRole("button", { name: /Dòng 3\.1\.3 Tổng số TTHC đang có hiệu lực = 2\.027, nhưng các dòng trong đó cộng lại = 1\.952/ }).waitFor();
    expect(await axeViolations(word)).toEqual([]);
    await shot(word, "9-trong-word-kiem-tra");
    await word.close();
  }, 180_000);

  it("serves the Vietnamese help page the manifest names", async () => {
    const help = await browser.newPage({ viewport: { width: 420, height: 900 }, locale: "vi-VN" });
    await help.goto(URL.replace("taskpane.html", "help.html"));
    await help.getByRole("heading", { name: "Tự kiểm tra công cụ" }).waitFor();
    expect(await axeViolations(help)).toEqual([]);
    await help.close();
  }, 60_000);

  // Issue #18: each point of the pane's flow, at task-pane width and on a desktop.
  paneFlow(() => ({ browser, url: URL }));
});
