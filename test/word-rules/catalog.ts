/**
 * The rules of real Word that the fake imitates and the renderer must pass, each with its
 * public source. Every rule has a test file here (`<id>.test.ts`) with two groups,
 * "fake enforces" and "renderer passes"; `npm run word-rules` runs them and reports.
 */
export interface WordRule {
  readonly id: string;
  readonly source: string;
  readonly summary: string;
}

export const WORD_RULES: readonly WordRule[] = [
  {
    id: "collection-rich-text-only",
    source: "https://github.com/OfficeDev/office-js/issues/2160",
    summary: "document.contentControls and body.contentControls return rich-text controls only (also #6144); plain-text ones need getContentControls({ types }) (WordApi 1.5).",
  },
  {
    id: "empty-control-placeholder",
    source: "https://github.com/OfficeDev/office-js/issues/1515",
    summary: "An empty control shows Word's own placeholder in the UI language, which the web does not let an add-in set (#785).",
  },
  {
    id: "end-insert-inside-control",
    source: "https://github.com/OfficeDev/office-js/issues/866",
    summary: "\"End\" of a body that ends in a content control inserts inside that control; Word keeps a paragraph after a table.",
  },
  {
    id: "vertical-tab-line-break",
    source: "https://github.com/OfficeDev/office-js/issues/1755",
    summary: "\\v in insertText is not a line break (it shows as a glyph): line breaks go through insertBreak(Line) or paragraphs.",
  },
  {
    id: "batch-limits",
    source: "https://github.com/OfficeDev/office-js/issues/2311",
    summary: "Large batches are slow or refused on the web (#3982; Excel documents a 5 MB request payload limit): at most 1,000 operations and 1 MB per sync.",
  },
  {
    id: "one-data-part",
    source: "https://learn.microsoft.com/javascript/api/word/word.customxmlpartscopedcollection",
    summary: "getOnlyItemOrNullObject gives a null object unless exactly one part has the namespace: a second data part makes the data unreadable.",
  },
  {
    id: "cursor-anywhere",
    source: "https://learn.microsoft.com/javascript/api/word/word.document#word-word-document-getselection-member(1)",
    summary: "The selection can be in a content control, a table cell, a header or footer, or span several paragraphs (Body.type: MainDoc, TableCell, Header, Footer).",
  },
  {
    id: "tracked-deletion",
    source: "https://github.com/OfficeDev/office-js/issues/1524",
    summary: "With Track Changes on, a deleted control stays in the collections with its text (#1299) until the change is accepted; WordApi 1.6 lists tracked changes.",
  },
  {
    id: "null-object-errors",
    source: "https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model#ornullobject-methods-and-properties",
    summary: "A method on a null object fails the whole sync (ItemNotFound); only isNullObject may be read.",
  },
  {
    id: "load-before-read",
    source: "https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model#sync",
    summary: "A property can be read only after load and sync (PropertyNotLoaded); queued operations run at sync.",
  },
  {
    id: "requirement-sets",
    source: "https://learn.microsoft.com/javascript/api/requirement-sets/word/word-api-requirement-sets",
    summary: "Office 2016/2019/2021 perpetual have WordApi 1.3 at most: an API of a later set fails (ApiNotFound) unless feature-detected.",
  },
  {
    id: "locked-controls",
    source: "https://learn.microsoft.com/javascript/api/word/word.contentcontrol#word-word-contentcontrol-cannotedit-member",
    summary: "A control that cannot be edited or deleted refuses it (AccessDenied), through the API too.",
  },
  {
    id: "xml-part-size",
    source: "https://github.com/OfficeDev/office-js/issues/2408",
    summary: "On the web a custom XML part over 1 MB is refused (by design).",
  },
  {
    id: "ooxml-package",
    source: "https://learn.microsoft.com/office/dev/add-ins/word/create-better-add-ins-for-word-with-office-open-xml",
    summary: "insertOoxml takes a Flat OPC package; every table cell ends with a paragraph (ECMA-376 §17.4.66); a style the document has keeps its definition.",
  },
];
