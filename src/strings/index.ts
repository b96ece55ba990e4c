/** The strings module: every Vietnamese word the officer reads. */
export { vi } from "./vi";
export type { RowRef, Strings } from "./vi";
export { viDocument } from "./vi-document";
