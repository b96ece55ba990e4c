/**
 * The name proposed when a report is saved: what it is, for which period and which agency —
 * BC-CCHC-6T-2025-SKHCN.docx, KH-CCHC-2026-SGDDT.docx — never the same name for every file.
 */
import type { ReportData } from "../../../core/model/report-data";
import type { ReportKind } from "../../../core/model/vocabulary";
import { parseKyHieu } from "../../../core/validation/rules/header";

const PERIOD: Record<ReportKind, string> = { "quy-1": "Q1", "6-thang": "6T", "quy-3": "Q3", "9-thang": "9T", nam: "NAM", "ke-hoach": "" };

/** Letters without their marks (Đ as D), for a file name any system accepts. */
const plain = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D");

/** Small words an abbreviation leaves out. */
const SMALL = new Set(["va", "cua"]);
/** Where an agency's name gives way to its place: "Sở Khoa học và Công nghệ | tỉnh Quảng Ngãi". */
const PLACE = new Set(["tinh", "thanh", "xa", "phuong", "dac"]);

/** The agency's short name: the issuer of its ký hiệu (…/BC-SKHCN), else the initials of its name. */
export function agencyAbbreviation(data: Pick<ReportData, "agency" | "header">): string {
  const issuer = parseKyHieu(data.header?.["so-ky-hieu"] ?? "")?.issuer;
  if (issuer) return plain(issuer).replace(/[^A-Za-z0-9-]/g, "");
  const words = plain(data.agency.name).split(/\s+/).filter(Boolean);
  const cut = words.findIndex((w, i) => i > 0 && PLACE.has(w.toLowerCase()));
  const initials = (cut > 0 ? words.slice(0, cut) : words)
    .filter((w) => !SMALL.has(w.toLowerCase()))
    .map((w) => w.charAt(0).toUpperCase())
    .join("");
  return initials.replace(/[^A-Z0-9]/g, "") || "CCHC";
}

export function reportFileName(data: Pick<ReportData, "agency" | "header" | "period">): string {
  const { kind, year } = data.period;
  const parts = kind === "ke-hoach" ? ["KH", "CCHC", String(year)] : ["BC", "CCHC", PERIOD[kind], String(year)];
  return `${[...parts, agencyAbbreviation(data)].join("-")}.docx`;
}
