/**
 * Reading a Flat OPC package Word gives (`Body.getOoxml`, `Range.getOoxml`, WordApi 1.1),
 * to change its body and give it back to `insertOoxml`: the main document part found
 * through /_rels/.rels, as "Create better add-ins for Word with Office Open XML"
 * describes (learn.microsoft.com/office/dev/add-ins/word/create-better-add-ins-for-word-with-office-open-xml).
 */
import { DOMParser, Document, Element, Node } from "@xmldom/xmldom";
import { children, declaresDoctype, NS, REL } from "./dom";

export interface FlatPackage {
  readonly pkg: Document;
  /** The main document part's root (w:document). */
  readonly main: Element;
  /** The main part's w:body. */
  readonly body: Element;
  /** The main part's relationships (…/_rels/document.xml.rels), when there are any. */
  readonly rels: Element | null;
}

/** The package, or null when the text is not one (not well-formed, DOCTYPE, no main part with a body). */
export function readFlatPackage(ooxml: string): FlatPackage | null {
  if (declaresDoctype(ooxml)) return null;
  let failed = false;
  const pkg = new DOMParser({ onError: (level) => void (level !== "warning" && (failed = true)) }).parseFromString(ooxml, "text/xml");
  const root = pkg.documentElement;
  if (failed || !root || root.namespaceURI !== NS.pkg || root.localName !== "package") return null;
  const parts = new Map<string, Element>();
  for (const part of children(root, "part")) {
    const data = children(part, "xmlData")[0];
    const content = data ? children(data)[0] : undefined;
    if (content) parts.set(part.getAttributeNS(NS.pkg, "name") ?? "", content);
  }
  const rootRels = parts.get("/_rels/.rels");
  const target = rootRels
    ? children(rootRels, "Relationship")
        .find((r) => r.getAttribute("Type") === REL.officeDocument)
        ?.getAttribute("Target")
    : null;
  const name = target ? (target.startsWith("/") ? target : `/${target}`) : null;
  const main = name ? parts.get(name) : undefined;
  const body = main ? children(main, "body")[0] : undefined;
  if (!name || !main || !body) return null;
  return { pkg, main, body, rels: parts.get(name.replace(/([^/]*)$/, "_rels/$1.rels")) ?? null };
}

/**
 * Relationship types every block may need without naming them by r: attributes: document-wide
 * definitions, and the parts its w:id references point into (notes, comments). Everything else — the
 * theme, fonts, settings, headers, custom XML, another block's image — Word keeps as the document has it.
 */
const DOCUMENT_WIDE = /\/(styles|numbering|footnotes|endnotes|comments|commentsExtended|commentsIds|commentsExtensible|people)$/;

/**
 * Serializes the package as its body holds now, for `insertOoxml` into the same document:
 * relationships the body does not name (r:id, r:embed, r:link… — an image of another paragraph)
 * are left out with their parts, so a block put back does not carry every image of the document.
 * The package is left as it was.
 */
export function packageFor(p: FlatPackage, serialize: (pkg: Document) => string): string {
  const used = new Set<string>();
  const walk = (e: Element) => {
    for (let i = 0; i < e.attributes.length; i++) {
      const a = e.attributes.item(i)!;
      if (a.namespaceURI === NS.r) used.add(a.value);
    }
    for (const c of children(e)) walk(c);
  };
  walk(p.body);
  const removed: { node: Element; parent: Element; next: Node | null }[] = [];
  const take = (node: Element) => {
    removed.push({ node, parent: node.parentNode as Element, next: node.nextSibling });
    node.parentNode!.removeChild(node);
  };
  if (p.rels) {
    const parts = new Map(children(p.pkg.documentElement!, "part").map((part) => [part.getAttributeNS(NS.pkg, "name") ?? "", part]));
    for (const r of children(p.rels, "Relationship")) {
      if (used.has(r.getAttribute("Id") ?? "") || DOCUMENT_WIDE.test(r.getAttribute("Type") ?? "")) continue;
      take(r);
      if (r.getAttribute("TargetMode") === "External") continue;
      const target = r.getAttribute("Target") ?? "";
      const part = parts.get(target.startsWith("/") ? target : `/word/${target}`);
      if (part && part.parentNode) take(part);
    }
  }
  try {
    return serialize(p.pkg);
  } finally {
    for (const { node, parent, next } of removed.reverse()) parent.insertBefore(node, next);
  }
}

/** Whether the package's settings part says Word tracks changes (w:trackRevisions). */
export function tracksRevisions(p: FlatPackage): boolean {
  for (const part of children(p.pkg.documentElement!, "part")) {
    const data = children(part, "xmlData")[0];
    const root = data ? children(data)[0] : undefined;
    if (root?.namespaceURI === NS.w && root.localName === "settings") {
      const track = children(root, "trackRevisions")[0];
      if (track) return !["0", "false", "off"].includes(track.getAttributeNS(NS.w, "val") ?? "true");
    }
  }
  return false;
}
