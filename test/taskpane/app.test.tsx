/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { builtInTemplates } from "../../src/core/templates/registry";
import { App, AppProps } from "../../src/taskpane/components/App";
import { WorkbenchSession } from "../../src/taskpane/session/workbench-session";

const loadTemplates = async () => builtInTemplates();

const renderApp = (session: AppProps["session"], load: AppProps["loadTemplates"] = loadTemplates) =>
  render(
    <FluentProvider theme={webLightTheme}>
      <App session={session} loadTemplates={load} />
    </FluentProvider>,
  );

describe("the pane", () => {
  it("in a plain browser, works as the workbench: open and save a .docx, check it, see the templates", async () => {
    renderApp(new WorkbenchSession());
    expect(screen.getByText("Đang dùng trên trình duyệt, không cần Word: làm việc trên tệp .docx.")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Mở tệp .docx" })).toBeTruthy();
    const save = screen.getByRole("button", { name: "Lưu tệp .docx" }) as HTMLButtonElement;
    expect(save.disabled).toBe(true);
    // A disabled button says why.
    expect(document.getElementById(save.getAttribute("aria-describedby")!)!.textContent).toBe("Chưa có văn bản. Mở một tệp báo cáo .docx để bắt đầu.");
    fireEvent.click(screen.getByRole("tab", { name: "Mẫu phụ lục" }));
    expect(await screen.findByText("tk-2-cap-2025 · phiên bản 1.0.0 · Dùng cho: Báo cáo quý I, Báo cáo 6 tháng, Báo cáo quý III, Báo cáo 9 tháng, Báo cáo năm")).toBeTruthy();
  });

  it("renders its form before the templates arrive, then offers them", async () => {
    let arrive: (t: ReturnType<typeof builtInTemplates>) => void = () => undefined;
    renderApp(new WorkbenchSession(), () => new Promise((resolve) => (arrive = resolve)));
    fireEvent.click(screen.getByRole("button", { name: "Tạo báo cáo mới" }));
    expect(screen.getByLabelText(/Tên cơ quan báo cáo/)).toBeTruthy();
    expect(screen.getByText("Đang tải danh sách mẫu báo cáo…")).toBeTruthy();
    expect((screen.getByRole("button", { name: "Chèn toàn bộ báo cáo" }) as HTMLButtonElement).disabled).toBe(true);
    act(() => arrive(builtInTemplates()));
    await waitFor(() => expect(Array.from((screen.getByLabelText("Mẫu phụ lục") as HTMLSelectElement).options).map((o) => o.value)).toContain("tk-2-cap-2025"));
    expect(screen.queryByText("Đang tải danh sách mẫu báo cáo…")).toBeNull();
  });

  it("says when the templates cannot be loaded, and loads them on Thử lại", async () => {
    let calls = 0;
    const flaky = async () => {
      calls += 1;
      if (calls === 1) throw new Error("Loading chunk templates failed");
      return builtInTemplates();
    };
    renderApp(new WorkbenchSession(), flaky);
    fireEvent.click(screen.getByRole("button", { name: "Tạo báo cáo mới" }));
    expect(await screen.findByText("Không tải được danh sách mẫu báo cáo (Loading chunk templates failed).")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Thử lại" }));
    await waitFor(() => expect(Array.from((screen.getByLabelText("Mẫu phụ lục") as HTMLSelectElement).options).map((o) => o.value)).toContain("tk-2-cap-2025"));
    expect(screen.queryByText(/Không tải được danh sách mẫu/)).toBeNull();
    expect(calls).toBe(2);
  });

  it("in a Word too old for WordApi 1.3, says so plainly", () => {
    renderApp({ unsupported: "WordApi 1.3" });
    expect(screen.getByText(/Phiên bản Word này chưa hỗ trợ WordApi 1\.3/)).toBeTruthy();
  });
});
