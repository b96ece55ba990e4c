import { DOMParser, Element } from "@xmldom/xmldom";
import * as fs from "fs";
import * as path from "path";
import { PNG } from "pngjs";

const ROOT = path.join(__dirname, "..", "..");
const xml = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const doc = new DOMParser().parseFromString(xml, "text/xml");
const all = (name: string) => Array.from(doc.getElementsByTagName(name)) as Element[];
const one = (name: string) => {
  const found = all(name);
  if (found.length === 0) throw new Error(`manifest has no <${name}>`);
  return found[0];
};
const BASE = "https://localhost:3000/";

describe("manifest.xml", () => {
  it("is a Word task pane add-in with a GUID id, a four-part version and Vietnamese names", () => {
    expect(doc.documentElement!.getAttribute("xsi:type")).toBe("TaskPaneApp");
    expect(one("Id").textContent).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(one("Version").textContent).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(one("DefaultLocale").textContent).toBe("vi-VN");
    expect(one("DisplayName").getAttribute("DefaultValue")).toBe("Báo cáo CCHC");
    expect(all("Host").some((h) => h.getAttribute("Name") === "Document")).toBe(true);
    expect(one("Permissions").textContent).toBe("ReadWriteDocument");
  });

  it("requires WordApi 1.3 at least (what Office 2019 has)", () => {
    const set = one("Set");
    expect(set.getAttribute("Name")).toBe("WordApi");
    expect(set.getAttribute("MinVersion")).toBe("1.3");
  });

  it("puts a button on the Home tab that opens the task pane", () => {
    const tab = one("OfficeTab");
    expect(tab.getAttribute("id")).toBe("TabHome");
    const control = tab.getElementsByTagName("Control")[0] as Element;
    expect(control.getAttribute("xsi:type")).toBe("Button");
    const action = control.getElementsByTagName("Action")[0] as Element;
    expect(action.getAttribute("xsi:type")).toBe("ShowTaskpane");
  });

  it("every resource id used is defined, and every URL is on the add-in's own origin", () => {
    const defined = new Set([...all("bt:Image"), ...all("bt:Url"), ...all("bt:String")].map((e) => e.getAttribute("id")).filter((x): x is string => !!x));
    const used = [...all("*")].map((e) => e.getAttribute("resid")).filter((x): x is string => !!x);
    expect(used.filter((r) => !defined.has(r))).toEqual([]);
    const urls = [...all("*")].map((e) => e.getAttribute("DefaultValue") ?? "").filter((v) => v.startsWith("http"));
    expect(urls.filter((u) => !u.startsWith(BASE))).toEqual([]);
    expect(one("SourceLocation").getAttribute("DefaultValue")).toBe(`${BASE}taskpane.html`);
  });

  it("sends the officer to the help page for support and to learn more", () => {
    expect(one("SupportUrl").getAttribute("DefaultValue")).toBe(`${BASE}help.html`);
    const learnMore = all("bt:Url").find((u) => u.getAttribute("id") === "GetStarted.LearnMoreUrl");
    expect(learnMore?.getAttribute("DefaultValue")).toBe(`${BASE}help.html`);
  });

  it("names icons that exist in assets/ at the size they claim (16, 32, 64, 80 px)", () => {
    const icons = [...all("bt:Image"), one("IconUrl"), one("HighResolutionIconUrl")].map((e) => e.getAttribute("DefaultValue")).filter((u): u is string => !!u && u.startsWith(BASE));
    const sizes = new Set<number>();
    for (const url of icons) {
      const file = path.join(ROOT, url.slice(BASE.length));
      const size = Number(/icon-(\d+)\.png$/.exec(file)![1]);
      const png = PNG.sync.read(fs.readFileSync(file));
      expect([png.width, png.height]).toEqual([size, size]);
      sizes.add(size);
    }
    expect([...sizes].sort((a, b) => a - b)).toEqual([16, 32, 64, 80]);
  });
});
