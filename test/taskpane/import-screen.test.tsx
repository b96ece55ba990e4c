/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { ImportScreen } from "../../src/taskpane/components/import/ImportScreen";
import { WorkbenchSession } from "../../src/taskpane/session/workbench-session";
import { fixture, template } from "../helpers";

const tk7 = template("tk-7-linh-vuc-2021");

async function setup() {
  const session = new WorkbenchSession();
  await session.createReport(tk7, { ...fixture("seed-002.json"), values: { "3.1.3": "65", "1.1.1": "35" } });
  const view = render(
    <FluentProvider theme={webLightTheme}>
      <ImportScreen session={session} />
    </FluentProvider>,
  );
  const input = view.container.querySelector('input[type="file"]') as HTMLInputElement;
  return { session, input };
}

describe("Nhập từ tệp screen", () => {
  it("previews what a CSV would change, and writes nothing until asked", async () => {
    const { session, input } = await setup();
    const csv = new File(["ma;so_lieu\n3.1.3;65\n1.1.1;36\n3.4.1;98,4\n9.9;1\n"], "so-lieu.csv", { type: "text/csv" });
    fireEvent.change(input, { target: { files: [csv] } });
    expect(await screen.findByText("1 ghi mới, 1 thay đổi, 1 giữ nguyên, 1 mã không có trong mẫu.")).toBeTruthy();
    expect(screen.getByRole("table", { name: "Xem trước: so-lieu.csv" })).toBeTruthy();
    expect((await session.document()!.read(tk7)).values["3.4.1"]).toBe("");
    fireEvent.click(screen.getByRole("button", { name: "Ghi vào văn bản" }));
    await waitFor(async () => expect((await session.document()!.read(tk7)).values).toMatchObject({ "3.4.1": "98,4", "1.1.1": "36", "3.1.3": "65" }));
  });

  it("says clearly when the file cannot be used", async () => {
    const { input } = await setup();
    fireEvent.change(input, { target: { files: [new File(["a,b\n1,2\n"], "sai.csv")] } });
    expect(await screen.findByText(/Không đọc được tệp: không tìm thấy cột mã chỉ tiêu/)).toBeTruthy();
  });
});
