/**
 * The styles part: one paragraph style per role, carrying its formatting under
 * Nghị định 30/2020 (plan/styles.ts). The .docx has it as word/styles.xml; the
 * packages Word inserts carry it too, and Word adds the styles it lacks.
 */
import type { Document, Element } from "@xmldom/xmldom";
import { FONT, FORMATS, Role } from "../plan/styles";
import { styleId } from "./body-writer";
import { el, newDocument, NS, serialize, twipsFromCm } from "./dom";

/** The style's name (w:name), by which Word's API sets it on a paragraph. */
export const styleName = (role: Role) => `CCHC ${role}`;

export function stylesXml(): string {
  const doc = newDocument(NS.w, "w:styles");
  const d = doc;
  doc.documentElement!.appendChild(
    el(d, "w:docDefaults", {}, [
      el(d, "w:rPrDefault", {}, [
        el(d, "w:rPr", {}, [
          el(d, "w:rFonts", { "w:ascii": FONT, "w:hAnsi": FONT, "w:cs": FONT, "w:eastAsia": FONT }),
          el(d, "w:sz", { "w:val": 28 }),
          el(d, "w:szCs", { "w:val": 28 }),
          el(d, "w:lang", { "w:val": "vi-VN", "w:eastAsia": "vi-VN", "w:bidi": "ar-SA" }),
        ]),
      ]),
      el(d, "w:pPrDefault", {}, [el(d, "w:pPr", {}, [el(d, "w:spacing", { "w:after": 0, "w:line": 240, "w:lineRule": "auto" })])]),
    ]),
  );
  doc.documentElement!.appendChild(el(d, "w:style", { "w:type": "paragraph", "w:default": 1, "w:styleId": "Normal" }, [el(d, "w:name", { "w:val": "Normal" })]));
  for (const role of Object.keys(FORMATS) as Role[]) doc.documentElement!.appendChild(paragraphStyle(doc, role));
  return serialize(doc);
}

const ALIGN = { left: "left", center: "center", right: "right", justify: "both" } as const;

/** A paragraph style carrying a role's formatting under Nghị định 30/2020 (see plan/styles.ts). */
function paragraphStyle(d: Document, role: Role): Element {
  const f = FORMATS[role];
  const rule = f.ruleInsetCm !== undefined ? el(d, "w:pBdr", {}, [el(d, "w:bottom", { "w:val": "single", "w:sz": 6, "w:space": 1, "w:color": "auto" })]) : null;
  const ind = f.firstLineIndentCm
    ? el(d, "w:ind", { "w:firstLine": twipsFromCm(f.firstLineIndentCm) })
    : f.ruleInsetCm !== undefined
      ? el(d, "w:ind", { "w:left": twipsFromCm(f.ruleInsetCm), "w:right": twipsFromCm(f.ruleInsetCm) })
      : null;
  return el(d, "w:style", { "w:type": "paragraph", "w:customStyle": 1, "w:styleId": styleId(role) }, [
    el(d, "w:name", { "w:val": styleName(role) }),
    el(d, "w:basedOn", { "w:val": "Normal" }),
    el(d, "w:qFormat"),
    el(d, "w:pPr", {}, [
      role.startsWith("heading") ? el(d, "w:keepNext") : null,
      rule,
      el(d, "w:spacing", { "w:before": (f.spaceBeforePt ?? 0) * 20, "w:after": f.spaceAfterPt * 20 }),
      ind,
      el(d, "w:jc", { "w:val": ALIGN[f.align] }),
    ]),
    el(d, "w:rPr", {}, [
      el(d, "w:rFonts", { "w:ascii": FONT, "w:hAnsi": FONT, "w:cs": FONT, "w:eastAsia": FONT }),
      f.bold ? el(d, "w:b") : null,
      f.bold ? el(d, "w:bCs") : null,
      f.italic ? el(d, "w:i") : null,
      f.italic ? el(d, "w:iCs") : null,
      el(d, "w:sz", { "w:val": f.sizePt * 2 }),
      el(d, "w:szCs", { "w:val": f.sizePt * 2 }),
    ]),
  ]);
}
