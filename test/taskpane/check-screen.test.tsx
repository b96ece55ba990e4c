/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import type { ReportData } from "../../src/core/model/report-data";
import { CheckScreen } from "../../src/taskpane/components/check/CheckScreen";
import { WorkbenchSession } from "../../src/taskpane/session/workbench-session";
import { WordSession } from "../../src/taskpane/session/word-session";
import { vi } from "../../src/strings";
import { fakeWord } from "../word-fake/fake-word";
import { deleteControl } from "../word-fake/officer";
import { fixture, template, withValues } from "../helpers";

const tk7 = template("tk-7-linh-vuc-2021");

async function sessionWith(data: ReportData): Promise<WorkbenchSession> {
  const session = new WorkbenchSession();
  await session.createReport(tk7, data);
  return session;
}

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
  const values: Record<string, string> = { ...(data.values as Record<string, string>), "1.3.2": "0", "1.3.3": "0", "3.5.3": "0", "7.8.2": "0", "7.8.4": "0", "7.6.1": "" };
  const sections: Record<string, string> = {};
  for (const id of ["I.1", "I.2", "I.3", "II.1", "II.2", "II.3", "II.4", "II.5", "II.6", "III.1", "III.2", "IV", "V"]) sections[id] = `Nội dung mục ${id} của Sở.`;
  return { ...data, values, sections, header: { ...data.header, "so-ky-hieu": "412/BC-SKHCN" } };
}

describe("Kiểm tra screen (standalone workbench, a real .docx in memory)", () => {
  it("lists the problems in Vietnamese, and clicking one selects its control", async () => {
    const session = await sessionWith(withValues(fixture("seed-002.json"), { "3.1.3": "2.027" }));
    const select = jest.spyOn(session.document()!, "select");
    renderScreen(session);
    fireEvent.click(screen.getByRole("button", { name: "Kiểm tra" }));
    const issue = await screen.findByRole("button", { name: /Dòng 3\.1\.3 Tổng số TTHC đang có hiệu lực = 2\.027, nhưng các dòng trong đó cộng lại = 65/ });
    expect(screen.getByRole("heading", { name: "Lỗi (1)" })).toBeTruthy();
    expect(screen.getByText(/Đã điền \d+\/\d+ chỉ tiêu/)).toBeTruthy();
    fireEvent.click(issue);
    await waitFor(() => expect(select).toHaveBeenCalledWith("cchc:value:3.1.3"));
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

  it("'Tiếp theo' walks to the next empty field", async () => {
    const session = await sessionWith(fixture("seed-002.json"));
    const select = jest.spyOn(session.document()!, "select");
    renderScreen(session);
    fireEvent.click(screen.getByRole("button", { name: "Kiểm tra" }));
    await screen.findByRole("heading", { name: /Cảnh báo/ });
    fireEvent.click(screen.getByRole("button", { name: "Tiếp theo" }));
    await waitFor(() => expect(select).toHaveBeenLastCalledWith("cchc:value:1.3.2"));
    fireEvent.click(screen.getByRole("button", { name: "Tiếp theo" }));
    await waitFor(() => expect(select).toHaveBeenLastCalledWith("cchc:value:1.3.3"));
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
    expect(screen.getByText(vi.pane.check.missing(1))).toBeTruthy();
  });
});
