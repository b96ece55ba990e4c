/** One failure path (issue #17): every failure said in Vietnamese, Word named only in Word, no library English. */
import { DocxError } from "../../src/document/docx/read-docx";
import { WordRequirementError } from "../../src/document/word/errors";
import { UnsafeTextError } from "../../src/core/text-safety";
import { describeFailure } from "../../src/taskpane/components/describe-failure";
import { vi } from "../../src/strings";
import { viPane } from "../../src/strings/vi-pane";
import { FakeOfficeError } from "../word-fake/office-error";

describe("describeFailure", () => {
  it("an Office error in Word: what it means for the officer, with its code for whoever helps, never Office's English", () => {
    const said = describeFailure(new FakeOfficeError("AccessDenied", "The action isn't allowed on this range."), "word");
    expect(said).toBe(`${viPane.failure.word.AccessDenied} (mã lỗi: AccessDenied)`);
    expect(said).not.toMatch(/isn't allowed/);
    expect(describeFailure(new FakeOfficeError("SomethingNew", "x"), "word")).toBe(`${viPane.failure.wordOther} (mã lỗi: SomethingNew)`);
  });

  it("in the workbench, a failure does not name Word, and a library's message is not shown", () => {
    const said = describeFailure(new TypeError("Cannot read properties of undefined (reading 'x')"), "workbench");
    expect(said).toBe(viPane.failure.workbench);
    expect(said).not.toMatch(/Word|Cannot read/);
  });

  it("our own errors keep their Vietnamese sentence; a Word too old says which set and what to do", () => {
    expect(describeFailure(new DocxError("not-zip", vi.docx.notZip), "workbench")).toBe(vi.docx.notZip);
    expect(describeFailure(new WordRequirementError("WordApi 1.3"), "word")).toBe(viPane.wordTooOld("WordApi 1.3"));
    // A character Word cannot keep, pasted into a field: where it is, not a Word failure.
    const unsafe = new UnsafeTextError("mục II.2", "U+000C", 3);
    expect(describeFailure(unsafe, "word")).toBe(unsafe.message);
    expect(unsafe.message).toContain("U+000C");
  });
});
