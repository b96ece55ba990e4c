/** The fake's in-memory document: what Word would hold, independent of our OOXML writer. */
export interface Format {
  font: { name?: string; size?: number; bold?: boolean; italic?: boolean };
  alignment?: string;
  firstLineIndent?: number;
  spaceAfter?: number;
  spaceBefore?: number;
}
export interface TextPart {
  kind: "text";
  text: string;
}
export interface InlineControl {
  kind: "cc";
  id: number;
  type: "PlainText" | "RichText";
  tag: string;
  title: string;
  color: string;
  cannotEdit: boolean;
  cannotDelete: boolean;
  text: string;
}
export interface Paragraph {
  kind: "p";
  parts: (TextPart | InlineControl)[];
  format: Format;
}
export interface BlockControl {
  kind: "bcc";
  id: number;
  type: "RichText";
  tag: string;
  title: string;
  color: string;
  cannotEdit: boolean;
  cannotDelete: boolean;
  paragraphs: Paragraph[];
}
export interface Cell {
  paragraphs: Paragraph[];
}
export interface Table {
  kind: "table";
  rows: Cell[][];
  headerRowCount: number;
  borders: "single" | "none";
}
export interface Break {
  kind: "break";
}
export type BodyItem = Paragraph | BlockControl | Table | Break;

export interface XmlPart {
  id: string;
  xml: string;
}

export class FakeDocumentModel {
  body: BodyItem[] = [{ kind: "p", parts: [], format: { font: {} } }];
  xmlParts: XmlPart[] = [];
  selected: number | null = null;
  private nextId = 1;
  id(): number {
    return this.nextId++;
  }
}

export const paragraphText = (p: Paragraph) => p.parts.map((x) => x.text).join("");

/** Every control in document order (block controls before the paragraphs they hold). */
export function controlsInOrder(model: FakeDocumentModel): (InlineControl | BlockControl)[] {
  const out: (InlineControl | BlockControl)[] = [];
  const para = (p: Paragraph) => p.parts.forEach((x) => x.kind === "cc" && out.push(x));
  for (const item of model.body) {
    if (item.kind === "p") para(item);
    else if (item.kind === "bcc") {
      out.push(item);
      item.paragraphs.forEach(para);
    } else if (item.kind === "table") item.rows.forEach((r) => r.forEach((c) => c.paragraphs.forEach(para)));
  }
  return out;
}

/** Word's Text of a control: paragraphs end with \r, manual line breaks are \v. */
export function controlText(c: InlineControl | BlockControl): string {
  return c.kind === "cc" ? c.text : c.paragraphs.map(paragraphText).join("\r");
}
