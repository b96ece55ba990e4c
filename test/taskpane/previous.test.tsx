/** @jest-environment jsdom */
/**
 * The previous period in the pane (issue #16): Kiểm tra opens the previous report, the cumulative
 * rows are checked against it, and Số liệu shows each row's previous value.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen } from "@testing-library/react";
import { builtInTemplates } from "../../src/core/templates/registry";
import { App } from "../../src/taskpane/components/App";
import { WorkbenchSession } from "../../src/taskpane/session/workbench-session";
import { vi } from "../../src/strings";
import { fixture, template } from "../helpers";

const seed002 = fixture("seed-002.json");
const previousFile = (kind: string, values: Record<string, string>) =>
  new File([JSON.stringify({ ...seed002, period: { year: 2021, kind }, values: { ...seed002.values, ...values } })], "quy-1-2021.json", { type: "application/json" });

async function opened(): Promise<void> {
  const session = new WorkbenchSession();
  await session.createReport(template("tk-7-linh-vuc-2021"), seed002);
  render(
    <FluentProvider theme={webLightTheme}>
      <App session={session} loadTemplates={async () => builtInTemplates()} />
    </FluentProvider>,
  );
  fireEvent.click(await screen.findByRole("tab", { name: "Kiểm tra" }));
}

describe("Kiểm tra: the previous period's report", () => {
  it("quý I/2021 said 3 units autonomous (6.3, cumulative); the 6-month report's 01/01 is fewer: a warning, and Số liệu shows 3", async () => {
    await opened();
    fireEvent.change(screen.getByLabelText("Mở báo cáo kỳ trước"), { target: { files: [previousFile("quy-1", { "6.3": "3" })] } });
    expect(await screen.findByText(/^Đã mở báo cáo kỳ trước: Báo cáo quý I \(Quý I năm 2021\)/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: /^Kiểm tra$/ }));
    expect(await screen.findByText(/Dòng 6\.3 .* là số lũy kế: kỳ này = 1, nhỏ hơn kỳ trước = 3/)).toBeTruthy();
    fireEvent.click(screen.getByRole("tab", { name: "Số liệu" }));
    fireEvent.click(await screen.findByRole("button", { name: vi.areaName("tai-chinh-cong") }));
    expect(await screen.findByText(/· Kỳ trước: 3$/)).toBeTruthy();
  });

  it("a report of a later period is not the previous one: refused, with the reason", async () => {
    await opened();
    fireEvent.change(screen.getByLabelText("Mở báo cáo kỳ trước"), { target: { files: [previousFile("nam", {})] } });
    expect(await screen.findByText("quy-1-2021.json là báo cáo năm 2021, không phải kỳ trước của báo cáo đang mở (6 tháng đầu năm 2021).")).toBeTruthy();
  });
});
