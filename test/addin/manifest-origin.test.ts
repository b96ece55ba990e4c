/**
 * `ADDIN_URL=https://… npm run build` writes dist/web/manifest.xml with every URL on that origin
 * (scripts/manifest-origin.js, used by webpack.config.js): icons, SourceLocation, the help page, AppDomains.
 */
import * as fs from "fs";
import * as path from "path";
import { DOMParser } from "@xmldom/xmldom";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { manifestFor } = require("../../scripts/manifest-origin.js") as { manifestFor: (xml: string, url: string) => string };
const DEV = fs.readFileSync(path.join(__dirname, "..", "..", "manifest.xml"), "utf8");

function urlsOf(xml: string): { urls: string[]; domains: string[] } {
  const doc = new DOMParser().parseFromString(xml, "text/xml");
  const all = Array.from({ length: doc.getElementsByTagName("*").length }, (_, i) => doc.getElementsByTagName("*").item(i)!);
  return {
    urls: all.map((e) => e.getAttribute("DefaultValue") ?? "").filter((v) => v.startsWith("http")),
    domains: all.filter((e) => e.localName === "AppDomain").map((e) => e.textContent ?? ""),
  };
}

describe("the manifest for an agency's server (ADDIN_URL)", () => {
  it("moves every URL to the origin, under its path, and sets AppDomains to the origin alone", () => {
    const { urls, domains } = urlsOf(manifestFor(DEV, "https://cchc.sonoivu.quangngai.gov.vn/addin"));
    expect(urls.length).toBe(urlsOf(DEV).urls.length);
    expect(urls.filter((u) => !u.startsWith("https://cchc.sonoivu.quangngai.gov.vn/addin/"))).toEqual([]);
    expect(urls).toContain("https://cchc.sonoivu.quangngai.gov.vn/addin/taskpane.html");
    expect(urls).toContain("https://cchc.sonoivu.quangngai.gov.vn/addin/assets/icon-80.png");
    expect(domains).toEqual(["https://cchc.sonoivu.quangngai.gov.vn"]);
    expect(manifestFor(DEV, "https://cchc.example.vn:8443")).not.toContain("localhost");
  });

  it("keeps everything else (id, version, names, requirements) as it is", () => {
    const moved = manifestFor(DEV, "https://cchc.example.vn");
    for (const kept of ["<Id>6f1f3a52-8f0e-4b7e-9c53-2a7c0c4e5d11</Id>", "<Version>0.1.0.0</Version>", 'DisplayName DefaultValue="Báo cáo CCHC"', '<Set Name="WordApi" MinVersion="1.3"/>'])
      expect(moved).toContain(kept);
  });

  it("refuses what Office would not load: http, a query, not a URL", () => {
    expect(() => manifestFor(DEV, "http://cchc.example.vn")).toThrow(/must be https/);
    expect(() => manifestFor(DEV, "https://cchc.example.vn/?v=2")).toThrow(/without query/);
    expect(() => manifestFor(DEV, "cchc.example.vn")).toThrow(/not a URL/);
  });
});
