/**
 * What a report typed by hand says of itself: its period (from the trích yếu,
 * "Công tác cải cách hành chính 6 tháng đầu năm 2021"), its agency (from the
 * appendix's "(Kèm theo báo cáo … của …)" line or the trích yếu) and the agency's
 * level (from its name), and the header fields as typed. Each comes with the text
 * it was read from; what is not said stays unknown (never guessed).
 */
import type { Header, Period } from "../../core/model/report-data";
import type { AgencyLevel, ReportKind } from "../../core/model/vocabulary";
import type { BodyBlock } from "./body";

export interface Found<T> {
  readonly value: T;
  /** The document's own words it was read from. */
  readonly from: string;
}

export interface IdentityText {
  readonly period?: Found<Period>;
  readonly agency?: Found<string>;
  readonly level?: Found<AgencyLevel>;
  readonly header: Header;
}

const clean = (s: string) => s.normalize("NFC").replace(/\s+/g, " ").trim();

/** Lines of text in reading order: paragraphs, and table cells line by line (the header block is a table). */
function linesOf(blocks: readonly BodyBlock[], limit: number): string[] {
  const out: string[] = [];
  for (const b of blocks) {
    if (out.length >= limit) break;
    if (b.kind === "paragraph") out.push(clean(b.text));
    else for (const row of b.rows.slice(0, 6)) for (const c of row) if (!c.merged) for (const l of c.text.split("\n")) out.push(clean(l));
  }
  return out.filter((l) => l !== "");
}

const YEAR = String.raw`(?:năm\s*|/\s*)(20\d\d)\b`;
const KIND_PATTERNS: readonly [ReportKind, RegExp][] = [
  ["quy-1", new RegExp(String.raw`quý\s+(?:i|1)\b(?!i)[^\d]{0,20}?${YEAR}`, "iu")],
  ["quy-3", new RegExp(String.raw`quý\s+(?:iii|3)\b[^\d]{0,20}?${YEAR}`, "iu")],
  ["6-thang", new RegExp(String.raw`(?:6|sáu)\s+tháng(?:\s+đầu)?\s*${YEAR}`, "iu")],
  ["9-thang", new RegExp(String.raw`(?:9|chín)\s+tháng(?:\s+đầu)?\s*${YEAR}`, "iu")],
];

function periodIn(text: string, plan: boolean): Period | null {
  for (const [kind, re] of KIND_PATTERNS) {
    const m = re.exec(text);
    if (m) return { kind, year: Number(m[1]) };
  }
  const year = /\bnăm\s+(20\d\d)\b/iu.exec(text);
  if (year) return { kind: plan ? "ke-hoach" : "nam", year: Number(year[1]) };
  return null;
}

/** The trích yếu: the lines after the document's name ("BÁO CÁO" / "KẾ HOẠCH"), up to the first sentence. */
function trichYeu(lines: readonly string[]): { text: string; plan: boolean } | null {
  const at = lines.findIndex((l) => /^(BÁO CÁO|KẾ HOẠCH)$/u.test(l.toLocaleUpperCase("vi")));
  if (at < 0) return null;
  const plan = lines[at].toLocaleUpperCase("vi") === "KẾ HOẠCH";
  const parts: string[] = [];
  for (const l of lines.slice(at + 1, at + 5)) {
    if (/^(căn cứ|thực hiện|kính gửi)/iu.test(l) || /^[IVX]+\.\s/u.test(l)) break;
    parts.push(l);
  }
  return { text: parts.join(" "), plan };
}

/** The agency's level, from its name: "Sở …" is provincial, "UBND xã …" a commune, "Trường …" a public service unit. */
export function levelOfName(name: string, year?: number): AgencyLevel | null {
  const n = clean(name).toLocaleLowerCase("vi").replace(/^ủy ban nhân dân|^uỷ ban nhân dân/u, "ubnd");
  if (/^ubnd\s+(xã|phường|thị trấn|đặc khu)(?![\p{L}\p{N}])/u.test(n)) return "xa";
  if (/^ubnd\s+tỉnh(?![\p{L}\p{N}])/u.test(n)) return "tinh";
  if (/^ubnd\s+(huyện|quận|thị xã)(?![\p{L}\p{N}])/u.test(n)) return year !== undefined && year >= 2026 ? null : "huyen";
  if (/^(ban quản lý|bql)\s+(khu kinh tế|các khu công nghiệp|khu công nghệ cao|kkt|kcn)(?![\p{L}\p{N}])/u.test(n)) return "tinh";
  if (/^(trường|bệnh viện|trung tâm|viện|đài|nhà văn hóa|thư viện|bảo tàng|ban quản lý|bql)(?![\p{L}\p{N}])/u.test(n)) return "su-nghiep";
  if (/^(sở|ban|văn phòng ubnd|văn phòng ủy ban|thanh tra tỉnh)(?![\p{L}\p{N}])/u.test(n)) return "tinh";
  if (/^phòng(?![\p{L}\p{N}])/u.test(n)) return "huyen";
  return null;
}

/** The header block: the issuing agency (capitals above the line, left), number, place and date. */
function headerOf(lines: readonly string[]): Header {
  const header: Record<string, string> = {};
  const quocHieu = lines.findIndex((l) => /CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM/iu.test(l.normalize("NFC")));
  const before = (quocHieu >= 0 ? lines.slice(0, quocHieu) : []).filter((l) => l === l.toLocaleUpperCase("vi") && /\p{L}/u.test(l));
  if (before.length >= 2) {
    header["co-quan-chu-quan"] = before[0];
    header["co-quan-ban-hanh"] = before.slice(1).join(" ");
  } else if (before.length === 1) header["co-quan-ban-hanh"] = before[0];
  for (const l of lines.slice(0, 30)) {
    const so = /^Số\s*:\s*(\S*\s*\/\s*[\p{L}\p{N}-]+)/u.exec(l);
    if (so && !header["so-ky-hieu"]) header["so-ky-hieu"] = so[1].replace(/\s+/g, "");
    const date = /(?:^|\s)([\p{L} ]+?),\s*ngày\s+(\d{1,2}|…*|\.*)\s*tháng\s+(\d{1,2})\s+năm\s+(20\d\d)/u.exec(l);
    if (date && !header.ngay) {
      header["dia-danh"] = date[1].trim();
      header.ngay = /^\d+$/.test(date[2]) ? `${Number(date[2])}/${Number(date[3])}/${date[4]}` : `/${Number(date[3])}/${date[4]}`;
    }
  }
  return header as Header;
}

export function identityOf(blocks: readonly BodyBlock[]): IdentityText {
  const lines = linesOf(blocks, 4000);
  const ty = trichYeu(lines);
  const kemTheo = lines.find((l) => /^\(?\s*(?:ban hành\s+)?kèm theo(?![\p{L}\p{N}])/iu.test(l));
  let period: Found<Period> | undefined;
  for (const text of [ty?.text, kemTheo].filter((t): t is string => !!t)) {
    const p = periodIn(text, ty?.plan ?? false);
    if (p) {
      period = { value: p, from: text };
      break;
    }
  }
  let agency: Found<string> | undefined;
  const of = kemTheo && /(?<![\p{L}\p{N}])của\s+(.+?)\s*\)?\s*$/u.exec(kemTheo);
  if (of) agency = { value: of[1], from: kemTheo };
  else if (ty) {
    const inTy = /(?<![\p{L}\p{N}])của\s+((?:sở|ban|ủy ban|ubnd|trường|văn phòng|bệnh viện|trung tâm|phòng)(?![\p{L}\p{N}]).+)$/iu.exec(ty.text);
    if (inTy) agency = { value: inTy[1], from: ty.text };
  }
  const header = headerOf(lines);
  const name = agency?.value ?? header["co-quan-ban-hanh"];
  const level = name ? levelOfName(name, period?.value.year) : null;
  return {
    ...(period ? { period } : {}),
    ...(agency ? { agency } : {}),
    ...(level && name ? { level: { value: level, from: name } } : {}),
    header,
  };
}
