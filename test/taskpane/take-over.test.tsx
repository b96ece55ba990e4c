/** @jest-environment jsdom */
/**
 * The workbench and Word take a report typed by hand over: the choice shows for a
 * document with nothing of ours, says what it did (or why not), and the pane then
 * works on the report.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen } from "@testing-library/react";
import JSZip from "jszip";
import { builtInTemplates } from "../../src/core/templates/registry";
import { App } from "../../src/taskpane/components/App";
import { readCurrent } from "../../src/taskpane/session/session";
import { WorkbenchSession } from "../../src/taskpane/session/workbench-session";
import { documentXml, handmadeDocx, printedSeed } from "../handmade/handmade-docx";
import { WordSession } from "../../src/taskpane/session/word-session";
import { fakeWord, openedModel } from "../word-fake/fake-word";
import { FakeDocumentModel } from "../word-fake/model";

const loadTemplates = async () => builtInTemplates();
const TAKE_OVER = "Chuyển thành báo cáo có cấu trúc";

async function opened(bytes: Uint8Array): Promise<WorkbenchSession> {
  const session = new WorkbenchSession();
  await session.open(bytes);
  render(
    <FluentProvider theme={webLightTheme}>
      <App session={session} loadTemplates={loadTemplates} />
    </FluentProvider>,
  );
  return session;
}

describe("Chuyển thành báo cáo có cấu trúc (workbench)", () => {
  it("seed 002 typed by hand: taken over, said, and read as a report with the officer's values", async () => {
    const session = await opened(await handmadeDocx(printedSeed("002")));
    fireEvent.click(await screen.findByRole("button", { name: TAKE_OVER }));
    expect(await screen.findByText(/^Đã chuyển thành báo cáo có cấu trúc \(mẫu tk-7-linh-vuc-2021, Báo cáo 6 tháng/)).toBeTruthy();
    const state = await readCurrent(session, async (id) => builtInTemplates().find((t) => t.id === id));
    expect(state?.data.values).toMatchObject({ "1.1.3": "09", "5.1.1": "02/02" });
    expect(session.unsaved).toBe(true);
    expect(screen.queryByRole("button", { name: TAKE_OVER })).toBeNull();
  });

  it("seed 003: what was left for the officer is listed", async () => {
    await opened(await handmadeDocx(printedSeed("003")));
    fireEvent.click(await screen.findByRole("button", { name: TAKE_OVER }));
    expect(await screen.findByText("2 chỗ được để nguyên, chưa gắn ô (cần sửa tay trong văn bản):")).toBeTruthy();
    expect(screen.getByText("1.1: ghi chú được viết sau tên chỉ tiêu; hãy chuyển sang cột ghi chú")).toBeTruthy();
  });

  it("a letter with no appendix table: why it cannot be taken over", async () => {
    const zip = new JSZip();
    zip.file("word/document.xml", '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Công văn</w:t></w:r></w:p></w:body></w:document>');
    await opened(await zip.generateAsync({ type: "uint8array" }));
    fireEvent.click(await screen.findByRole("button", { name: TAKE_OVER }));
    expect(await screen.findByText(/^Văn bản không có bảng phụ lục số liệu theo mẫu nào/)).toBeTruthy();
  });
});

describe("Chuyển thành báo cáo có cấu trúc (in Word)", () => {
  const inWord = (model: ReturnType<typeof openedModel>) => {
    const fake = fakeWord({ model });
    const session = new WordSession(fake.host);
    render(
      <FluentProvider theme={webLightTheme}>
        <App session={session} loadTemplates={loadTemplates} />
      </FluentProvider>,
    );
    return { fake, session };
  };

  it("seed 002 typed by hand, open in Word: offered, taken over, said, and read back with the officer's values", async () => {
    const { session } = inWord(openedModel(documentXml(printedSeed("002"))));
    fireEvent.click(await screen.findByRole("button", { name: TAKE_OVER }));
    expect(await screen.findByText(/^Đã chuyển thành báo cáo có cấu trúc \(mẫu tk-7-linh-vuc-2021, Báo cáo 6 tháng/)).toBeTruthy();
    const state = await readCurrent(session, async (id) => builtInTemplates().find((t) => t.id === id));
    expect(state?.data.values).toMatchObject({ "1.1.3": "09", "5.1.1": "02/02" });
  });

  it("while Word tracks changes: refused with what to do, and the document is unchanged", async () => {
    const model = openedModel(documentXml(printedSeed("000")));
    model.changeTrackingMode = "TrackAll";
    const before = JSON.stringify(model.body);
    inWord(model);
    fireEvent.click(await screen.findByRole("button", { name: TAKE_OVER }));
    expect(await screen.findByText(/^Văn bản đang bật Theo dõi thay đổi/)).toBeTruthy();
    expect(JSON.stringify(model.body)).toBe(before);
  });

  it("a blank document in Word: not offered", async () => {
    inWord(new FakeDocumentModel());
    expect(await screen.findByRole("button", { name: "Tạo báo cáo mới" })).toBeTruthy();
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.queryByRole("button", { name: TAKE_OVER })).toBeNull();
  });
});
