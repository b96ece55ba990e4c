/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import type { ReportData } from "../../src/core/model/report-data";
import { CheckScreen } from "../../src/taskpane/components/check/CheckScreen";
import { App } from "../../src/taskpane/components/App";
import { builtInTemplates } from "../../src/core/templates/registry";
import { WorkbenchSession } from "../../src/taskpane/session/workbench-session";
import { WordSession } from "../../src/taskpane/session/word-session";
import { vi } from "../../src/strings";
import { leafSections, outlineFor } from "../../src/core/outline";
import { fakeWord } from "../word-fake/fake-word";
import { deleteControl } from "../word-fake/officer";
import { fixture, template, withValues } from "../helpers";

const tk7 = template("tk-7-linh-vuc-2021");

async function sessionWith(data: ReportData): Promise<WorkbenchSession> {
  const session = new WorkbenchSession();
  await session.createReport(tk7, data);
  return session;
}

// The whole pane renders every row of Số liệu in jsdom: slow on a loaded machine, so waits are generous (nothing here times anything).
const SLOW = { timeout: 10_000 };
jest.setTimeout(30_000);

const renderApp = (session: WorkbenchSession) =>
  render(
    <FluentProvider theme={webLightTheme}>
      <App session={session} loadTemplates={async () => builtInTemplates()} />
    </FluentProvider>,
  );

function renderScreen(session: WorkbenchSession) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <CheckScreen session={session} />
    </FluentProvider>,
  );
}

/** Seed 002 completed: every applicable row and section written, numbered and dated. */
function complete(): ReportData {
  const data = fixture("seed-002.json");
  const values: Record<string, string> = { ...(data.values as Record<string, string>), "1.3.2": "0", "1.3.3": "0", "3.5.3": "0", "7.8.2": "0", "7.8.4": "0" };
  const sections: Record<string, string> = {};
  for (const s of leafSections(outlineFor(data.period))) if (s.fixedText === undefined) sections[s.id] = `Nội dung mục ${s.id} của Sở.`;
  return { ...data, values, sections, header: { ...data.header, "so-ky-hieu": "412/BC-SKHCN" } };
}

describe("Kiểm tra screen (standalone workbench, a real .docx in memory)", () => {
  it("lists the problems in Vietnamese; activating one opens Số liệu at its row, focuses it, and selects its control", async () => {
    const session = await sessionWith(withValues(fixture("seed-002.json"), { "3.1.3": "2.027" }));
    const select = jest.spyOn(session.document()!, "select");
    renderApp(session);
    fireEvent.click(await screen.findByRole("tab", { name: "Kiểm tra" }));
    fireEvent.click(screen.getByRole("button", { name: "Kiểm tra" }));
    const issue = await screen.findByRole("button", { name: /Dòng 3\.1\.3 Tổng số TTHC đang có hiệu lực = 2\.027, nhưng các dòng trong đó cộng lại = 65/ });
    expect(screen.getByRole("heading", { name: "Lỗi (1)" })).toBeTruthy();
    expect(screen.getByText(/Đã điền \d+\/\d+ chỉ tiêu/)).toBeTruthy();
    fireEvent.click(issue);
    await waitFor(() => expect(select).toHaveBeenCalledWith("cchc:value:3.1.3"), SLOW);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText("3.1.3 Tổng số TTHC đang có hiệu lực (Thủ tục)")), SLOW);
    expect(screen.getByRole("tab", { name: "Số liệu", selected: true })).toBeTruthy();
  });

  it("a narrative issue opens Nội dung at its section and marks the words it quotes in the preview (issue #13)", async () => {
    const data = { ...fixture("seed-002.json"), sections: { "II.2": "Trong quý III/2020, Sở đã tiếp nhận 93 hồ sơ." } };
    const session = await sessionWith(data);
    const select = jest.spyOn(session.document()!, "select");
    renderApp(session);
    fireEvent.click(await screen.findByRole("tab", { name: "Kiểm tra" }));
    fireEvent.click(screen.getByRole("button", { name: "Kiểm tra" }));
    fireEvent.click(await screen.findByRole("button", { name: /nói về quý III năm 2020 như kỳ đang báo cáo/ }, SLOW));
    await waitFor(() => expect(select).toHaveBeenCalledWith("cchc:section:II.2", "Trong quý III/2020"), SLOW);
    await waitFor(() => expect(document.querySelector("mark")?.textContent).toBe("Trong quý III/2020"), SLOW);
    expect(screen.getByRole("tab", { name: "Nội dung", selected: true })).toBeTruthy();
  });

  it("a section's or a header field's issue opens Nội dung at that field", async () => {
    const session = await sessionWith({ ...fixture("seed-002.json"), header: { ...fixture("seed-002.json").header, "can-cu": "" } });
    renderApp(session);
    fireEvent.click(await screen.findByRole("tab", { name: "Kiểm tra" }));
    fireEvent.click(screen.getByRole("button", { name: "Kiểm tra trước khi ký" }));
    fireEvent.click(await screen.findByRole("button", { name: "Phần đầu văn bản: chưa ghi căn cứ (văn bản yêu cầu báo cáo)." }, SLOW));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText("Căn cứ (văn bản yêu cầu báo cáo)")), SLOW);
    fireEvent.click(screen.getByRole("tab", { name: "Kiểm tra" }));
    fireEvent.click(screen.getByRole("button", { name: "Kiểm tra trước khi ký" }));
    fireEvent.click(await screen.findByRole("button", { name: /^Mục II\.2 .*chưa có nội dung/ }, SLOW));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText(/^II\.2\. /)), SLOW);
  });

  it("before signing: says plainly that the report cannot be signed yet, or that it is ready", async () => {
    renderScreen(await sessionWith(fixture("seed-002.json")));
    fireEvent.click(screen.getByRole("button", { name: "Kiểm tra trước khi ký" }));
    expect(await screen.findByText(/Báo cáo chưa thể ký: còn \d+ lỗi cần sửa\./)).toBeTruthy();
  });

  it("a complete report is ready to sign", async () => {
    renderScreen(await sessionWith(complete()));
    fireEvent.click(screen.getByRole("button", { name: "Kiểm tra trước khi ký" }));
    expect(await screen.findByText("Báo cáo đã sẵn sàng để ký: không còn lỗi.")).toBeTruthy();
  });

  it("'Tiếp theo' walks the fields to fix, each opened, focused and selected, with the way on beside it", async () => {
    const session = await sessionWith({ ...complete(), values: { ...complete().values, "1.3.2": "", "1.3.3": "" } });
    const select = jest.spyOn(session.document()!, "select");
    renderApp(session);
    fireEvent.click(await screen.findByRole("tab", { name: "Kiểm tra" }));
    fireEvent.click(screen.getByRole("button", { name: "Kiểm tra" }));
    await screen.findByRole("heading", { name: /Cảnh báo/ });
    fireEvent.click(screen.getByRole("button", { name: "Tiếp theo" }));
    await waitFor(() => expect(select).toHaveBeenLastCalledWith("cchc:value:1.3.2"), SLOW);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText("1.3.2 Số nhiệm vụ đã hoàn thành đúng hạn (Nhiệm vụ)")), SLOW);
    expect(screen.getByText(/^Vấn đề 1\/2: Dòng 1\.3\.2/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Tiếp theo" }));
    await waitFor(() => expect(select).toHaveBeenLastCalledWith("cchc:value:1.3.3"), SLOW);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText("1.3.3 Số nhiệm vụ đã hoàn thành nhưng quá hạn (Nhiệm vụ)")), SLOW);
    fireEvent.click(screen.getByRole("button", { name: "Về Kiểm tra" }));
    expect(screen.getByRole("tab", { name: "Kiểm tra", selected: true })).toBeTruthy();
  });

  it("says so when there is no report to check", async () => {
    renderScreen(new WorkbenchSession());
    fireEvent.click(screen.getByRole("button", { name: "Kiểm tra" }));
    expect(await screen.findByText(/chưa có báo cáo CCHC do công cụ tạo/)).toBeTruthy();
  });
});

describe("Kiểm tra screen in Word (the Word renderer on the fake)", () => {
  it("says which controls were deleted under Track Changes and leaves them out", async () => {
    const fake = fakeWord();
    const session = new WordSession(fake.host);
    await session.createReport(tk7, fixture("seed-002.json"));
    fake.model.changeTrackingMode = "TrackAll";
    deleteControl(fake.model, "cchc:value:3.1.3");
    render(
      <FluentProvider theme={webLightTheme}>
        <CheckScreen session={session} />
      </FluentProvider>,
    );
    fireEvent.click(screen.getByRole("button", { name: "Kiểm tra" }));
    expect(await screen.findByText(vi.word.trackedDeleted(1))).toBeTruthy();
    expect(screen.getByText(vi.reading.missingControls("cchc:value:3.1.3"))).toBeTruthy();
  });
});
