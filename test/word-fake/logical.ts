/**
 * The logical document both renderers must agree on: the controls in order
 * (tag, title, text), the tables' shapes, and the whole text.
 */
import type { Document } from "@xmldom/xmldom";
import { listControls } from "../../src/document/docx/docx-controls";
import { NS } from "../../src/document/ooxml/dom";
import { Block, controlsInOrder, controlText, FakeDocumentModel, paragraphText } from "./model";

export interface LogicalDocument {
  controls: { tag: string; title: string; text: string }[];
  tables: [number, number][];
  text: string;
}

const norm = (s: string) => s.replace(/\r\n|\r|\v/g, "\n").trim();
const squash = (s: string) => s.replace(/\s+/g, "");

export function logicalFromFake(model: FakeDocumentModel): LogicalDocument {
  const text: string[] = [];
  const tables: [number, number][] = [];
  const walk = (blocks: readonly Block[]) => {
    for (const item of blocks) {
      if (item.kind === "p") text.push(paragraphText(item));
      else if (item.kind === "bcc") walk(item.blocks);
      else if (item.kind === "table") {
        tables.push([item.rows.length, item.rows[0].length]);
        item.rows.forEach((r) => r.forEach((c) => walk(c.blocks)));
      }
    }
  };
  walk(model.body);
  return {
    controls: controlsInOrder(model).map((c) => ({ tag: c.tag, title: c.title, text: norm(controlText(c)) })),
    tables,
    text: squash(text.join("")),
  };
}

export function logicalFromDocx(doc: Document): LogicalDocument {
  const tables: [number, number][] = [];
  const tbls = doc.getElementsByTagNameNS(NS.w, "tbl");
  for (let i = 0; i < tbls.length; i++) {
    const rows = (tbls.item(i) as unknown as Element).getElementsByTagNameNS(NS.w, "tr");
    const first = rows.item(0) as unknown as Element;
    tables.push([rows.length, first.getElementsByTagNameNS(NS.w, "tc").length]);
  }
  const ts = doc.getElementsByTagNameNS(NS.w, "t");
  let text = "";
  for (let i = 0; i < ts.length; i++) text += ts.item(i)!.textContent ?? "";
  return {
    controls: listControls(doc).map((c) => ({ tag: c.tag, title: c.title, text: norm(c.text) })),
    tables,
    text: squash(text),
  };
}
