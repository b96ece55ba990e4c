/** What can stop the Word renderer, each with the Vietnamese sentence the pane shows (src/strings). */
import { vi } from "../../strings";

export class WordRequirementError extends Error {
  constructor(readonly set: string) {
    super(`requirement set ${set} is not supported`);
    this.name = "WordRequirementError";
  }
}

/** The cursor is where a table cannot go (the page header or footer, a note). */
export class WordCursorError extends Error {
  constructor(readonly bodyType: string) {
    super(vi.word.cursorOutsideBody(vi.word.where[bodyType] ?? bodyType));
    this.name = "WordCursorError";
  }
}

/** The report's data is over what Word on the web keeps in a custom XML part (1 MB, office-js#2408). */
export class DataPartTooLargeError extends Error {
  constructor(readonly bytes: number) {
    super(vi.word.dataTooLarge(Math.ceil(bytes / 1024)));
    this.name = "DataPartTooLargeError";
  }
}

/** An insert that failed half-way; `cleaned` says whether what was inserted could be taken out again. */
export class WordInsertError extends Error {
  constructor(
    readonly reason: unknown,
    readonly cleaned: boolean,
  ) {
    const detail = reason instanceof Error ? reason.message : String(reason);
    super(cleaned ? vi.word.insertFailed(detail) : vi.word.insertFailedPartly(detail));
    this.name = "WordInsertError";
  }
}
