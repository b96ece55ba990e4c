/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import JSZip from "jszip";
import { DataScreen } from "../../src/taskpane/components/data/DataScreen";
import { WorkbenchSession } from "../../src/taskpane/session/workbench-session";
import { fixture, template } from "../helpers";
import { vi } from "../../src/strings";

const tk7 = template("tk-7-linh-vuc-2021");

/** A report the add-in wrote with 3.1.3 = 65, in which the officer then typed 70 in Word. */
async function typedOver(session: WorkbenchSession): Promise<void> {
  await session.createReport(tk7, { ...fixture("seed-002.json"), values: { "3.1.3": "65" } });
  const zip = await JSZip.loadAsync(await session.save());
  const xml = await zip.file("word/document.xml")!.async("string");
  zip.file("word/document.xml", xml.replace(/(<w:tag w:val="cchc:value:3\.1\.3"\/>(?:(?!<w:t ).)*<w:t xml:space="preserve">)65</s, "$170<"));
  await session.open(await zip.generateAsync({ type: "uint8array" }));
}

async function setup(typed = false) {
  const session = new WorkbenchSession();
  if (typed) await typedOver(session);
  else await session.createReport(tk7, { ...fixture("seed-002.json"), values: {} });
  render(
    <FluentProvider theme={webLightTheme}>
      <DataScreen session={session} />
    </FluentProvider>,
  );
  fireEvent.click(await screen.findByRole("button", { name: "Cải cách thủ tục hành chính" }));
  return session;
}

describe("Số liệu screen", () => {
  it("shows the appendix by area with typed inputs, formats Vietnamese numbers, validates live", async () => {
    await setup();
    const total = screen.getByLabelText("3.1.3 Tổng số TTHC đang có hiệu lực (Thủ tục)") as HTMLInputElement;
    fireEvent.change(total, { target: { value: "2027" } });
    fireEvent.blur(total);
    await waitFor(() => expect(total.value).toBe("2.027"));
    fireEvent.change(screen.getByLabelText("3.1.3.a Số TTHC cấp tỉnh (Thủ tục)"), { target: { value: "1952" } });
    fireEvent.change(screen.getByLabelText("3.1.3.b Số TTHC cấp huyện (Thủ tục)"), { target: { value: "0" } });
    fireEvent.change(screen.getByLabelText("3.1.3.c Số TTHC cấp xã (Thủ tục)"), { target: { value: "0" } });
    expect(await screen.findByText(/Dòng 3\.1\.3 Tổng số TTHC đang có hiệu lực = 2\.027, nhưng các dòng trong đó cộng lại = 1\.952/)).toBeTruthy();
    const rate = screen.getByLabelText("3.4.1 Tỷ lệ hồ sơ TTHC do các sở, ngành tiếp nhận được giải quyết đúng hẹn (%)");
    fireEvent.change(rate, { target: { value: "98.4" } });
    expect(await screen.findByText(/Phần thập phân ghi bằng dấu phẩy/)).toBeTruthy();
  });

  it("fills the document in one action, and asks before overwriting what the officer typed", async () => {
    const session = await setup(true);
    const doc = session.document()!;
    expect((await doc.read(tk7)).disagreements).toEqual([{ target: "3.1.3", kind: "value", inDocument: "70", inDataPart: "65" }]);
    fireEvent.change(screen.getByLabelText("3.1.3 Tổng số TTHC đang có hiệu lực (Thủ tục)"), { target: { value: "65" } });
    fireEvent.change(screen.getByLabelText("3.1.1 Số TTHC công bố mới (Thủ tục)"), { target: { value: "7" } });
    fireEvent.click(screen.getByRole("button", { name: "Ghi vào văn bản" }));
    expect(await screen.findByText(/văn bản ghi "70", số liệu mới "65"/)).toBeTruthy();
    expect((await doc.read(tk7)).values).toMatchObject({ "3.1.3": "70", "3.1.1": "7" });
    fireEvent.click(screen.getByRole("button", { name: "Ghi đè bằng số liệu mới" }));
    await waitFor(async () => expect((await doc.read(tk7)).values["3.1.3"]).toBe("65"));
  });

  it("keeping the document's value puts it back into the form", async () => {
    await setup(true);
    const total = screen.getByLabelText("3.1.3 Tổng số TTHC đang có hiệu lực (Thủ tục)") as HTMLInputElement;
    fireEvent.change(total, { target: { value: "65" } });
    fireEvent.click(screen.getByRole("button", { name: "Ghi vào văn bản" }));
    fireEvent.click(await screen.findByRole("button", { name: "Giữ số liệu trong văn bản" }));
    await waitFor(() => expect(total.value).toBe("70"));
  });
});

describe("Số liệu screen: nothing invalid is written as a success, and each row has its Ghi chú (issue #18)", () => {
  it("writing 'abc' and '98.9' lists them and asks; 'Quay lại sửa' writes nothing and focuses the first", async () => {
    const session = await setup();
    const doc = session.document()!;
    fireEvent.change(screen.getByLabelText("3.1.3 Tổng số TTHC đang có hiệu lực (Thủ tục)"), { target: { value: "abc" } });
    fireEvent.change(screen.getByLabelText("3.4.1 Tỷ lệ hồ sơ TTHC do các sở, ngành tiếp nhận được giải quyết đúng hẹn (%)"), { target: { value: "98.9" } });
    fireEvent.change(screen.getByLabelText("3.1.1 Số TTHC công bố mới (Thủ tục)"), { target: { value: "7" } });
    fireEvent.click(screen.getByRole("button", { name: "Ghi vào văn bản" }));
    const dialog = await screen.findByRole("alertdialog");
    expect(dialog.textContent).toContain("2 số liệu không hợp lệ");
    expect(dialog.textContent).toContain('"abc"');
    expect(dialog.textContent).toContain('"98.9"');
    fireEvent.click(screen.getByRole("button", { name: "Quay lại sửa" }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText("3.1.3 Tổng số TTHC đang có hiệu lực (Thủ tục)")));
    expect((await doc.read(tk7)).values).toMatchObject({ "3.1.3": "", "3.4.1": "", "3.1.1": "" });
  });

  it("'Chỉ ghi … hợp lệ' writes the valid ones only; the invalid stay in the form, not in the document", async () => {
    const session = await setup();
    const doc = session.document()!;
    const total = screen.getByLabelText("3.1.3 Tổng số TTHC đang có hiệu lực (Thủ tục)") as HTMLInputElement;
    fireEvent.change(total, { target: { value: "abc" } });
    fireEvent.change(screen.getByLabelText("3.1.1 Số TTHC công bố mới (Thủ tục)"), { target: { value: "7" } });
    fireEvent.click(screen.getByRole("button", { name: "Ghi vào văn bản" }));
    fireEvent.click(await screen.findByRole("button", { name: "Chỉ ghi 1 số liệu hợp lệ" }));
    expect(await screen.findByText("Đã ghi 1 chỉ tiêu vào văn bản.")).toBeTruthy();
    expect((await doc.read(tk7)).values).toMatchObject({ "3.1.3": "", "3.1.1": "7" });
    expect(total.value).toBe("abc");
  });

  it("writes a row's Ghi chú with its value, and reads it back", async () => {
    const session = await setup();
    fireEvent.change(screen.getByLabelText("3.1.3 Tổng số TTHC đang có hiệu lực (Thủ tục)"), { target: { value: "65" } });
    fireEvent.change(screen.getByLabelText("Ghi chú dòng 3.1.3"), { target: { value: "05 TTHC thuộc lĩnh vực tiếp công dân" } });
    fireEvent.click(screen.getByRole("button", { name: "Ghi vào văn bản" }));
    expect(await screen.findByText("Đã ghi 1 chỉ tiêu vào văn bản. Đã ghi 1 ghi chú.")).toBeTruthy();
    const read = await session.document()!.read(tk7);
    expect(read.values["3.1.3"]).toBe("65");
    // Seed 002's own note on 7.6.2.a stays.
    expect(read.notes).toEqual({ "3.1.3": "05 TTHC thuộc lĩnh vực tiếp công dân", "7.6.2.a": "Trừ VB của Đảng ủy, Công Đoàn, Đoàn Thanh niên Sở" });
  });
});

describe("Số liệu: heading rows", () => {
  it("a heading row has its Ghi chú (seed 000 explains 1.1 and 1.3 there): written and read back", async () => {
    const session = await setup();
    fireEvent.change(screen.getByLabelText("3.1 Thống kê TTHC — ghi chú"), { target: { value: "Theo Quyết định công bố của Chủ tịch UBND tỉnh" } });
    fireEvent.click(screen.getByRole("button", { name: "Ghi vào văn bản" }));
    await waitFor(async () => expect((await session.document()!.read(tk7)).notes["3.1"]).toBe("Theo Quyết định công bố của Chủ tịch UBND tỉnh"));
  });
});

describe("Số liệu: Lấy từ kế hoạch", () => {
  const planFile = (year: number) => {
    const plan = fixture("seed-004.json");
    const json = JSON.stringify({ ...plan, period: { ...plan.period, year }, values: { "1": "Hoàn thành", "2": "Hoàn thành", "3": "Đang làm" } });
    return new File([json], "ke-hoach.json", { type: "application/json" });
  };

  it("the year's plan fills Số nhiệm vụ đề ra and đã hoàn thành in the form; writing puts them in the document", async () => {
    const session = await setup();
    fireEvent.change(screen.getByLabelText("Lấy từ kế hoạch"), { target: { files: [planFile(2021)] } });
    expect(await screen.findByText(/^Lấy từ kế hoạch CCHC năm 2021: 1\.1\.1 = 50, 1\.1\.2 = 2\./)).toBeTruthy();
    expect((screen.getByLabelText("1.1.1 Số nhiệm vụ đề ra trong kế hoạch (Nhiệm vụ)") as HTMLInputElement).value).toBe("50");
    fireEvent.click(screen.getByRole("button", { name: "Ghi vào văn bản" }));
    await waitFor(async () => expect((await session.document()!.read(tk7)).values).toMatchObject({ "1.1.1": "50", "1.1.2": "2" }));
  });

  it("a plan of another year is refused, with the reason, and nothing changes", async () => {
    await setup();
    fireEvent.change(screen.getByLabelText("Lấy từ kế hoạch"), { target: { files: [planFile(2022)] } });
    expect(await screen.findByText("ke-hoach.json là kế hoạch CCHC năm 2022, không dùng cho báo cáo năm 2021.")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: vi.areaName("chi-dao-dieu-hanh") }));
    expect((screen.getByLabelText("1.1.1 Số nhiệm vụ đề ra trong kế hoạch (Nhiệm vụ)") as HTMLInputElement).value).toBe("");
  });
});
