/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { builtInTemplates } from "../../src/core/templates/registry";
import { CreateScreen } from "../../src/taskpane/components/create/CreateScreen";
import { readCurrent } from "../../src/taskpane/session/session";
import { WorkbenchSession } from "../../src/taskpane/session/workbench-session";
import type { PaneSession } from "../../src/taskpane/session/session";
import { WordSession } from "../../src/taskpane/session/word-session";
import { fakeWord } from "../word-fake/fake-word";
import { fixture, template } from "../helpers";

function renderCreate(session: PaneSession, year = 2026) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <CreateScreen session={session} templates={builtInTemplates()} year={year} />
    </FluentProvider>,
  );
}

const type = (label: RegExp | string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe("Tạo báo cáo screen", () => {
  beforeEach(() => localStorage.clear());

  it("offers the templates valid for the period and level: a 2026 report gets the two-level template", () => {
    renderCreate(new WorkbenchSession());
    const select = screen.getByLabelText("Mẫu phụ lục") as HTMLSelectElement;
    expect(Array.from(select.options).map((o) => o.value)).toEqual(["tk-2-cap-2025"]);
    type("Năm", "2021");
    expect(Array.from((screen.getByLabelText("Mẫu phụ lục") as HTMLSelectElement).options).map((o) => o.value)).toEqual(["tk-khanh-hoa-2021", "tk-7-linh-vuc-2021"]);
    fireEvent.change(screen.getByLabelText("Loại báo cáo"), { target: { value: "ke-hoach" } });
    expect(Array.from((screen.getByLabelText("Mẫu phụ lục") as HTMLSelectElement).options).map((o) => o.value)).toEqual(["kh-phan-cong-2021"]);
  });

  it("requires the agency's name and a real year before inserting", () => {
    renderCreate(new WorkbenchSession());
    const insert = screen.getByRole("button", { name: "Chèn toàn bộ báo cáo" }) as HTMLButtonElement;
    expect(insert.disabled).toBe(true);
    expect(screen.queryByText("Cần ghi tên cơ quan báo cáo.")).toBeNull(); // not before the officer has been there
    fireEvent.blur(screen.getByLabelText(/Tên cơ quan báo cáo/));
    expect(screen.getByText("Cần ghi tên cơ quan báo cáo.")).toBeTruthy();
    type(/Tên cơ quan báo cáo/, "UBND phường Bình Thạnh");
    type("Năm", "20");
    expect(screen.getByText("Năm gồm 4 chữ số, từ 2000 đến 2100.")).toBeTruthy();
    expect(insert.disabled).toBe(true);
  });

  it("creates the report with its header, and remembers the header fields (not the number or date) for next time", async () => {
    const session = new WorkbenchSession();
    renderCreate(session);
    fireEvent.change(screen.getByLabelText("Cấp cơ quan"), { target: { value: "xa" } });
    type(/Tên cơ quan báo cáo/, "UBND phường Bình Thạnh");
    type("Tên cơ quan ban hành", "Ủy ban nhân dân phường Bình Thạnh");
    type("Số, ký hiệu văn bản", "/BC-UBND");
    type("Họ tên người ký", "Lê Văn Chín");
    fireEvent.click(screen.getByRole("button", { name: "Chèn toàn bộ báo cáo" }));
    expect(await screen.findByText("Đã chèn vào văn bản.")).toBeTruthy();
    const read = await session.document()!.read();
    expect(read.data).toMatchObject({ template: "tk-2-cap-2025", agency: { name: "UBND phường Bình Thạnh", level: "xa" }, period: { year: 2026, kind: "6-thang" } });
    expect(read.header).toMatchObject({ "co-quan-ban-hanh": "ỦY BAN NHÂN DÂN PHƯỜNG BÌNH THẠNH", "so-ky-hieu": "/BC-UBND", "nguoi-ky": "Lê Văn Chín" });
    expect(JSON.parse(localStorage.getItem("cchc.header.v1")!)).toEqual({ "co-quan-ban-hanh": "Ủy ban nhân dân phường Bình Thạnh", "nguoi-ky": "Lê Văn Chín" });
  });

  it("uses a template from a JSON file, and says what is wrong with a bad one", async () => {
    const session = new WorkbenchSession();
    const view = renderCreate(session);
    const input = view.container.querySelector('input[type="file"][accept=".json"]') as HTMLInputElement;
    const mine = {
      id: "mau-xa-2026",
      version: "1.0.0",
      title: "Mẫu thống kê của xã",
      description: "Mẫu thử",
      layout: "statistics",
      kinds: ["6-thang"],
      levels: ["tinh"],
      appendixLabel: "Phụ lục",
      appendixTitle: "THỐNG KÊ",
      rows: [{ code: "1", label: "Số hồ sơ", unit: "Hồ sơ", area: "thu-tuc-hanh-chinh" }],
    };
    fireEvent.change(input, { target: { files: [new File([JSON.stringify(mine)], "mau.json")] } });
    expect(await screen.findByText('Đã nạp mẫu "Mẫu thống kê của xã".')).toBeTruthy();
    expect((screen.getByLabelText("Mẫu phụ lục") as HTMLSelectElement).value).toBe("mau-xa-2026");
    type(/Tên cơ quan báo cáo/, "UBND xã A");
    fireEvent.click(screen.getByRole("button", { name: "Chèn toàn bộ báo cáo" }));
    await screen.findByText("Đã chèn vào văn bản.");
    // The other screens find the loaded template too.
    expect((await readCurrent(session))?.template.id).toBe("mau-xa-2026");
    fireEvent.change(input, { target: { files: [new File([JSON.stringify({ ...mine, rows: [{ code: "2.1", label: "Mồ côi" }] })], "sai.json")] } });
    expect(await screen.findByText(/Tệp mẫu không dùng được: row 2\.1 has no parent row 2/)).toBeTruthy();
  });

  it("inserts only the appendix, or the standard TTHC dossier table", async () => {
    const session = new WorkbenchSession();
    renderCreate(session);
    type(/Tên cơ quan báo cáo/, "Sở Nội vụ");
    fireEvent.click(screen.getByRole("button", { name: "Chỉ chèn phụ lục" }));
    await screen.findByText("Đã chèn vào văn bản.");
    fireEvent.click(screen.getByRole("button", { name: "Thêm bảng hồ sơ TTHC vào cuối văn bản" }));
    await waitFor(async () => {
      const tags = (await session.document()!.read()).values;
      expect(Object.keys(tags)).toEqual(expect.arrayContaining(["3.1.3", "2.5"]));
    });
  });
});

describe("Tạo báo cáo: never replace without asking (issue #18)", () => {
  beforeEach(() => localStorage.clear());
  const seedReport = () => ({ ...fixture("seed-002.json"), sections: { "II.2": "Sở đã tiếp nhận 93 hồ sơ." } });

  it("prefills the form from the report in the document, and asks before inserting over it, saying what would be lost", async () => {
    const session = new WorkbenchSession();
    await session.createReport(template("tk-7-linh-vuc-2021"), seedReport());
    const before = session.document();
    renderCreate(session);
    await waitFor(() => expect((screen.getByLabelText(/Tên cơ quan báo cáo/) as HTMLInputElement).value).toBe("Sở Khoa học và Công nghệ tỉnh Quảng Ngãi"));
    expect((screen.getByLabelText("Năm") as HTMLInputElement).value).toBe("2021");
    expect((screen.getByLabelText("Mẫu phụ lục") as HTMLSelectElement).value).toBe("tk-7-linh-vuc-2021");
    fireEvent.click(screen.getByRole("button", { name: "Chèn toàn bộ báo cáo" }));
    const dialog = await screen.findByRole("dialog");
    expect(dialog.textContent).toContain("Văn bản đang có Báo cáo 6 tháng (6 tháng đầu năm 2021) — Sở Khoa học và Công nghệ tỉnh Quảng Ngãi, với 77 chỉ tiêu đã có số liệu và 1 mục đã viết.");
    fireEvent.click(screen.getByRole("button", { name: "Hủy" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(session.document()).toBe(before);
    expect((await readCurrent(session))!.read.sections["II.2"]).toBe("Sở đã tiếp nhận 93 hồ sơ.");
    fireEvent.click(screen.getByRole("button", { name: "Chèn toàn bộ báo cáo" }));
    fireEvent.click(await screen.findByRole("button", { name: "Thay thế báo cáo cũ" }));
    await screen.findByText("Đã chèn vào văn bản.");
    expect(session.document()).not.toBe(before);
  });

  it("defaults to the national form, not a province's own, and says why inserting is not possible yet", () => {
    renderCreate(new WorkbenchSession());
    type("Năm", "2021");
    expect((screen.getByLabelText("Mẫu phụ lục") as HTMLSelectElement).value).toBe("tk-7-linh-vuc-2021");
    expect(screen.getByText("Chưa chèn được: Cần ghi tên cơ quan báo cáo.")).toBeTruthy();
  });

  it("checks the number and the date as they are typed, and holds the insert until they are right", () => {
    renderCreate(new WorkbenchSession());
    type(/Tên cơ quan báo cáo/, "UBND phường Bình Thạnh");
    type("Ngày ký", "31/2/2026");
    expect(screen.getByText(/31\/2\/2026/)).toBeTruthy();
    expect((screen.getByRole("button", { name: "Chèn toàn bộ báo cáo" }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText("Chưa chèn được: Sửa số, ký hiệu hoặc ngày ký đang sai (xem ô báo đỏ).")).toBeTruthy();
    type("Ngày ký", "15/6/2026");
    type("Số, ký hiệu văn bản", "12-BC/UBND");
    expect(screen.getByText(/12-BC\/UBND/)).toBeTruthy();
    type("Số, ký hiệu văn bản", "12/BC-UBND");
    expect((screen.getByRole("button", { name: "Chèn toàn bộ báo cáo" }) as HTMLButtonElement).disabled).toBe(false);
  });
});

describe("Tạo báo cáo in Word: page numbers (Nghị định 30, from page 2)", () => {
  beforeEach(() => localStorage.clear());
  const insertIn = async (fake: ReturnType<typeof fakeWord>) => {
    renderCreate(new WordSession(fake.host));
    type(/Tên cơ quan báo cáo/, "UBND phường Bình Thạnh");
    fireEvent.click(screen.getByRole("button", { name: "Chèn toàn bộ báo cáo" }));
    return screen.findByText(/^Đã chèn vào văn bản\./);
  };

  it("a Word that cannot number pages (the web): inserted, and the officer is told how to number them by hand", async () => {
    const said = await insertIn(fakeWord());
    expect(said.textContent).toContain("Chèn › Số trang › Đầu trang");
  });

  it("a Word with WordApiDesktop 1.3 and a document that held text already: not numbered, and the officer is told why and how", async () => {
    const fake = fakeWord({ wordApiDesktop: ["1.1", "1.2", "1.3"] });
    fake.model.body = [{ kind: "p", parts: [{ kind: "text", text: "Công văn trước đó." }], format: { font: {} } }];
    const said = await insertIn(fake);
    expect(said.textContent).toContain("Công cụ chưa đánh số trang vì văn bản đã có nội dung trước báo cáo");
  });

  it("the appendix alone (into a report typed by hand): no page-number advice, the report's numbering is the officer's", async () => {
    renderCreate(new WordSession(fakeWord().host));
    type(/Tên cơ quan báo cáo/, "UBND phường Bình Thạnh");
    fireEvent.click(screen.getByRole("button", { name: "Chỉ chèn phụ lục" }));
    const said = await screen.findByText(/^Đã chèn vào văn bản\./);
    expect(said.textContent).toBe("Đã chèn vào văn bản.");
  });

  it("a Word with WordApiDesktop 1.3: numbered by the add-in, nothing more to say", async () => {
    const fake = fakeWord({ wordApiDesktop: ["1.1", "1.2", "1.3"] });
    const said = await insertIn(fake);
    expect(said.textContent).toBe("Đã chèn vào văn bản.");
    expect(fake.model.section.differentFirstPage).toBe(true);
  });
});
