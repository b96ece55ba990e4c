/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen } from "@testing-library/react";
import { builtInTemplates } from "../../src/core/templates/registry";
import { App, AppProps } from "../../src/taskpane/components/App";
import { WorkbenchSession } from "../../src/taskpane/session/workbench-session";

const renderApp = (session: AppProps["session"]) =>
  render(
    <FluentProvider theme={webLightTheme}>
      <App session={session} templates={builtInTemplates()} />
    </FluentProvider>,
  );

describe("the pane", () => {
  it("in a plain browser, works as the workbench: open and save a .docx, check it, see the templates", () => {
    renderApp(new WorkbenchSession());
    expect(screen.getByRole("status").textContent).toContain("bàn làm việc độc lập");
    expect(screen.getByRole("button", { name: "Mở tệp .docx" })).toBeTruthy();
    expect((screen.getByRole("button", { name: "Lưu tệp .docx" }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole("tab", { name: "Mẫu báo cáo" }));
    expect(screen.getByText("tk-2-cap-2025 · phiên bản 1.0.0 · Dùng cho: Báo cáo quý I, Báo cáo 6 tháng, Báo cáo quý III, Báo cáo 9 tháng, Báo cáo năm")).toBeTruthy();
  });

  it("in a Word too old for WordApi 1.3, says so plainly", () => {
    renderApp({ unsupported: "WordApi 1.3" });
    expect(screen.getByText(/Phiên bản Word này chưa hỗ trợ WordApi 1\.3/)).toBeTruthy();
  });
});
