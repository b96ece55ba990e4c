/** The strings module: every Vietnamese word the officer reads. */
export { vi } from "./vi";
export type { RowRef, Strings } from "./vi";
export { viDocument } from "./vi-document";
/** What an engine too old for the pane shows (read by the ES5 guard in taskpane.html through webpack.config.js). */
export { default as oldEngine } from "./old-engine.json";
