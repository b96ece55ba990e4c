/**
 * Content-control keys. Tags are namespaced and stable across versions
 * (`cchc:value:3.1.3`); titles are human-readable and begin with the code
 * ("3.1.3 · Tổng số TTHC đang có hiệu lực"), so a document whose tags were lost
 * (LibreOffice drops w:tag and keeps w:alias) can still be read.
 */
import { CODE_PATTERN, HEADER_FIELDS, HeaderField } from "../../core/model/vocabulary";
import { vi, viDocument } from "../../strings";

export type ControlKind = "value" | "note" | "label" | "section" | "heading" | "header" | "fixed";
export interface ControlKey {
  readonly kind: ControlKind;
  readonly key: string;
}

const PREFIX = "cchc";
const KINDS: readonly ControlKind[] = ["value", "note", "label", "section", "heading", "header", "fixed"];
const SECTION_ID = /^[IVX]+(\.\d+)*$/;

export function tagOf(kind: ControlKind, key: string): string {
  return `${PREFIX}:${kind}:${key}`;
}

export function parseTag(tag: string | null | undefined): ControlKey | null {
  if (!tag) return null;
  const m = /^cchc:([a-z]+):(.+)$/.exec(tag);
  if (!m || !KINDS.includes(m[1] as ControlKind)) return null;
  return { kind: m[1] as ControlKind, key: m[2] };
}

const t = viDocument.titles;

export function titleOf(kind: ControlKind, key: string, text = ""): string {
  const title = (() => {
    switch (kind) {
      case "value":
        return t.value(key, text);
      case "note":
        return t.note(key);
      case "label":
        return t.label(key);
      case "section":
        return t.section(key, text);
      case "heading":
        return t.heading(key);
      case "header":
        return t.header(vi.headerFieldName[key] ?? key);
      case "fixed":
        return t.fixed(key);
    }
  })();
  // Word keeps titles up to 255 characters.
  return title.length > 255 ? `${title.slice(0, 254)}…` : title;
}

/** Titles earlier versions gave header controls, still recognised. */
const LEGACY_HEADER_TITLES: Readonly<Record<string, HeaderField>> = { "nơi gửi (Kính gửi)": "kinh-gui", "căn cứ": "can-cu" };

/** Reads a control's key back from its title, for documents whose tags were lost. */
export function parseTitle(title: string | null | undefined): ControlKey | null {
  if (!title) return null;
  const cut = title.indexOf(" · ");
  if (cut < 0) return null;
  const head = title.slice(0, cut);
  const rest = title.slice(cut + 3);
  if (head === t.headerWord) {
    const field = HEADER_FIELDS.find((f) => vi.headerFieldName[f] === rest) ?? LEGACY_HEADER_TITLES[rest];
    return field ? { kind: "header", key: field satisfies HeaderField } : null;
  }
  if (head === t.fixedWord) return { kind: "fixed", key: rest };
  if (CODE_PATTERN.test(head)) {
    if (rest === t.noteWord) return { kind: "note", key: head };
    if (rest === t.labelWord) return { kind: "label", key: head };
    return { kind: "value", key: head };
  }
  if (SECTION_ID.test(head)) return { kind: rest === t.headingWord ? "heading" : "section", key: head };
  return null;
}

/**
 * A bookmark around each inline control carries its tag once more: LibreOffice 7.4 keeps neither
 * w:tag nor w:alias on an inline rich-text control when it re-saves a .docx, but keeps bookmarks.
 * Word's bookmark names: at most 40 characters, letters, digits and underscores, a letter first.
 * "cchc:value:3.1.3.a" → "cchc_value_3_1_3_a"; "cchc:header:co-quan-chu-quan" → "cchc_header_co__quan__chu__quan".
 */
export function bookmarkName(tag: string): string | null {
  const k = parseTag(tag);
  if (!k || !/^[A-Za-z0-9.-]+$/.test(k.key)) return null;
  const name = `${PREFIX}_${k.kind}_${k.key.replace(/-/g, "__").replace(/\./g, "_")}`;
  return name.length <= 40 ? name : null;
}

/** The tag a bookmark name carries (bookmarkName's inverse), or null for any other bookmark. */
export function tagFromBookmark(name: string | null | undefined): string | null {
  const m = /^cchc_([a-z]+)_([A-Za-z0-9_]+)$/.exec(name ?? "");
  if (!m || !KINDS.includes(m[1] as ControlKind)) return null;
  return tagOf(
    m[1] as ControlKind,
    m[2]
      .replace(/__/g, "\u0000")
      .replace(/_/g, ".")
      // eslint-disable-next-line no-control-regex -- NUL stands in for "__" while "_" becomes "." (a tag never holds NUL)
      .replace(/\u0000/g, "-"),
  );
}

/** The key of a control: its tag when present, else its title. */
export function keyOf(tag: string | null | undefined, title: string | null | undefined): ControlKey | null {
  return parseTag(tag) ?? parseTitle(title);
}

/** Whether a read control is the one `tag` names: by its tag, or by its title where the tag was lost. */
export const isControlOf = (tag: string) => {
  const target = keyOf(tag, null);
  return (c: { readonly tag: string; readonly title: string }): boolean => {
    const k = keyOf(c.tag, c.title);
    return !!k && !!target && k.kind === target.kind && k.key === target.key;
  };
};
