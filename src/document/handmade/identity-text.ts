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

/** The appendix's "(Kèm theo báo cáo số … của …)" line, or "(Ban hành kèm theo …)". */
export const KEM_THEO = /^\(?\s*(?:ban hành\s+)?kèm theo(?![\p{L}\p{N}])/iu;

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
  const n = clean(name)
    .toLocaleLowerCase("vi")
    .replace(/^ủy ban nhân dân|^uỷ ban nhân dân/u, "ubnd");
  if (/^ubnd\s+(xã|phường|thị trấn|đặc khu)(?![\p{L}\p{N}])/u.test(n)) return "xa";
  if (/^ubnd\s+tỉnh(?![\p{L}\p{N}])/u.test(n)) return "tinh";
  if (/^ubnd\s+(huyện|quận|thị xã)(?![\p{L}\p{N}])/u.test(n)) return year !== undefined && year >= 2026 ? null : "huyen";
  if (/^(ban quản lý|bql)\s+(khu kinh tế|các khu công nghiệp|khu công nghệ cao|kkt|kcn)(?![\p{L}\p{N}])/u.test(n)) return "tinh";
  if (/^(trường|bệnh viện|trung tâm|viện|đài|nhà văn hóa|thư viện|bảo tàng|ban quản lý|bql)(?![\p{L}\p{N}])/u.test(n)) return "su-nghiep";
  if (/^(sở|ban|văn phòng ubnd|văn phòng ủy ban|thanh tra tỉnh)(?![\p{L}\p{N}])/u.test(n)) return "tinh";
  if (/^phòng(?![\p{L}\p{N}])/u.test(n)) return "huyen";
  return null;
}

/** The longest line read as part of the header block (number, place and date). */
const HEADER_LINE_MAX = 300;

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
    // A header line is short; a long pasted paragraph among the first lines is not one (and the
    // place-name pattern would cost the square of its length).
    if (l.length > HEADER_LINE_MAX) continue;
    const so = /^Số\s*:\s*(\S*\s*\/\s*[\p{L}\p{N}-]+)/u.exec(l);
    if (so && !header["so-ky-hieu"]) header["so-ky-hieu"] = so[1].replace(/\s+/g, "");
    // "Quảng Ngãi, ngày 15 tháng 6 năm 2021"; a draft leaves the day, or the day and month, blank.
    const date = /(?:^|\s)([\p{L} ]{1,60}?),\s*ngày\s*(\d{1,2}|[.…\s]*)\s*tháng\s*(\d{1,2}|[.…\s]*)\s*năm\s+(20\d\d)/u.exec(l);
    if (date && !header["dia-danh"]) {
      header["dia-danh"] = date[1].trim();
      const [day, month, year] = [date[2].trim(), date[3].trim(), date[4]];
      if (/^\d+$/.test(month)) header.ngay = /^\d+$/.test(day) ? `${Number(day)}/${Number(month)}/${year}` : `/${Number(month)}/${year}`;
    }
  }
  return header as Header;
}

/**
 * The căn cứ: the opening's words up to where the agency's own sentence starts ("…định kỳ năm 2021,
 * Sở Khoa học và Công nghệ báo cáo kết quả thực hiện như sau:"): the first break after which the
 * clause says "báo cáo" (or, in a plan, "xây dựng"/"ban hành") and the opening ends with a colon.
 */
function canCuOf(lines: readonly string[]): string | null {
  const start = lines.findIndex((l) => /^(căn cứ|thực hiện)(?![\p{L}\p{N}])/iu.test(l));
  if (start < 0) return null;
  const opening: string[] = [];
  for (const l of lines.slice(start, start + 12)) {
    if (/^[IVX]+\s*[.:]\s/u.test(l)) break;
    opening.push(l);
  }
  const text = opening.join(" ");
  const breaks = /[.,;](?=\s+\S)/g;
  for (let m = breaks.exec(text); m; m = breaks.exec(text)) {
    const rest = text.slice(m.index + 1);
    const clause = /^[^.,;]*/.exec(rest)![0];
    if (/(báo cáo|xây dựng|ban hành)/iu.test(clause) && /:\s*$/.test(text)) return text.slice(0, m.index + 1).trim();
  }
  return null;
}

/** The signature block: "Nơi nhận:" and its lines, beside the signer's title(s) and name (a table, as the form lays it out). */
function signatureOf(blocks: readonly BodyBlock[]): Pick<Header, "noi-nhan" | "quyen-han" | "chuc-vu" | "nguoi-ky"> {
  for (const b of blocks) {
    if (b.kind !== "table") continue;
    for (const row of b.rows) {
      const at = row.findIndex((c) => !c.merged && /^\s*nơi nhận\s*:?/iu.test(c.text));
      if (at < 0) continue;
      const out: Record<string, string> = {};
      const recipients = row[at].text
        .split("\n")
        .slice(1)
        .map(clean)
        .filter((l) => l !== "");
      if (recipients.length > 0) out["noi-nhan"] = recipients.join("\n");
      const signer = row.find((c, i) => i !== at && !c.merged && c.text.trim() !== "");
      if (signer) {
        const lines = signer.text
          .split("\n")
          .map(clean)
          .filter((l) => l !== "" && !/^\(.*\)$/u.test(l));
        const upper = lines.filter((l) => l === l.toLocaleUpperCase("vi") && /\p{L}/u.test(l));
        if (upper.length >= 2 && /^(KT|TM|TL|TUQ|Q)\s*\./u.test(upper[0])) {
          out["quyen-han"] = upper[0];
          out["chuc-vu"] = upper[1];
        } else if (upper.length >= 1) out["chuc-vu"] = upper[0];
        const name = [...lines].reverse().find((l) => l !== l.toLocaleUpperCase("vi"));
        if (name) out["nguoi-ky"] = name;
      }
      return out;
    }
  }
  return {};
}

export function identityOf(blocks: readonly BodyBlock[]): IdentityText {
  const lines = linesOf(blocks, 4000);
  const ty = trichYeu(lines);
  const kemTheo = lines.find((l) => KEM_THEO.test(l));
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
  const header: Header = { ...headerOf(lines), ...signatureOf(blocks) };
  const canCu = canCuOf(lines);
  if (canCu) header["can-cu"] = canCu;
  const kinhGui = lines.map((l) => /^kính gửi\s*:\s*(.+?)\.?$/iu.exec(l)).find((m) => m);
  if (kinhGui) header["kinh-gui"] = kinhGui[1];
  const name = agency?.value ?? header["co-quan-ban-hanh"];
  const level = name ? levelOfName(name, period?.value.year) : null;
  return {
    ...(period ? { period } : {}),
    ...(agency ? { agency } : {}),
    ...(level && name ? { level: { value: level, from: name } } : {}),
    header,
  };
}
