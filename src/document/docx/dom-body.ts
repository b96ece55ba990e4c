/**
 * The blocks of a document already parsed (a DOM), each with its element: the
 * same blocks as scanBody gives for the same XML (../handmade/body-scanner.ts), for
 * work that changes the document in place (`cchc adopt`).
 */
import type { Document, Element, Node } from "@xmldom/xmldom";
import type { BodyBlock } from "../handmade/body";
import { BodyScanner } from "../handmade/body-scanner";
import { NS } from "../ooxml/dom";

export function domBody(doc: Document): BodyBlock[] {
  const scanner = new BodyScanner();
  const body = doc.getElementsByTagNameNS(NS.w, "body").item(0);
  if (!body) return [];
  // An explicit stack, not recursion: a hostile document may nest deeper than the call stack goes.
  const stack: { node: Node; entered: boolean }[] = [{ node: body, entered: false }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    const n = top.node;
    if (n.nodeType === 3 || n.nodeType === 4) {
      stack.pop();
      scanner.text(n.nodeValue ?? "");
      continue;
    }
    if (n.nodeType !== 1) {
      stack.pop();
      continue;
    }
    const e = n as Element;
    const local = e.localName ?? "";
    const isW = e.namespaceURI === NS.w;
    if (!top.entered) {
      top.entered = true;
      scanner.open(local, isW, (name) => (e.hasAttributeNS(NS.w, name) ? (e.getAttributeNS(NS.w, name) ?? undefined) : undefined), e);
      const kids: Node[] = [];
      for (let c = e.firstChild; c; c = c.nextSibling) kids.push(c);
      for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i], entered: false });
    } else {
      stack.pop();
      scanner.close(local, isW, e);
    }
  }
  return scanner.blocks();
}
