/**
 * `header`: the administrative parts under Nghị định 30/2020/NĐ-CP are present
 * and well formed. A draft may leave the number and the day blank; nothing else.
 */
import type { HeaderField } from "../../model/vocabulary";
import { compareDates, formatDate, isRealDate, parseSigningDate, periodInfo } from "../../period";
import { vi } from "../../../strings";
import type { CheckContext, Issue, Severity } from "../types";

// "Kính gửi" is not a required part of a báo cáo or kế hoạch under Nghị định 30 (seeds 002, 003, 004 have none);
// where the document shows one, it must be filled (documentIssues, src/document/controls.ts).
// The căn cứ is: every seed opens with one ("Thực hiện Công văn số 135/UBND-NC…", "Căn cứ Kế hoạch số 142/KH-UBND…").
const REQUIRED: HeaderField[] = ["co-quan-ban-hanh", "so-ky-hieu", "dia-danh", "ngay", "can-cu", "chuc-vu", "nguoi-ky", "noi-nhan"];

/** "<số>/<tên loại>-<cơ quan ban hành>": 293/BC-CĐKTCN, /BC-SKHCN (draft), 13/KH-BQLKDL-NB. */
const KY_HIEU = /^(\d*)\s*\/\s*(\p{Lu}+)\s*-\s*([\p{Lu}\d&]+(?:-[\p{Lu}\d&]+)*)$/u;

export interface KyHieu {
  number: string;
  type: string;
  issuer: string;
}
export function parseKyHieu(raw: string): KyHieu | null {
  const m = KY_HIEU.exec(raw.trim().replace(/^Số\s*:\s*/i, ""));
  return m ? { number: m[1], type: m[2], issuer: m[3] } : null;
}

export function checkHeader(ctx: CheckContext): Issue[] {
  const header = ctx.data.header;
  if (header === undefined) return [];
  const out: Issue[] = [];
  const final = ctx.mode === "final";
  const add = (severity: Severity, field: HeaderField, message: string) => out.push({ severity, rule: "header", target: field, targetKind: "header", area: "header", message });
  const c = vi.check;

  for (const field of REQUIRED) {
    if ((header[field] ?? "").trim() === "") add(final ? "error" : "warning", field, c.headerMissing(vi.headerFieldName[field]));
  }

  const kyHieuRaw = (header["so-ky-hieu"] ?? "").trim();
  if (kyHieuRaw !== "") {
    const k = parseKyHieu(kyHieuRaw);
    if (!k) add("error", "so-ky-hieu", c.headerKyHieu(kyHieuRaw));
    else {
      if (k.number === "" && final) add("error", "so-ky-hieu", c.headerNumberBlankFinal(kyHieuRaw));
      if (k.type !== ctx.outline.kyHieuType) {
        const expected = ctx.outline.docType === "plan" ? vi.docType.plan : vi.docType.report;
        add("warning", "so-ky-hieu", c.headerKyHieuType(kyHieuRaw, k.type, expected));
      }
    }
  }

  const dateRaw = header.ngay;
  const date = parseSigningDate(dateRaw);
  if (date.status === "malformed") add("error", "ngay", c.headerDateMalformed((dateRaw ?? "").trim()));
  if (date.status === "ok") {
    const shown = `${date.day ?? "…"}/${date.month}/${date.year}`;
    if (!isRealDate({ year: date.year, month: date.month, day: date.day ?? 1 })) add("error", "ngay", c.headerDateNotReal(shown));
    else {
      if (date.day === undefined && final) add("error", "ngay", c.headerDayBlankFinal(shown));
      const cutoff = periodInfo(ctx.data.period).cutoff;
      if (cutoff) {
        // With the day blank, only a month before the cut-off month is certainly too early.
        const signed = { year: date.year, month: date.month, day: date.day ?? 31 };
        if (compareDates(signed, cutoff.to) < 0) {
          add("error", "ngay", c.headerDateBeforeCutoff(shown, formatDate(cutoff.to), periodInfo(ctx.data.period).title));
        }
      }
    }
  }
  return out;
}
