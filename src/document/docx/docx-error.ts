/** What is wrong with a .docx, as a code for programs and one Vietnamese sentence for the officer. */
export type DocxErrorCode = "not-zip" | "truncated" | "too-big" | "too-many-entries" | "part-too-big" | "doctype" | "missing-part" | "bad-xml" | "corrupt-part" | "too-big-to-edit";

export class DocxError extends Error {
  constructor(
    readonly code: DocxErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "DocxError";
  }
}
