/**
 * The strings module: every Vietnamese word the officer reads. What every audience shares is
 * exported here; the pane's own words are in ./vi-pane.ts and the command line's in ./vi-cli.ts,
 * imported from there, so neither bundle carries the other's.
 */
export { vi } from "./vi";
export type { RowRef, Strings } from "./vi";
export { viDocument } from "./vi-document";
/** What an engine too old for the pane shows (read by the ES5 guard in taskpane.html through webpack.config.js). */
export { default as oldEngine } from "./old-engine.json";
