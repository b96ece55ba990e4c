/** Issue #18, point 9: headings printed in capitals read in sentence case inside messages. */
import { inSentence, vi } from "../../../src/strings/vi";

describe("headings inside sentences", () => {
  it("a capitalised heading reads in sentence case; a heading already in sentence case is kept", () => {
    expect(vi.check.sectionEmpty("V", "KIẾN NGHỊ, ĐỀ XUẤT")).toBe("Mục V Kiến nghị, đề xuất: chưa có nội dung.");
    expect(inSentence("PHƯƠNG HƯỚNG, NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH 6 THÁNG CUỐI NĂM 2021")).toBe("Phương hướng, nhiệm vụ cải cách hành chính 6 tháng cuối năm 2021");
    expect(inSentence("PHƯƠNG HƯỚNG, NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH QUÝ II NĂM 2021")).toBe("Phương hướng, nhiệm vụ cải cách hành chính quý II năm 2021");
    expect(inSentence("Tồn tại, hạn chế, khó khăn, vướng mắc và nguyên nhân")).toBe("Tồn tại, hạn chế, khó khăn, vướng mắc và nguyên nhân");
  });
});
