/** Issue #18, point 9: no engine English reaches the officer when a JSON file is not JSON. */
import { parseJsonText } from "../../src/core/json-text";
import { valuesFromJson } from "../../src/import/read-values";

describe("JSON that is not JSON", () => {
  it("says where it breaks, in Vietnamese, by line and column", () => {
    expect(() => parseJsonText('{\n  "3.1.3": 65,\n  3.4.1: "98,4"\n}')).toThrow("sai cú pháp JSON ở dòng 3, cột 3");
    expect(() => parseJsonText("")).toThrow("tệp trống, không có nội dung JSON");
    expect(() => valuesFromJson("{bad")).toThrow("tệp JSON không đúng: sai cú pháp JSON ở dòng 1, cột 2");
  });

  it("a file cut short says so", () => {
    let message = "";
    try {
      parseJsonText('{"values": {"3.1.3": 65');
    } catch (e) {
      message = (e as Error).message;
    }
    // V8 says "Expected ',' or '}' after property value in JSON at position 23" or "Unexpected end of JSON input".
    expect(["tệp JSON bị cắt cụt (hết tệp khi chưa đóng hết ngoặc)", "sai cú pháp JSON ở dòng 1, cột 24"]).toContain(message);
    expect(message).not.toMatch(/[A-Za-z]{4,} (of|in|at) /);
  });
});
