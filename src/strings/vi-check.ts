/** What the checks say (src/core/validation): the messages of every rule. */
import { FILL_HINT, inSentence, NUMBER_EXAMPLE, q, row, RowRef } from "./vi-format";

/** Validation messages. Numbers arrive formatted (2.027; 98,9). */
export const viCheck = {
  requiredDraft: (r: RowRef) => `${row(r)}: chưa có số liệu.`,
  requiredFinal: (r: RowRef, kind: string) => `${row(r)}: chưa có số liệu. Cần điền trước khi ký${FILL_HINT[kind] ?? ""}.`,
  typeNotNumber: (r: RowRef, raw: string, what: string, kind: string) =>
    `${row(r)}: ${q(raw)} không phải là ${what}. ${NUMBER_EXAMPLE[kind] ?? "Ghi một số, ví dụ 12 hoặc 1.050"}; lời giải thích ghi vào cột Ghi chú.`,
  typeDecimalDot: (r: RowRef, raw: string) => `${row(r)}: ${q(raw)} dùng dấu chấm cho phần thập phân. Phần thập phân ghi bằng dấu phẩy, ví dụ 98,9; dấu chấm chỉ dùng để tách hàng nghìn (1.050).`,
  typeBadGrouping: (r: RowRef, raw: string) => `${row(r)}: ${q(raw)} tách hàng nghìn không đúng. Mỗi nhóm sau dấu chấm có đúng 3 chữ số, ví dụ 1.050 hoặc 2.027.`,
  typeBadFraction: (r: RowRef, raw: string) => `${row(r)}: ${q(raw)} không đúng dạng số đã thực hiện/tổng số, ví dụ 02/02.`,
  typeZeroDenominator: (r: RowRef, raw: string) => `${row(r)}: ${q(raw)} có tổng số (sau dấu /) bằng 0.`,
  rangeNegative: (r: RowRef, v: string) => `${row(r)} = ${v}, nhưng số liệu không được âm.`,
  rangeNotWhole: (r: RowRef, v: string) => `${row(r)} = ${v}, nhưng phải là số nguyên (đếm được).`,
  rangeOver100: (r: RowRef, v: string) => `${row(r)} = ${v} %, nhưng tỷ lệ phải từ 0 đến 100 %.`,
  rangeDecimals: (r: RowRef, v: string) => `${row(r)} = ${v} %, chỉ ghi tối đa 2 chữ số sau dấu phẩy (ví dụ 98,12).`,
  rangeNotWholeDong: (r: RowRef, v: string) => `${row(r)} = ${v} đồng, nhưng số tiền phải là số đồng nguyên.`,
  code: (r: RowRef, raw: string, options: string) => `${row(r)}: ${q(raw)} không phải là một lựa chọn của dòng này. Chọn một trong: ${options}.`,
  sum: (total: RowRef, totalValue: string, partsSum: string, partsList: string) =>
    `${row(total)} = ${totalValue}, nhưng các dòng trong đó cộng lại = ${partsSum} (${partsList}). Hai số phải bằng nhau.`,
  sumWarning: (total: RowRef, totalValue: string, partsSum: string, partsList: string) =>
    `${row(total)} = ${totalValue}, nhưng ${partsList} cộng lại = ${partsSum}. Hãy kiểm tra lại hoặc giải trình trong cột Ghi chú.`,
  leOne: (part: RowRef, partValue: string, whole: RowRef, wholeValue: string) =>
    `${row(part)} = ${partValue}, lớn hơn dòng ${whole.code} ${whole.label} = ${wholeValue}. Số này không được vượt quá ${wholeValue}.`,
  leMany: (partsList: string, partsSum: string, whole: RowRef, wholeValue: string) =>
    `Các dòng ${partsList} cộng lại = ${partsSum}, lớn hơn dòng ${whole.code} ${whole.label} = ${wholeValue}. Tổng này không được vượt quá ${wholeValue}.`,
  leOneWarning: (part: RowRef, partValue: string, whole: RowRef, wholeValue: string, reason: string | undefined) =>
    `${row(part)} = ${partValue}, lớn hơn dòng ${whole.code} ${whole.label} = ${wholeValue}. ${reason ? `${reason}; nếu` : "Nếu"} số liệu đúng, hãy giải trình trong cột Ghi chú.`,
  leManyWarning: (partsList: string, partsSum: string, whole: RowRef, wholeValue: string, reason: string | undefined) =>
    `Các dòng ${partsList} cộng lại = ${partsSum}, lớn hơn dòng ${whole.code} ${whole.label} = ${wholeValue}. ${reason ? `${reason}; nếu` : "Nếu"} số liệu đúng, hãy giải trình trong cột Ghi chú.`,
  shares: (partsList: string, sum: string) => `Các tỷ lệ ${partsList} cùng tính trên một tổng số nhưng cộng lại = ${sum} %, vượt quá 100 %.`,
  fraction: (r: RowRef, raw: string, num: string, den: string) => `${row(r)}: ${q(raw)} có số đã thực hiện (${num}) lớn hơn tổng số (${den}).`,
  unknownCode: (code: string, raw: string, templateTitle: string) => `Mã ${code} không có trong mẫu "${templateTitle}"; số liệu ${q(raw)} sẽ không được dùng. Kiểm tra lại mã chỉ tiêu.`,
  valueOnGroup: (r: RowRef, raw: string) => `${row(r)} là dòng tiêu đề nhóm, không ghi số liệu (đang ghi ${q(raw)}). Ghi nội dung này vào cột Ghi chú hoặc vào các dòng bên dưới.`,
  period: (r: RowRef, now: string, before: string) => `${row(r)} là số lũy kế: kỳ này = ${now}, nhỏ hơn kỳ trước = ${before}. Số lũy kế không giảm, trừ khi có sắp xếp lại đơn vị (hãy giải trình).`,
  narrativePeriod: (id: string, heading: string, quote: string, named: string, current: string) =>
    `Mục ${id} ${inSentence(heading)}: "${quote}" nói về ${named} như kỳ đang báo cáo, nhưng báo cáo này là ${current.charAt(0).toLocaleLowerCase("vi")}${current.slice(1)}. Có thể còn sót từ báo cáo kỳ trước: kiểm tra lại câu này.`,
  narrativeDateAfter: (id: string, heading: string, quote: string, date: string, limit: string) =>
    `Mục ${id} ${inSentence(heading)}: "${quote}" ghi ngày ${date}, sau ngày ${limit} của báo cáo. Kiểm tra lại năm, tháng của ngày này.`,
  narrativeDateAfterWindow: (id: string, heading: string, quote: string, date: string, end: string) =>
    `Mục ${id} ${inSentence(heading)}: "${quote}" ghi ngày ${date}, sau ngày ${end} là ngày cuối của kỳ lấy số liệu (Nghị định 09/2019/NĐ-CP; báo cáo chưa ghi ngày). Kiểm tra lại ngày này, hoặc việc này có thuộc kỳ báo cáo không.`,
  narrativeDatePlanYear: (id: string, heading: string, quote: string, year: number, date: string) =>
    `Mục ${id} ${inSentence(heading)}: "${quote}" là kế hoạch năm ${year} nhưng ghi ngày ${date}, quá sớm cho kế hoạch năm ${year}. Có thể gõ nhầm năm: kiểm tra lại.`,
  narrativeNumber: (id: string, heading: string, quote: string, r: RowRef, value: string) =>
    `Mục ${id} ${inSentence(heading)}: "${quote}" không khớp với ${row(r).charAt(0).toLocaleLowerCase("vi")}${row(r).slice(1)} ở phụ lục = ${value}. Kiểm tra lại số trong câu hoặc ở phụ lục.`,
  planTasks: (r: RowRef, value: string, planned: string, year: number) =>
    `${row(r)} = ${value}, nhưng kế hoạch CCHC năm ${year} đề ra ${planned} nhiệm vụ. Nếu trong năm có giao thêm hoặc điều chỉnh kế hoạch, hãy giải trình trong cột Ghi chú.`,
  planDone: (r: RowRef, value: string, done: string, year: number) =>
    `${row(r)} = ${value}, nhưng kế hoạch CCHC năm ${year} có ${done} nhiệm vụ đã hoàn thành (mọi sản phẩm ở mức "Hoàn thành"). Hãy cập nhật tiến độ trong kế hoạch, hoặc số liệu của dòng này.`,
  periodOtherTemplate: (previous: string, current: string) =>
    `Số liệu kỳ trước dùng mẫu ${previous}, kỳ này dùng mẫu ${current}: hai mẫu không có bảng đối chiếu mã chỉ tiêu, nên không so sánh được các dòng lũy kế.`,
  sectionEmpty: (id: string, heading: string) => `Mục ${id} ${inSentence(heading)}: chưa có nội dung.`,
  sectionPlaceholder: (id: string, heading: string) => `Mục ${id} ${inSentence(heading)}: vẫn còn dòng hướng dẫn của mẫu, cần thay bằng nội dung báo cáo.`,
  optionalSectionEmpty: (id: string, heading: string) =>
    `Mục ${id} ${inSentence(heading)}: chưa có nội dung. Mục này không bắt buộc: viết nội dung, hoặc bỏ cả đề mục khỏi văn bản (trong công cụ: nút "Bỏ mục này", thẻ Nội dung).`,
  optionalSectionPlaceholder: (id: string, heading: string) =>
    `Mục ${id} ${inSentence(heading)}: vẫn còn dòng hướng dẫn của mẫu. Mục này không bắt buộc: viết nội dung, hoặc bỏ cả đề mục và dòng hướng dẫn khỏi văn bản (trong công cụ: nút "Bỏ mục này", thẻ Nội dung).`,
  headerMissing: (field: string) => `Phần đầu văn bản: chưa ghi ${field}.`,
  kinhGuiEmpty: "Văn bản có dòng „Kính gửi:” nhưng chưa ghi cơ quan được gửi: ghi ở thẻ Nội dung, hoặc xóa dòng này nếu báo cáo không gửi riêng cơ quan nào.",
  headerKyHieu: (v: string) => `Số, ký hiệu ${q(v)} không đúng dạng <số>/<tên loại>-<cơ quan ban hành>, ví dụ 293/BC-CĐKTCN.`,
  headerNumberBlankFinal: (v: string) => `Số, ký hiệu ${q(v)} chưa có số văn bản; chỉ bản dự thảo mới được để trống số.`,
  headerKyHieuType: (v: string, found: string, expected: string) => `Số, ký hiệu ${q(v)} ghi tên loại ${found}, nhưng văn bản này là ${expected}.`,
  headerDateMalformed: (v: string) => `Ngày ký ${q(v)} không đúng dạng ngày/tháng/năm (ví dụ 15/3/2021).`,
  headerDateNotReal: (v: string) => `Ngày ký ${v} không có thật trên lịch.`,
  headerDayBlankFinal: (v: string) => `Ngày ký ${v} còn để trống ngày; chỉ bản dự thảo mới được để trống.`,
  headerDateBeforeCutoff: (v: string, cutoff: string, period: string) => `Ngày ký ${v} sớm hơn ngày chốt số liệu ${cutoff} của kỳ báo cáo ${period}; báo cáo phải ký sau khi chốt số liệu.`,
  headerDateWrongYear: (v: string, period: string) => `Ngày ký ${v} không thuộc kỳ ${period}.`,
} as const;
