/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import JSZip from "jszip";
import { SectionsScreen } from "../../src/taskpane/components/sections/SectionsScreen";
import { WorkbenchSession } from "../../src/taskpane/session/workbench-session";
import { fixture, template } from "../helpers";

const tk7 = template("tk-7-linh-vuc-2021");
const II2 = "Sở đã tiếp nhận 93 hồ sơ; giải quyết đúng hẹn 63 hồ sơ, trễ hẹn 01 hồ sơ.\nĐang xử lý 25 hồ sơ chưa đến hạn.";

/** The officer writes II.2 in Word over the placeholder the add-in put there. */
async function writtenInWord(session: WorkbenchSession, text: string): Promise<void> {
  const zip = await JSZip.loadAsync(await session.save());
  const xml = await zip.file("word/document.xml")!.async("string");
  zip.file("word/document.xml", xml.replace(/(<w:tag w:val="cchc:section:II\.2"\/>(?:(?!<w:t ).)*<w:t xml:space="preserve">)[^<]*</s, `$1${text}<`));
  await session.open(await zip.generateAsync({ type: "uint8array" }));
}

async function setup(officerText?: string) {
  const session = new WorkbenchSession();
  await session.createReport(tk7, { ...fixture("seed-002.json"), sections: {} });
  if (officerText) await writtenInWord(session, officerText);
  render(
    <FluentProvider theme={webLightTheme}>
      <SectionsScreen session={session} />
    </FluentProvider>,
  );
  return session;
}

const field = (name: RegExp) => screen.findByRole("textbox", { name });

describe("Nội dung screen", () => {
  it("lists the sections the agency writes, writes the new texts into the document, one paragraph per line", async () => {
    const session = await setup();
    const tthc = (await field(/^II\.2\. Cải cách thủ tục hành chính/)) as HTMLTextAreaElement;
    expect(tthc.value).toBe(""); // the document holds only the placeholder
    expect(screen.getAllByRole("textbox").length).toBeGreaterThanOrEqual(10);
    fireEvent.change(tthc, { target: { value: II2 } });
    fireEvent.click(screen.getByRole("button", { name: "Ghi vào văn bản" }));
    await screen.findByText("Đã ghi 1 mục vào văn bản.");
    expect((await session.document()!.read(tk7)).sections).toEqual({ "II.2": II2 });
  });

  it("shows what the document already says and asks before replacing it; keeping puts the document's text in the form", async () => {
    await setup("Bản của cán bộ.");
    const tthc = (await field(/^II\.2\. /)) as HTMLTextAreaElement;
    await waitFor(() => expect(tthc.value).toBe("Bản của cán bộ."));
    fireEvent.change(tthc, { target: { value: II2 } });
    fireEvent.click(screen.getByRole("button", { name: "Ghi vào văn bản" }));
    await screen.findByText("1 mục trong văn bản đã có nội dung khác");
    expect(screen.getByText('Mục II.2 Cải cách thủ tục hành chính: văn bản đang ghi "Bản của cán bộ."')).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Giữ nội dung trong văn bản" }));
    expect(tthc.value).toBe("Bản của cán bộ.");
  });
});

describe("Nội dung screen: căn cứ, Kính gửi and Nơi nhận (issue #18)", () => {
  it("writes căn cứ over its placeholder and Nơi nhận one recipient a line; a part the report does not have says why it cannot be edited", async () => {
    const session = new WorkbenchSession();
    const seed = fixture("seed-002.json");
    const { "can-cu": _canCu, ...header } = seed.header!;
    await session.createReport(tk7, { ...seed, header });
    render(
      <FluentProvider theme={webLightTheme}>
        <SectionsScreen session={session} />
      </FluentProvider>,
    );
    const canCu = (await screen.findByLabelText("Căn cứ (văn bản yêu cầu báo cáo)")) as HTMLTextAreaElement;
    expect(canCu.value).toBe("");
    fireEvent.change(canCu, { target: { value: seed.header!["can-cu"]! } });
    const noiNhan = screen.getByLabelText("Nơi nhận") as HTMLTextAreaElement;
    expect(noiNhan.value).toBe("- Sở Nội vụ;\n- GĐ, các PGĐ Sở;\n- Các phòng, đơn vị thuộc Sở;\n- Lưu: VT, VP.");
    fireEvent.change(noiNhan, { target: { value: "- Sở Nội vụ;\n- Lưu: VT, VP." } });
    // Seed 002 has no Kính gửi: the field is disabled, and says why.
    const kinhGui = screen.getByLabelText("Kính gửi (cơ quan được gửi báo cáo)") as HTMLInputElement;
    expect(kinhGui.disabled).toBe(true);
    expect(screen.getByText(/Văn bản không có phần này/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Ghi vào văn bản" }));
    // The Nơi nhận in the document is the add-in's own (from Tạo báo cáo), not typed over since: the pane's edit replaces it.
    expect(await screen.findByText("Đã ghi 2 thông tin phần đầu, phần ký vào văn bản.")).toBeTruthy();
    const read = await session.document()!.read(tk7);
    expect(read.header["can-cu"]).toBe(seed.header!["can-cu"]);
    expect(read.header["noi-nhan"]).toBe("- Sở Nội vụ;\n- Lưu: VT, VP.");
  });
});

describe("Nội dung screen: Bỏ mục này (issue #12, the workbench has no Word to delete a section in)", () => {
  it("takes optional V out of the document, says so, and offers it no more; IV, being typed, cannot be taken out", async () => {
    const session = await setup();
    const v = await field(/^V\. .*\(không bắt buộc\)/);
    const iv = (await field(/^IV\. .*\(không bắt buộc\)/)) as HTMLTextAreaElement;
    fireEvent.change(iv, { target: { value: "Đề nghị tập huấn." } });
    const removeButtons = screen.getAllByRole("button", { name: "Bỏ mục này" });
    // III, IV and V are optional in a 6-month report, and so are the reform areas' sub-sections a), b)… (3 + 5 + 4)
    // and the own text of the three areas that have them; IV has text being typed.
    expect(removeButtons.length).toBe(3 + 12 + 3);
    expect(screen.getByText(/Mục đã có nội dung \(trong văn bản hoặc đang gõ\)/)).toBeTruthy();
    const vButton = removeButtons.find((b) => b.closest("[class*=fui-Field]")?.contains(v))!;
    fireEvent.click(vButton);
    await screen.findByText("Đã bỏ mục V khỏi văn bản (không bắt buộc).");
    expect(await screen.findByText("Mục không bắt buộc đã bỏ khỏi văn bản: V.")).toBeTruthy();
    expect(screen.queryByRole("textbox", { name: /^V\. / })).toBeNull();
    const read = await session.document()!.read(tk7);
    expect(read.present.has("cchc:section:V")).toBe(false);
    expect(read.missing).toEqual([]);
    expect(iv.value).toBe("Đề nghị tập huấn.");
  });

  it("a reform area's sub-sections are listed under it by their letter, as the document prints them", async () => {
    await setup();
    expect(await field(/^II\.2 a\) Kiểm soát việc ban hành thủ tục hành chính \(không bắt buộc\)$/)).toBeTruthy();
    expect(await field(/^II\.2 đ\) Kết quả thực hiện cơ chế một cửa, một cửa liên thông \(không bắt buộc\)$/)).toBeTruthy();
  });
});
