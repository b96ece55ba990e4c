/**
 * The rules of real Word that the fake imitates and the renderer must pass, each with its
 * public source (catalog.json, read by `npm run word-rules` too). Every rule has a test file
 * here (`<id>.test.ts`) with two groups, "fake enforces" and "renderer passes".
 */
import catalog from "./catalog.json";

export interface WordRule {
  readonly id: string;
  readonly source: string;
  readonly summary: string;
}

export const WORD_RULES: readonly WordRule[] = catalog;
