/**
 * Every sentence an officer reads, in Vietnamese. Code elsewhere passes facts
 * (codes, labels, numbers already formatted) and never builds Vietnamese text
 * itself; another language is another module of the same shape.
 */
import type { AgencyLevel, Area, ReportKind } from "../core/model/vocabulary";

const AREA_NAMES: Record<Area, string> = {
  "chi-dao-dieu-hanh": "Công tác chỉ đạo, điều hành",
  "the-che": "Cải cách thể chế",
  "thu-tuc-hanh-chinh": "Cải cách thủ tục hành chính",
  "to-chuc-bo-may": "Cải cách tổ chức bộ máy hành chính nhà nước",
  "cong-vu": "Cải cách chế độ công vụ",
  "tai-chinh-cong": "Cải cách tài chính công",
  "chinh-quyen-dien-tu": "Xây dựng và phát triển chính quyền điện tử, chính quyền số",
};

const LEVEL_NAMES: Record<AgencyLevel, string> = {
  tinh: "Sở, ban, ngành cấp tỉnh",
  huyen: "UBND cấp huyện (đến 30/6/2025)",
  xa: "UBND xã, phường, đặc khu",
  "su-nghiep": "Đơn vị sự nghiệp",
};

const KIND_NAMES: Record<ReportKind, string> = {
  "quy-1": "Báo cáo quý I",
  "6-thang": "Báo cáo 6 tháng",
  "quy-3": "Báo cáo quý III",
  "9-thang": "Báo cáo 9 tháng",
  nam: "Báo cáo năm",
  "ke-hoach": "Kế hoạch CCHC năm",
};

/** A row named the way the messages name it: "Dòng 3.1.3 Tổng số TTHC đang có hiệu lực". */
export interface RowRef {
  code: string;
  label: string;
}
const row = (r: RowRef) => `Dòng ${r.code} ${r.label}`;

/** A heading the document prints in capitals ("KIẾN NGHỊ, ĐỀ XUẤT"), as it reads inside a sentence ("Kiến nghị, đề xuất"). */
export const inSentence = (heading: string): string =>
  /\p{Ll}/u.test(heading)
    ? heading
    : // Quarters keep their Roman numerals: "quý II", "quý IV".
      (heading.charAt(0) + heading.slice(1).toLocaleLowerCase("vi")).replace(/(?<=quý )(i{1,3}|iv)\b/g, (n) => n.toUpperCase());

/** What to write in an empty row before signing, by the row's kind: "0" only where 0 is a count. */
const FILL_HINT: Record<string, string> = {
  count: " (ghi 0 nếu không có)",
  money: " (ghi 0 nếu không có)",
  percent: " (tỷ lệ %, ví dụ 98,4)",
  fraction: " (số đã thực hiện/tổng số, ví dụ 02/02)",
  coded: " (chọn một trong các mức của dòng)",
};
/** How a number of this kind is written. */
const NUMBER_EXAMPLE: Record<string, string> = {
  count: "Ghi một số, ví dụ 12 hoặc 1.050 (ghi 0 nếu không có)",
  money: "Ghi một số tiền, ví dụ 1.050 (ghi 0 nếu không có)",
  percent: "Ghi tỷ lệ từ 0 đến 100, ví dụ 98,4",
};
/** A number in a message, the Vietnamese way (30,5; 300.000). */
const num = (x: number) => new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 1 }).format(x);
const q = (s: string) => `"${s}"`;
/** Rows and their values: "1.1.1 = 50, 1.1.2 = 2". */
const codeValues = (values: Record<string, string>) =>
  Object.entries(values)
    .map(([code, v]) => `${code} = ${v}`)
    .join(", ");

export const vi = {
  areaName: (a: Area) => AREA_NAMES[a],
  levelName: (l: AgencyLevel) => LEVEL_NAMES[l],
  kindName: (k: ReportKind) => KIND_NAMES[k],

  period: {
    quy1: (y: number) => `Quý I năm ${y}`,
    quy2: (y: number) => `Quý II năm ${y}`,
    quy3: (y: number) => `Quý III năm ${y}`,
    quy4: (y: number) => `Quý IV năm ${y}`,
    sixMonths: (y: number) => `6 tháng đầu năm ${y}`,
    lastSixMonths: (y: number) => `6 tháng cuối năm ${y}`,
    nineMonths: (y: number) => `9 tháng đầu năm ${y}`,
    year: (y: number) => `năm ${y}`,
  },

  severity: { error: "Lỗi", warning: "Cảnh báo", info: "Lưu ý" } as const,

  /** Validation messages. Numbers arrive formatted (2.027; 98,9). */
  check: {
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
  },

  headerFieldName: {
    "co-quan-chu-quan": "tên cơ quan chủ quản",
    "co-quan-ban-hanh": "tên cơ quan ban hành",
    "so-ky-hieu": "số, ký hiệu văn bản",
    "dia-danh": "địa danh",
    ngay: "ngày ký",
    "kinh-gui": "Kính gửi (cơ quan được gửi báo cáo)",
    "can-cu": "căn cứ (văn bản yêu cầu báo cáo)",
    "quyen-han": "quyền hạn người ký",
    "chuc-vu": "chức vụ người ký",
    "nguoi-ky": "họ tên người ký",
    "noi-nhan": "nơi nhận",
  } as Record<string, string>,

  docType: { report: "báo cáo (BC)", plan: "kế hoạch (KH)" },

  /** The task pane and the standalone workbench. */
  pane: {
    appTitle: "Báo cáo CCHC",
    identityOf: (kind: string, title: string, agency: string) => `${kind} (${title}) — ${agency}`,
    identity: (what: string, template: string) => `Văn bản đang mở: ${what}; mẫu phụ lục ${template}.`,
    start: {
      title: "Bắt đầu",
      intro: "Văn bản đang mở chưa có báo cáo CCHC. Chọn một trong hai cách:",
      create: "Tạo báo cáo mới",
      createHint: "Chọn loại báo cáo, năm, cơ quan; công cụ chèn báo cáo theo mẫu, có sẵn phụ lục số liệu.",
      open: "Mở báo cáo có sẵn",
      openHint: "Mở tệp .docx đã tạo bằng công cụ này (hoặc đã lưu từ Word) để sửa tiếp, kiểm tra hoặc ghi số liệu.",
      reread: "Đọc lại văn bản đang mở",
      openHintWord: "Muốn làm tiếp một báo cáo đã có: mở tệp đó trong Word (Tệp › Mở), rồi bấm nút này.",
      takeOver: "Chuyển thành báo cáo có cấu trúc",
      takeOverHint: "Văn bản đang mở là báo cáo soạn tay theo mẫu của Sở: công cụ giữ nguyên toàn bộ văn bản, gắn ô cho từng số liệu, ghi chú và mục nội dung để kiểm tra và điền tiếp.",
      takingOver: "Đang chuyển…",
      takenOver: (template: string, identity: string, values: number, notes: number, sections: number) =>
        `Đã chuyển thành báo cáo có cấu trúc (mẫu ${template}, ${identity}): gắn ô cho ${values} dòng số liệu, ${notes} ghi chú và ${sections} mục nội dung. Văn bản giữ nguyên như đã soạn; nhớ lưu tệp.`,
      takeOverLeft: (n: number) => `${n} chỗ được để nguyên, chưa gắn ô (cần sửa tay trong văn bản):`,
      takeOverUnmatched: (n: number) => `${n} dòng có số liệu không khớp với dòng nào của mẫu (không lấy):`,
      takeOverNoAppendix: "Văn bản không có bảng phụ lục số liệu theo mẫu nào (bảng có các cột STT, Chỉ tiêu, Đơn vị tính, Số liệu), nên không chuyển được.",
      /** Why Word cannot take the open document over as it is (nothing was changed). */
      takeOverRefused: {
        tracking:
          "Văn bản đang bật Theo dõi thay đổi (Xem lại › Theo dõi thay đổi). Hãy tắt đi rồi chuyển lại: nếu không, Word ghi mọi bảng và đoạn được gắn ô thành thay đổi của đồng chí. Văn bản chưa bị thay đổi gì.",
        ours: 'Văn bản này đã có ô của công cụ (đã là báo cáo có cấu trúc), không cần chuyển nữa. Hãy dùng "Đọc lại văn bản đang mở" hoặc thẻ Kiểm tra để sửa chỗ thiếu.',
        "section-break":
          "Một đoạn hoặc bảng cần gắn ô có dấu ngắt phần (section break); Word bỏ định dạng phần khi chèn lại nên công cụ không chuyển trong Word. Văn bản chưa bị thay đổi gì. Hãy lưu tệp rồi chuyển trên trình duyệt (Bàn làm việc) hoặc bằng lệnh cchc adopt.",
        revisions: "Văn bản còn thay đổi đang theo dõi chưa xử lý. Hãy Chấp nhận hoặc Từ chối các thay đổi (Xem lại) rồi chuyển lại. Văn bản chưa bị thay đổi gì.",
        comments: "Bảng hoặc đoạn cần gắn ô có chú thích (comment). Hãy xử lý và xóa chú thích rồi chuyển lại, để chú thích không bị mất. Văn bản chưa bị thay đổi gì.",
        notes:
          "Bảng hoặc đoạn cần gắn ô có chú thích cuối trang; công cụ không chuyển trong Word để không làm mất chú thích. Văn bản chưa bị thay đổi gì. Hãy lưu tệp rồi chuyển bằng lệnh cchc adopt.",
        "unsupported-block":
          "Văn bản có khối nội dung mà công cụ không chuyển được trong Word. Văn bản chưa bị thay đổi gì. Hãy lưu tệp rồi chuyển trên trình duyệt (Bàn làm việc) hoặc bằng lệnh cchc adopt.",
        "shown-otherwise":
          "Word hiển thị văn bản khác với nội dung công cụ đọc được (ví dụ có trường tự động hoặc hộp văn bản trong bảng), nên công cụ không chuyển để tránh gắn ô sai chỗ. Văn bản chưa bị thay đổi gì. Hãy lưu tệp rồi chuyển bằng lệnh cchc adopt.",
        "not-a-package": "Word không trả về nội dung văn bản để chuyển. Văn bản chưa bị thay đổi gì; hãy thử lại.",
        "too-big": "Văn bản quá lớn để chuyển trong Word. Văn bản chưa bị thay đổi gì. Hãy lưu tệp rồi chuyển bằng lệnh cchc adopt.",
      } as Record<string, string>,
      takeOverFailed: (detail: string) => `Chuyển bị gián đoạn: ${detail}. Chữ trong văn bản vẫn giữ nguyên; một phần có thể đã được gắn ô. Hãy bấm Hoàn tác (Ctrl+Z) trong Word rồi chuyển lại.`,
      takeOverNotRecognised: (parts: string) =>
        `Không nhận ra ${parts} trong văn bản. Hãy ghi rõ ở trích yếu (ví dụ "Công tác cải cách hành chính 6 tháng đầu năm 2021") và dòng "(Kèm theo báo cáo … của <tên cơ quan>)" ở phụ lục, rồi thử lại.`,
    },
    loading: "Đang tải…",
    templatesLoading: "Đang tải danh sách mẫu báo cáo…",
    templatesFailed: (detail: string) => `Không tải được danh sách mẫu báo cáo (${detail}).`,
    retry: "Thử lại",
    hostWord: "Đang làm việc trong Word.",
    hostWorkbench: "Đang dùng trên trình duyệt, không cần Word: làm việc trên tệp .docx.",
    templatesHeading: "Các mẫu báo cáo có sẵn",
    templateVersion: (v: string) => `phiên bản ${v}`,
    templateKinds: (kinds: string) => `Dùng cho: ${kinds}`,
    tabs: { create: "Tạo báo cáo", sections: "Nội dung", data: "Số liệu", import: "Nhập từ tệp", templates: "Mẫu phụ lục", check: "Kiểm tra" },
    drafts: {
      offered: (n: number, at: string) => `Có ${n} nội dung đã gõ cho báo cáo này lúc ${at} nhưng chưa ghi vào văn bản.`,
      restore: "Khôi phục bản nháp",
      discard: "Bỏ bản nháp",
    },
    importing: {
      title: "Nhập số liệu từ tệp",
      intro: "Chọn tệp số liệu JSON, CSV hoặc Excel (.xlsx) có cột mã chỉ tiêu và cột số liệu. Xem trước thay đổi rồi mới ghi vào văn bản.",
      choose: "Chọn tệp số liệu",
      previewTitle: (file: string) => `Xem trước: ${file}`,
      columns: ["Mã", "Chỉ tiêu", "Trong văn bản", "Số liệu mới", "Thay đổi"],
      change: { new: "Ghi mới", changed: "Thay đổi", same: "Giữ nguyên", unknown: "Mã không có trong mẫu" } as Record<string, string>,
      invalidCell: (reason: string) => `Không hợp lệ: ${reason}`,
      summary: (fresh: number, changed: number, same: number, unknown: number, invalid: number) =>
        `${fresh} ghi mới, ${changed} thay đổi, ${same} giữ nguyên, ${unknown} mã không có trong mẫu${invalid > 0 ? `, ${invalid} không hợp lệ (sẽ không được ghi)` : ""}.`,
      nothingToApply: "Tệp không có số liệu nào mới hoặc khác với văn bản.",
      apply: "Ghi vào văn bản",
      cancel: "Bỏ qua",
      failed: (detail: string) => `Không đọc được tệp: ${detail}`,
      noReport: "Văn bản chưa có báo cáo CCHC. Hãy tạo báo cáo trước khi nhập số liệu.",
      notesWritten: (written: number, kept: number) => `Đã ghi ${written} ghi chú${kept > 0 ? `; ${kept} ghi chú cán bộ đã viết trong văn bản được giữ nguyên` : ""}.`,
    },
    sections: {
      title: "Nội dung các mục",
      intro:
        'Viết nội dung từng mục; mỗi dòng là một đoạn văn. "Ghi vào văn bản" ghi vào các mục còn trống hoặc còn lời hướng dẫn; mục đã được viết trong văn bản không bị ghi đè nếu chưa được đồng ý.',
      fill: "Ghi vào văn bản",
      load: "Đọc lại từ văn bản",
      noReport: 'Văn bản chưa có báo cáo CCHC. Hãy tạo báo cáo ở thẻ "Tạo báo cáo".',
      label: (id: string, heading: string) => `${id}. ${inSentence(heading)}`,
      optionalLabel: (id: string, heading: string) => `${id}. ${inSentence(heading)} (không bắt buộc)`,
      optionalHint: (placeholder: string) => `${placeholder} Mục không bắt buộc: không muốn viết thì bấm "Bỏ mục này" (bỏ cả đề mục và dòng hướng dẫn khỏi văn bản).`,
      remove: "Bỏ mục này",
      removeHasText: "Mục đã có nội dung (trong văn bản hoặc đang gõ): muốn bỏ mục, hãy xóa nội dung trước.",
      removed: (id: string) => `Đã bỏ mục ${id} khỏi văn bản (không bắt buộc).`,
      removedList: (ids: string) => `Mục không bắt buộc đã bỏ khỏi văn bản: ${ids}.`,
      removeRefused: {
        "not-optional": "Mục này là mục bắt buộc của báo cáo, không bỏ được.",
        absent: "Mục này không còn trong văn bản.",
        "has-text": "Mục đã có nội dung trong văn bản: muốn bỏ mục, hãy xóa nội dung trước.",
      } as Record<string, string>,
      written: (n: number) => `Đã ghi ${n} mục vào văn bản.`,
      headerWritten: (n: number) => `Đã ghi ${n} thông tin phần đầu, phần ký vào văn bản.`,
      nothingToWrite: "Không có nội dung mới để ghi.",
      headerTitle: "Phần đầu và phần ký",
      sectionsTitle: "Các mục của báo cáo",
      headerAbsent: "Văn bản không có phần này (báo cáo được tạo không có nó); muốn thêm, hãy gõ trực tiếp trong văn bản.",
      headerHint: {
        "so-ky-hieu": "Ví dụ: 123/BC-SKHCN; bản nháp để trống số: /BC-SKHCN",
        ngay: "Ví dụ: 15/6/2025; bản nháp để trống ngày: /6/2025",
        "kinh-gui": "Cơ quan được gửi báo cáo, ví dụ: Sở Nội vụ tỉnh Quảng Ngãi",
        "can-cu": "Văn bản yêu cầu báo cáo, ví dụ: Thực hiện Công văn số 135/UBND-NC ngày 12/01/2021 của UBND tỉnh…",
        "quyen-han": "Ví dụ: KT. GIÁM ĐỐC; để trống nếu người đứng đầu ký",
        "noi-nhan": "Mỗi nơi nhận một dòng, ví dụ: - Sở Nội vụ;",
      } as Partial<Record<string, string>>,
      headerConflictLine: (field: string, inDocument: string) => `${field}: văn bản đang ghi "${inDocument.length > 80 ? `${inDocument.slice(0, 80)}…` : inDocument}"`,
      conflictsTitle: (n: number) => `${n} mục trong văn bản đã có nội dung khác`,
      conflictsIntro: "Công cụ không tự ghi đè. Chọn giữ nội dung trong văn bản, hoặc ghi đè bằng nội dung mới.",
      conflictLine: (id: string, heading: string, inDocument: string) => `Mục ${id} ${inSentence(heading)}: văn bản đang ghi "${inDocument.length > 80 ? `${inDocument.slice(0, 80)}…` : inDocument}"`,
      keep: "Giữ nội dung trong văn bản",
      overwrite: "Ghi đè bằng nội dung mới",
      busy: "Đang ghi vào văn bản…",
    },
    data: {
      previousValue: (value: string) => `Kỳ trước: ${value}`,
      fromPlan: "Lấy từ kế hoạch",
      fromPlanHint: "Chọn tệp kế hoạch CCHC của năm (.docx hoặc .json): số nhiệm vụ đề ra và đã hoàn thành được đưa vào các dòng tương ứng, rồi bấm Ghi vào văn bản.",
      planTaken: (year: number, values: Record<string, string>) =>
        `Lấy từ kế hoạch CCHC năm ${year}: ${codeValues(values)}. Bấm "Ghi vào văn bản" để ghi; số liệu cán bộ đã gõ trong văn bản không bị ghi đè.`,
      fileType: (name: string) => `${name}: chỉ nhận tệp .docx hoặc .json.`,
      fileUnreadable: (name: string, detail: string) => `Không đọc được báo cáo trong ${name}: ${detail}.`,
      planNotPlan: (name: string, template: string) => `${name} không phải kế hoạch CCHC (là báo cáo theo mẫu ${template}).`,
      planYear: (name: string, planYear: number, reportYear: number) => `${name} là kế hoạch CCHC năm ${planYear}, không dùng cho báo cáo năm ${reportYear}.`,
      planNoRows: (template: string) => `Mẫu ${template} không có dòng nào lấy số liệu từ kế hoạch.`,
      title: "Số liệu phụ lục",
      intro: 'Gõ số liệu và ghi chú theo từng lĩnh vực; số ghi theo kiểu Việt Nam (1.050; 98,9). Bấm "Ghi vào văn bản" để ghi tất cả một lần.',
      load: "Đọc số liệu từ văn bản",
      fill: "Ghi vào văn bản",
      noReport: 'Văn bản chưa có báo cáo CCHC. Hãy tạo báo cáo ở thẻ "Tạo báo cáo".',
      fractionHint: "Ghi số đã thực hiện/tổng số, ví dụ 02/02",
      percentHint: "Tỷ lệ %, tối đa 2 chữ số thập phân, ví dụ 98,4",
      choose: "— Chọn —",
      filled: (n: number) => `Đã ghi ${n} chỉ tiêu vào văn bản.`,
      notesWritten: (n: number) => `Đã ghi ${n} ghi chú.`,
      noteLabel: (code: string) => `Ghi chú dòng ${code}`,
      groupNoteLabel: (code: string, label: string) => `${code} ${label} — ghi chú`,
      noteConflictLine: (code: string, inDocument: string, proposed: string) => `Ghi chú dòng ${code}: văn bản ghi "${inDocument}", ghi chú mới "${proposed}"`,
      nothingToFill: "Không có số liệu mới để ghi.",
      conflictsTitle: (n: number) => `${n} chỉ tiêu trong văn bản đã có số liệu khác do cán bộ nhập`,
      conflictsIntro: "Công cụ không tự ghi đè. Chọn giữ số liệu trong văn bản, hoặc ghi đè bằng số liệu mới.",
      conflictLine: (code: string, label: string, inDocument: string, proposed: string) => `${code} ${label}: văn bản ghi "${inDocument}", số liệu mới "${proposed}"`,
      keep: "Giữ số liệu trong văn bản",
      overwrite: "Ghi đè bằng số liệu mới",
      busy: "Đang ghi vào văn bản…",
    },
    walk: {
      label: "Sửa lần lượt",
      position: (n: number, total: number, text: string) => `Vấn đề ${n}/${total}: ${text}`,
      next: "Tiếp theo",
      previous: "Trước",
      onlyOne: "Chỉ còn một vấn đề",
      back: "Về Kiểm tra",
    },
    invalid: {
      title: (n: number) => `${n} số liệu không hợp lệ`,
      intro: "Các số liệu sau không đúng dạng của dòng, nên chưa được ghi:",
      back: "Quay lại sửa",
      writeValid: (n: number) => `Chỉ ghi ${n} số liệu hợp lệ`,
      noneValid: "Không có số liệu hợp lệ nào để ghi",
    },
    create: {
      title: "Tạo báo cáo",
      intro: "Chọn loại báo cáo, năm, cơ quan và mẫu phụ lục; các thông tin phần đầu văn bản được ghi nhớ cho lần sau.",
      kind: "Loại báo cáo",
      year: "Năm",
      level: "Cấp cơ quan",
      agency: "Tên cơ quan báo cáo",
      agencyHint: "Ví dụ: Sở Khoa học và Công nghệ tỉnh Quảng Ngãi",
      template: "Mẫu phụ lục",
      templateFile: "Dùng mẫu từ tệp JSON…",
      templateLoaded: (title: string) => `Đã nạp mẫu "${title}".`,
      templateBad: (problems: string) => `Tệp mẫu không dùng được: ${problems}`,
      noTemplate: "Không có mẫu phụ lục nào dùng cho loại báo cáo và cấp cơ quan đã chọn.",
      headerTitle: "Phần đầu và phần ký văn bản",
      insertReport: "Chèn toàn bộ báo cáo",
      insertAppendix: "Chỉ chèn phụ lục",
      insertTable: "Chèn bảng hồ sơ TTHC tại con trỏ",
      insertTableEnd: "Thêm bảng hồ sơ TTHC vào cuối văn bản",
      blocked: (why: string) => `Chưa chèn được: ${why}`,
      fixHeader: "Sửa số, ký hiệu hoặc ngày ký đang sai (xem ô báo đỏ).",
      headerHint: {
        "so-ky-hieu": "Ví dụ: 123/BC-SKHCN; bản nháp để trống số: /BC-SKHCN",
        ngay: "Ví dụ: 15/6/2025; bản nháp để trống ngày: /6/2025",
        "kinh-gui": "Để trống nếu báo cáo không có phần Kính gửi",
        "quyen-han": "Ví dụ: KT. GIÁM ĐỐC; để trống nếu người đứng đầu ký",
      } as Partial<Record<string, string>>,
      replaceTitle: "Văn bản đã có báo cáo CCHC",
      replaceLoses: (identity: string, values: number, sections: number) =>
        `Văn bản đang có ${identity}, với ${values} chỉ tiêu đã có số liệu và ${sections} mục đã viết. Thay thế sẽ xóa toàn bộ nội dung đang có trong văn bản.`,
      replace: "Thay thế báo cáo cũ",
      cancel: "Hủy",
      done: "Đã chèn vào văn bản.",
      numberPagesNotDone:
        'Công cụ chưa đánh số trang vì văn bản đã có nội dung trước báo cáo hoặc có đầu trang riêng. Hãy chọn Chèn › Số trang › Đầu trang (ở giữa), rồi bật "Trang đầu khác" để trang 1 không có số (Nghị định 30).',
      numberPagesByHand: 'Phiên bản Word này chưa cho công cụ đánh số trang. Hãy chọn Chèn › Số trang › Đầu trang (ở giữa), rồi bật "Trang đầu khác" để trang 1 không có số (Nghị định 30).',
      yearInvalid: "Năm gồm 4 chữ số, từ 2000 đến 2100.",
      agencyMissing: "Cần ghi tên cơ quan báo cáo.",
      busy: "Đang chèn vào văn bản…",
      busyPart: (done: number, total: number) => `Đang chèn vào văn bản… (đã xong ${done}/${total} phần)`,
    },
    /** What stopped an action (../taskpane/components/describe-failure.ts). */
    failure: {
      word: {
        AccessDenied: "Word không cho sửa chỗ này: ô hoặc vùng văn bản đang bị khóa, hoặc văn bản đang mở ở chế độ chỉ đọc.",
        ItemNotFound: "Không còn tìm thấy phần cần sửa trong văn bản (có thể vừa bị xóa hoặc di chuyển). Hãy bấm Đọc lại rồi thử lại.",
        GeneralException: "Word gặp lỗi khi thực hiện thao tác. Hãy thử lại; nếu vẫn lỗi, lưu văn bản, đóng và mở lại rồi thử.",
        InvalidArgument: "Word không nhận thao tác này ở vị trí hiện tại của văn bản. Hãy bấm Đọc lại rồi thử lại.",
        NotAllowed: "Phiên bản Word này (ví dụ Word trên web) không cho phép thao tác này. Hãy thử trong Word trên máy tính, hoặc trên bàn làm việc với tệp .docx.",
        ApiNotFound: "Phiên bản Word này thiếu chức năng cần cho thao tác. Hãy cập nhật Office, hoặc dùng bàn làm việc trên trình duyệt với tệp .docx.",
        RequestPayloadSizeLimitExceeded: "Thao tác quá lớn để Word nhận một lần. Hãy thử lại với ít nội dung hơn (ví dụ rút gọn mục rất dài).",
        RequestTooLarge: "Thao tác quá lớn để Word nhận một lần. Hãy thử lại với ít nội dung hơn (ví dụ rút gọn mục rất dài).",
        SearchStringInvalidOrTooLong: "Câu cần tìm trong văn bản quá dài để Word tìm; công cụ đã chọn cả mục thay vào đó.",
      } as Record<string, string>,
      wordOther: "Word báo lỗi khi thực hiện thao tác. Hãy thử lại; nếu vẫn lỗi, lưu văn bản, đóng và mở lại rồi thử.",
      workbench: "Có lỗi khi xử lý tệp .docx. Văn bản đang mở chưa bị thay đổi bởi thao tác này; hãy lưu tệp rồi thử lại.",
      tooLargeAtOnce: "Một phần của báo cáo quá lớn để chèn vào Word một lần (ví dụ một mục rất dài). Hãy rút gọn rồi thử lại.",
      code: (code: string) => `(mã lỗi: ${code})`,
    },
    wordTooOld: (set: string) =>
      `Phiên bản Word này chưa hỗ trợ ${set}, nên chưa dùng được công cụ trong Word. Hãy cập nhật Office (Office 2019 trở lên, hoặc Microsoft 365), hoặc dùng bàn làm việc trên trình duyệt với tệp .docx.`,
    workbench: {
      open: "Mở tệp .docx",
      save: "Lưu tệp .docx",
      noDocument: "Chưa có văn bản. Mở một tệp báo cáo .docx để bắt đầu.",
      opened: (name: string) => `Đang làm việc trên tệp ${name}.`,
      changedSince: (name: string) => `Tệp ${name}: có thay đổi chưa lưu.`,
      savedAt: (time: string, name: string) => `Đã lưu lúc ${time} vào tệp ${name} (thư mục tải về của trình duyệt).`,
      defaultName: "bao-cao-cchc.docx",
      saveFailed: (detail: string) => `Không lưu được tệp: ${detail}`,
      unsaved: 'Đang làm việc trên báo cáo mới, chưa lưu. Bấm "Lưu tệp .docx" để lưu về máy.',
      previewTitle: "Xem trước văn bản",
      previewHint: "Bản xem trước chỉ để đọc; ô đang được chọn có khung đỏ.",
      openFailed: (detail: string) => `Không mở được tệp: ${detail}`,
    },
    check: {
      previousOpen: "Mở báo cáo kỳ trước",
      previousOther: "Mở báo cáo kỳ trước khác",
      previousDrop: "Bỏ kỳ trước",
      previousTaken: (identity: string, file: string) => `Đã mở báo cáo kỳ trước: ${identity} (tệp ${file}). Bấm "Kiểm tra" để đối chiếu các dòng lũy kế; Số liệu hiện số kỳ trước bên mỗi dòng.`,
      previousShown: (identity: string, file: string) => `Kỳ trước: ${identity} (tệp ${file}).`,
      previousNotEarlier: (file: string, period: string, current: string) => `${file} là báo cáo ${period}, không phải kỳ trước của báo cáo đang mở (${current}).`,
      title: "Kiểm tra báo cáo",
      intro: "Kiểm tra số liệu, các mục và phần đầu văn bản. Bấm vào một vấn đề để mở ô cần sửa (ô đó cũng được chọn trong văn bản).",
      run: "Kiểm tra",
      runFinal: "Kiểm tra trước khi ký",
      next: "Tiếp theo",
      nextHint: "Mở lần lượt từng ô cần sửa hoặc còn trống, ở thẻ Số liệu hoặc Nội dung",
      nextDisabled: "Bấm Kiểm tra trước để biết các ô cần sửa",
      emptyValue: (code: string) => `Dòng ${code} chưa có số liệu.`,
      emptySection: (id: string) => `Mục ${id} chưa có nội dung.`,
      busy: "Đang kiểm tra…",
      noReport: "Văn bản này chưa có báo cáo CCHC do công cụ tạo. Hãy tạo báo cáo trước.",
      completenessLabel: "Mức độ hoàn thành",
      completeness: (rows: number, rowsRequired: number, sections: number, sectionsRequired: number) => `Đã điền ${rows}/${rowsRequired} chỉ tiêu và ${sections}/${sectionsRequired} mục nội dung.`,
      ready: "Báo cáo đã sẵn sàng để ký: không còn lỗi.",
      notReady: (errors: number) => `Báo cáo chưa thể ký: còn ${errors} lỗi cần sửa.`,
      noIssues: "Không phát hiện vấn đề nào.",
      group: (severity: string, n: number) => `${severity} (${n})`,
      notFound: "Không tìm thấy ô này trong văn bản (có thể đã bị xóa).",
      allFilled: "Tất cả các ô bắt buộc đã có nội dung.",
      disagreements: (n: number) => `${n} chỗ trong văn bản khác với phần dữ liệu đã lưu; văn bản được dùng để kiểm tra.`,
      missing: (n: number) => `Văn bản thiếu ${n} ô so với mẫu (có thể đã bị xóa).`,
    },
  },

  /** The self-test (taskpane.html?selftest): the pane proves itself in whatever host it runs in. */
  selftest: {
    title: "Tự kiểm tra công cụ",
    intro: "Công cụ thử toàn bộ quy trình trên một văn bản thử: chèn báo cáo, điền số liệu, đọc lại, kiểm tra, rồi điền lại lên một số liệu được gõ trực tiếp trong văn bản (phải được giữ lại).",
    link: "Tự kiểm tra công cụ",
    back: "Quay lại công cụ",
    rerun: "Chạy lại",
    copy: "Sao chép kết quả",
    copied: "Đã sao chép kết quả. Dán vào thư gửi bộ phận hỗ trợ.",
    running: "Đang tự kiểm tra…",
    pass: "Tự kiểm tra: ĐẠT",
    fail: (step: string) => `Tự kiểm tra: KHÔNG ĐẠT — bước "${step}"`,
    host: (description: string) => `Môi trường: ${description}`,
    cost: (ms: number, syncs: number | null) => (syncs === null ? `${ms} ms` : `${ms} ms, ${syncs} lần trao đổi với Word`),
    steps: {
      scratch: "Văn bản thử",
      insert: "Chèn báo cáo",
      fill: "Điền số liệu",
      read: "Đọc lại số liệu",
      check: "Kiểm tra số liệu",
      typed: "Cán bộ gõ trực tiếp vào văn bản",
      conflict: "Điền lại lên số liệu đã gõ",
    } as Record<string, string>,
    details: {
      scratchNew: "Văn bản mới trong bộ nhớ.",
      scratchBlank: "Văn bản đang mở còn trống.",
      needBlank: "Văn bản đang mở đã có nội dung. Hãy mở một văn bản trống mới (Tệp > Mới > Văn bản trống), mở lại công cụ và chạy tự kiểm tra ở đó.",
      inserted: (controls: number) => `Đã chèn báo cáo; đọc lại đủ ${controls} ô, không thiếu ô nào.`,
      filled: (n: number) => `Đã điền ${n} chỉ tiêu.`,
      readBack: (n: number) => `Đọc lại đúng ${n} chỉ tiêu, khớp với phần dữ liệu.`,
      checked: (errors: number, warnings: number) => `Không có lỗi ở các chỉ tiêu đã điền (${errors} lỗi, ${warnings} cảnh báo trên toàn báo cáo còn trống).`,
      typed: "Đã gõ 70 vào ô 3.1.3; công cụ nhận ra số liệu khác với phần dữ liệu.",
      kept: "Điền lại 2.027 vào ô 3.1.3: công cụ báo xung đột và giữ nguyên số 70 cán bộ đã gõ.",
      unexpected: (what: string) => `Kết quả không như mong đợi: ${what}`,
    },
  },

  /** How two reports' identities differ (a file for another report). */
  identity: {
    template: (given: string, doc: string) => `mẫu ${given}, văn bản dùng mẫu ${doc}`,
    period: (given: string, doc: string) => `kỳ ${given}, văn bản là ${doc}`,
    agency: (given: string, doc: string) => `cơ quan "${given}", văn bản của "${doc}"`,
    level: (given: string, doc: string) => `cấp ${given}, văn bản của cấp ${doc}`,
  },

  /** Input refused at the model's edge (the schema, the importers, the plan, every fill). */
  json: {
    empty: "tệp trống, không có nội dung JSON",
    syntaxAt: (line: number, column: number) => `sai cú pháp JSON ở dòng ${line}, cột ${column}`,
    truncated: "tệp JSON bị cắt cụt (hết tệp khi chưa đóng hết ngoặc)",
    syntax: "không đúng cú pháp JSON",
  },

  input: {
    unsafeChar: (where: string, codePoint: string, position: number) =>
      `${where} có ký tự điều khiển ${codePoint} ở vị trí ${position} (thường do dán từ phần mềm khác); văn bản Word không chứa được ký tự này. Hãy xóa ký tự đó rồi làm lại.`,
    text: "Nội dung",
    typeName: { string: "chuỗi ký tự", boolean: "đúng/sai", object: "đối tượng", null: "giá trị rỗng (null)", undefined: "không có giá trị" } as Record<string, string>,
    value: (code: string) => `Số liệu ô ${code}`,
    note: (code: string) => `Ghi chú ô ${code}`,
    section: (id: string) => `Mục ${id}`,
    header: (field: string) => `Phần đầu văn bản, ${field}`,
    control: (title: string) => `Ô «${title}»`,
  },

  /** Why a document's data part cannot be used (said instead of "no data part"). */
  dataPart: {
    doctype: "có khai báo DOCTYPE/ENTITY (không an toàn)",
    badXml: "XML bị hỏng",
    namespace: "không phải phần dữ liệu của công cụ (sai không gian tên)",
    badJson: "nội dung JSON bị hỏng",
    schema: (path: string, message: string) => `trường ${path}: ${message}`,
  },

  /** What the add-in says about Word itself (the renderer through Office.js). */
  word: {
    cursorOutsideBody: (where: string) => `Con trỏ đang ở ${where}. Hãy đặt con trỏ vào thân văn bản (nơi muốn chèn bảng) rồi chèn lại.`,
    where: { Header: "đầu trang", Footer: "chân trang", Footnote: "chú thích cuối trang", Endnote: "chú thích cuối văn bản", NoteItem: "chú thích" } as Record<string, string>,
    dataTooLarge: (kb: number) => `Dữ liệu của báo cáo quá lớn để lưu trong văn bản (${kb} KB; Word trên web nhận đến 1.024 KB). Hãy rút gọn các mục nội dung rất dài.`,
    insertFailed: (detail: string) => `Chưa chèn được báo cáo; văn bản vẫn như trước khi chèn. Chi tiết: ${detail}`,
    insertFailedPartly: (detail: string) => `Chèn báo cáo bị gián đoạn và một phần đã chèn chưa gỡ được. Hãy bấm Hoàn tác (Ctrl+Z) trong Word rồi chèn lại. Chi tiết: ${detail}`,
    severalDataParts: (n: number) => `Văn bản có ${n} phần dữ liệu báo cáo khác nhau (có thể do chèn báo cáo nhiều lần).`,
    trackedDeleted: (n: number) => `${n} ô đã bị xóa khi đang bật Theo dõi thay đổi; chúng không được tính. Hãy Chấp nhận hoặc Từ chối các thay đổi trong Word.`,
    trackingUnverified:
      "Văn bản đang bật Theo dõi thay đổi và phiên bản Word này không cho biết ô nào đã bị xóa: số liệu đọc được có thể gồm cả ô đã xóa. Hãy Chấp nhận hoặc Từ chối các thay đổi trước khi kiểm tra.",
  },

  /** Problems with a .docx file (workbench and command line). */
  docx: {
    notZip: "Tệp không phải là tệp Word (.docx) hoặc đã bị hỏng: không đọc được cấu trúc nén.",
    truncated: "Tệp .docx bị hỏng hoặc chưa tải về đầy đủ (dữ liệu bị cắt cụt).",
    tooBig: (mb: number, limitMb: number) => `Tệp quá lớn (${num(mb)} MB); chỉ nhận tệp đến ${num(limitMb)} MB.`,
    tooManyEntries: (count: number) => `Tệp .docx có quá nhiều thành phần (${num(count)}); có thể không phải là báo cáo.`,
    partTooBig: (part: string, limitMb: number) => `Thành phần ${part} khi giải nén vượt quá ${limitMb} MB (có thể là tệp nén độc hại); đã dừng đọc.`,
    tooBigToEdit: (part: string, mb: number, limitMb: number) =>
      `Thành phần ${part} quá lớn để sửa trong công cụ (${num(mb)} MB; giới hạn ${num(limitMb)} MB). Công cụ vẫn đọc và kiểm tra được văn bản này (cchc extract, cchc check).`,
    doctype: (part: string) => `Thành phần ${part} có khai báo DOCTYPE/ENTITY; vì an toàn, tệp không được đọc.`,
    missingPart: (part: string) => `Tệp không phải là văn bản Word hợp lệ: thiếu thành phần ${part}.`,
    badXml: (part: string, detail: string) => `Thành phần ${part} bị hỏng (XML không hợp lệ): ${detail}`,
    packageTooBig: (limitMb: number) => `Tệp khi giải nén vượt quá ${num(limitMb)} MB (có thể là tệp nén độc hại); đã dừng đọc.`,
    corruptPart: (part: string) => `Thành phần ${part} của tệp bị hỏng (mã kiểm tra CRC không khớp); tệp không được đọc để tránh sai số liệu.`,
  },

  /** Importing values from JSON, CSV and Excel. */
  importing: {
    noCodeColumn: (found: string) => `không tìm thấy cột mã chỉ tiêu (đặt tên cột là "ma" hoặc "mã chỉ tiêu"); các cột đang có: ${found}.`,
    noValueColumn: (found: string) => `không tìm thấy cột số liệu (đặt tên cột là "so_lieu" hoặc "số liệu"); các cột đang có: ${found}.`,
    duplicate: (code: string, row: number) => `mã ${code} xuất hiện lần nữa ở dòng ${row}; chỉ dùng lần đầu.`,
    emptySheet: "bảng tính không có dữ liệu.",
    badCsv: (detail: string) => `tệp CSV không đọc được: ${detail}`,
    quoteNotClosed: (line: number) => `dấu ngoặc kép mở ở dòng ${line} không được đóng`,
    csvUnreadable: (line: number) => `dòng ${line} không đúng định dạng CSV`,
    tooManyColumns: (line: number, cells: number, width: number, comma: boolean) =>
      `dòng ${line} có ${cells} cột nhưng dòng tiêu đề chỉ có ${width} cột${comma ? ': số thập phân có dấu phẩy (như 98,4) phải đặt trong ngoặc kép ("98,4"), hoặc lưu tệp với dấu chấm phẩy (;) ngăn cột' : ""}. Không nhập để tránh đọc sai số liệu.`,
    windows1258: "tệp CSV không dùng bảng mã UTF-8; đã đọc theo bảng mã Windows-1258 (tiếng Việt). Hãy xem lại chữ có dấu trong cột ghi chú.",
    badXlsx: "tệp Excel không đọc được: tệp bị hỏng hoặc không phải tệp .xlsx (Excel 2007 trở lên).",
    badXlsxPackage: (detail: string) => `tệp Excel không được đọc: ${detail}`,
    tooBig: (mb: number, limitMb: number) => `tệp quá lớn (${num(mb)} MB); chỉ nhận tệp đến ${num(limitMb)} MB.`,
    dateCell: (cell: string, shown: string) =>
      `ô ${cell} là ngày tháng (${shown}): Excel đã tự đổi số liệu gõ vào (như 02/02) thành ngày. Hãy định dạng ô là Văn bản (Text), gõ lại số liệu rồi nhập lại.`,
    formulaNoResult: (cell: string) => `ô ${cell} chứa công thức chưa có kết quả được lưu. Hãy mở tệp trong Excel, lưu lại rồi nhập lại.`,
    errorCell: (cell: string, error: string) => `ô ${cell} có lỗi ${error}. Hãy sửa ô đó trong Excel rồi nhập lại.`,
    mergedDown: (cell: string, master: string) => `ô ${cell} được gộp với ô ${master} ở dòng trên (Merge Cells): một số liệu sẽ thành của nhiều chỉ tiêu. Hãy bỏ gộp ô và ghi số liệu cho từng dòng.`,
    badJson: (detail: string) => `tệp JSON không đúng: ${detail}`,
  },

  /** Command-line output. */
  cli: {
    summary: (errors: number, warnings: number, infos: number) => `Kết quả kiểm tra: ${errors} lỗi, ${warnings} cảnh báo, ${infos} lưu ý.`,
    ready: "Báo cáo đã sẵn sàng để ký: không còn lỗi.",
    notReady: "Báo cáo chưa thể ký: còn lỗi cần sửa.",
    general: "Chung",
    headerArea: "Phần đầu và phần ký văn bản",
    sectionsArea: "Nội dung báo cáo",
    reportLine: (agency: string, period: string, templateId: string) => `Báo cáo: ${agency} — ${period} — mẫu ${templateId}`,
    modeLine: (final: boolean) => `Chế độ kiểm tra: ${final ? "trước khi ký (ô trống là lỗi)" : "bản dự thảo (ô trống là cảnh báo)"}`,
    noIssues: "Không phát hiện vấn đề nào.",
    usage: [
      "Cách dùng:",
      "  cchc templates [--json]",
      "  cchc new --template <mã> --kind <quy-1|6-thang|quy-3|9-thang|nam|ke-hoach> --year <năm> --agency <tên> --agency-level <tinh|huyen|xa|su-nghiep> [--data <số-liệu.json>] [--plan <kế-hoạch.json|.docx>] -o <báo-cáo.docx> [--json]",
      "  cchc fill <báo-cáo.docx> [<số-liệu.json|.csv|.xlsx>] [--plan <kế-hoạch.json|.docx>] -o <kết-quả.docx> [--overwrite] [--json]",
      "  cchc extract <báo-cáo.docx> [--json | -o <số-liệu.json>] [--template <mã>] [--kind <kỳ>] [--year <năm>] [--agency <tên>] [--agency-level <cấp>]",
      "  cchc check <báo-cáo.docx|số-liệu.json> [--final] [--json] [--previous <kỳ-trước.json|.docx>] [--plan <kế-hoạch.json|.docx>] [--template-file <mẫu.json>] [--template …] [--kind …] [--year …] [--agency …] [--agency-level …]",
      "  cchc adopt <báo-cáo-soạn-tay.docx> -o <báo-cáo.docx> [--template …] [--kind …] [--year …] [--agency …] [--agency-level …] [--json]",
      "  cchc aggregate <tệp hoặc thư mục…> -o <tổng-hợp.xlsx|.csv|.json> [--template <mã>] [--json]",
      "",
      "  --final          kiểm tra trước khi ký: dòng và mục còn trống là lỗi",
      "  --json           in đúng một đối tượng JSON",
      "  --plan           kế hoạch CCHC của năm (.json hoặc .docx): số nhiệm vụ đề ra và đã hoàn thành lấy từ kế hoạch (new, fill), đối chiếu khi kiểm tra (check)",
      "  --previous       báo cáo kỳ trước (.json, hoặc .docx do công cụ tạo hay soạn tay), để kiểm tra các dòng lũy kế",
      "  --template-file  dùng mẫu từ tệp JSON thay cho mẫu có sẵn",
      "  Báo cáo soạn tay (không do công cụ này tạo) được nhận ra từ chính văn bản;",
      "  các tùy chọn --template, --kind, --year, --agency, --agency-level (từng cái) được dùng thay cho điều văn bản ghi.",
      "",
      "Mã thoát: 0 không có vấn đề; 1 có lỗi hoặc xung đột; 2 không dùng được dữ liệu đầu vào.",
    ].join("\n"),
    errUnknownCommand: (cmd: string) => `không có lệnh "${cmd}". Các lệnh: templates, new, fill, extract, check, adopt, aggregate.`,
    errMissingOption: (name: string) => `thiếu tham số --${name}.`,
    errBadYear: (v: string) => `năm "${v}" không đúng (ví dụ 2025).`,
    errBadChoice: (name: string, v: string, choices: string) => `--${name} "${v}" không đúng; chọn một trong: ${choices}.`,
    errTemplateKind: (id: string, kind: string, kinds: string) => `mẫu ${id} không dùng cho loại "${kind}"; mẫu này dùng cho: ${kinds}.`,
    errTemplateLevel: (id: string, level: string, levels: string) => `mẫu ${id} không dành cho cấp "${level}"; mẫu này dành cho: ${levels}.`,
    errTemplateDates: (id: string, dates: string, period: string, instead: string) =>
      `mẫu ${id} chỉ dùng cho số liệu ${dates}, không dùng cho kỳ ${period.charAt(0).toLocaleLowerCase("vi")}${period.slice(1)}; dùng mẫu: ${instead}.`,
    validFrom: (day: string) => `từ ${day}`,
    validUntil: (day: string) => `đến ${day}`,
    noTemplateServes: "(không có mẫu có sẵn nào cho kỳ và cấp này)",
    errDataTemplate: (file: string, id: string, expected: string) => `tệp ${file} là số liệu của mẫu ${id}, không phải mẫu ${expected}.`,
    errDocx: (file: string, detail: string) => `${file}: ${detail}`,
    errNoDataPart: (file: string) => `${file} không có phần dữ liệu của báo cáo CCHC (không do công cụ này tạo, hoặc đã bị xóa); hãy chỉ rõ --template, --kind, --year, --agency và --agency-level.`,
    errValuesFile: (file: string, detail: string) => `${file}: ${detail}`,
    errDataPartDamagedIdentity: (file: string, reason: string) =>
      `phần dữ liệu của báo cáo trong ${file} bị hỏng (${reason}); hãy chỉ rõ --template, --kind, --year, --agency và --agency-level để đọc các ô trong văn bản.`,
    errFillNeedsReport: (file: string) =>
      `${file} không có phần dữ liệu của báo cáo CCHC, nên không biết ô nào là của chỉ tiêu nào. Hãy tạo báo cáo bằng "cchc new" (hoặc công cụ trong Word) rồi điền vào báo cáo đó.`,
    errDataPartDamaged: (file: string, reason: string) => `phần dữ liệu của báo cáo trong ${file} bị hỏng (${reason}); không điền để tránh sai số liệu.`,
    errOtherReport: (values: string, doc: string, differs: string) => `${values} là số liệu của báo cáo khác với ${doc}: ${differs}. Không điền.`,
    extractDiffers: (differs: string) => `Thông tin chỉ định khác với chính văn bản: ${differs}. Dùng thông tin của văn bản.`,
    errValuesType: (file: string) => `${file}: chỉ nhận tệp .json, .csv hoặc .xlsx.`,
    errOutputExists: (file: string) => `tệp ${file} đã có; chọn tên khác để không ghi đè.`,
    errSameFile: "tệp kết quả phải khác tệp đầu vào (không ghi đè lên báo cáo gốc).",
    errWrite: (file: string, detail: string) => `không ghi được tệp ${file}: ${detail}`,
    created: (file: string, filled: number) => `Đã tạo ${file} (${filled} chỉ tiêu có số liệu).`,
    filled: (file: string, written: number, unchanged: number) => `Đã ghi ${file}: điền ${written} chỉ tiêu, ${unchanged} chỉ tiêu giữ nguyên.`,
    conflictsHeading: (n: number) => `${n} chỉ tiêu đã có số liệu khác do cán bộ nhập, KHÔNG ghi đè (dùng --overwrite nếu muốn ghi đè):`,
    conflictLine: (code: string, inDocument: string, proposed: string) => `  ${code}: trong văn bản "${inDocument}", số liệu mới "${proposed}"`,
    noteConflictLine: (code: string, inDocument: string, proposed: string) => `  ghi chú ${code}: trong văn bản "${inDocument}", ghi chú mới "${proposed}"`,
    filledNotes: (n: number) => `Đã ghi ${n} ghi chú.`,
    missingCodes: (codes: string) => `Không có ô số liệu cho các mã: ${codes}.`,
    importWarning: (w: string) => `Lưu ý: ${w}`,
    extracted: (file: string, values: number) => `Đã ghi ${file} (${values} chỉ tiêu).`,
    readByTitle: (n: number) => `${n} ô được đọc theo tiêu đề vì thẻ (tag) đã mất (ví dụ tệp đã lưu lại bằng LibreOffice).`,
    disagreement: (target: string, inDocument: string, inDataPart: string) => `Không khớp ở ${target}: văn bản ghi "${inDocument}", phần dữ liệu ghi "${inDataPart}" (dùng số liệu trong văn bản).`,
    missingControls: (tags: string) => `Văn bản thiếu các ô: ${tags}.`,
    dataPartDamaged: (reason: string) => `Phần dữ liệu trong văn bản bị hỏng (${reason}); chỉ đọc các ô trong văn bản.`,
    adopt: {
      errStructured: (file: string) => `${file} đã là báo cáo có cấu trúc (có phần dữ liệu hoặc ô của công cụ); không cần chuyển.`,
      done: (file: string, out: string, template: string, period: string, agency: string) =>
        `Đã chuyển ${file} thành báo cáo có cấu trúc, ghi vào ${out}: mẫu ${template}, ${period}, ${agency}. Văn bản giữ nguyên như cán bộ đã soạn.`,
      counts: (values: number, filled: number, notes: number, sections: number) => `Gắn ô cho ${values} dòng số liệu (${filled} dòng đã có số liệu), ${notes} ô ghi chú và ${sections} mục nội dung.`,
      leftHeading: (n: number) => `${n} chỗ được để nguyên, chưa gắn ô (sửa tay rồi chạy lại, hoặc nhập số liệu trong công cụ):`,
      leftLine: (target: string, reason: string) => `  ${target}: ${reason}`,
      reason: {
        "value-with-more-text": "ô số liệu có thêm chữ ngoài số liệu (đơn vị hoặc giải thích); hãy chuyển phần giải thích sang cột Ghi chú",
        "note-after-label": "ghi chú được viết sau tên chỉ tiêu; hãy chuyển sang cột ghi chú",
        "note-in-value-cell": "ghi chú được viết trong ô số liệu: đã gắn ô cho số liệu, phần ghi chú để nguyên trong ô đó; muốn công cụ đọc được ghi chú, hãy chuyển sang cột Ghi chú",
        "several-paragraphs": "ô có nhiều đoạn văn; hãy gộp thành một đoạn (xuống dòng bằng Shift+Enter)",
        "merged-cell": "ô được gộp với ô khác",
      } as Record<string, string>,
    },
    handmade: {
      identityPart: { template: "mẫu báo cáo", period: "kỳ báo cáo", agency: "tên cơ quan", level: "cấp của cơ quan" } as Record<string, string>,
      /** What a report typed by hand does not say, in words: "kỳ báo cáo, cấp của cơ quan". */
      parts: (missing: readonly string[]) => missing.map((m) => vi.cli.handmade.identityPart[m]).join(", "),
      identityOption: { template: "--template", period: "--kind và --year", agency: "--agency", level: "--agency-level" } as Record<string, string>,
      errNoAppendix: (file: string) => `${file} không do công cụ này tạo và không có bảng phụ lục số liệu theo mẫu nào (bảng có cột STT, Chỉ tiêu, Đơn vị tính, Số liệu); không đọc được số liệu.`,
      errNotRecognised: (file: string, parts: string, options: string) => `${file} là báo cáo soạn tay (không do công cụ này tạo) và không nhận ra được ${parts} từ văn bản; hãy chỉ rõ ${options}.`,
      read: (template: string, matched: number, period: string, agency: string, level: string) =>
        `Báo cáo soạn tay (không do công cụ này tạo): nhận ra mẫu ${template} (${matched} dòng khớp), ${period}, ${agency} (cấp ${level}).`,
      from: (what: string, text: string) => `  ${what} đọc từ: "${text}"`,
      given: (what: string) => `  ${what}: theo tùy chọn dòng lệnh`,
      counts: (values: number, notes: number, byCode: number, byLabel: number) =>
        `Đọc được ${values} số liệu và ${notes} ghi chú: ${byCode} dòng khớp theo mã và tên chỉ tiêu, ${byLabel} dòng khớp theo tên (mã in khác hoặc không có mã).`,
      renumbered: (list: string) => `  Mã in khác mẫu (đọc theo tên chỉ tiêu): ${list}.`,
      unitTypedIn: (code: string, cell: string, value: string) => `  Dòng ${code}: ô số liệu "${cell}" có ghi kèm đơn vị; lấy số liệu "${value}".`,
      noteInValue: (code: string, cell: string, value: string) => `  Dòng ${code}: ô số liệu "${cell}" có ghi kèm giải thích; lấy số liệu "${value}", phần còn lại đưa vào ghi chú.`,
      noteInLabel: (code: string) => `  Dòng ${code}: phần viết sau tên chỉ tiêu được đưa vào ghi chú.`,
      ambiguous: (code: string, printed: string, other: string) => `Cần xem lại: dòng "${printed}" được khớp với ${code} theo thứ tự trong bảng, nhưng cũng có thể là ${other}.`,
      weakLabel: (code: string, printed: string) => `Cần xem lại: dòng "${printed}" được khớp với ${code} chỉ theo mã (tên chỉ tiêu khác nhiều).`,
      unmatchedHeading: (n: number) => `${n} dòng có số liệu hoặc ghi chú không khớp với dòng nào của mẫu (KHÔNG lấy):`,
      unmatchedLine: (label: string, value: string) => `  "${label}"${value !== "" ? ` = "${value}"` : ""}`,
      notPrinted: (n: number, list: string) => `${n} dòng của mẫu không có trong bảng của văn bản: ${list}.`,
      truncated: (n: number) => `Bảng phụ lục quá dài: chỉ đọc ${n} dòng đầu.`,
    },
    templatesHeading: "Các mẫu có sẵn:",
    aggNoInput: "không có tệp báo cáo nào (.docx hoặc .json) trong các đường dẫn đã cho.",
    aggNothingUsable: "không đọc được báo cáo nào để tổng hợp.",
    aggOutputType: (file: string) => `${file}: tệp tổng hợp phải là .xlsx, .csv hoặc .json.`,
    aggProgress: (done: number, total: number) => `Đang đọc ${done}/${total} báo cáo`,
    aggSummary: (used: number, total: number, templateId: string, period: string) => `Đã tổng hợp ${used}/${total} báo cáo theo mẫu ${templateId}, kỳ ${period}.`,
    aggWritten: (file: string) => `Đã ghi ${file}.`,
    aggFailedChecksHeading: (n: number) => `${n} báo cáo có lỗi khi kiểm tra (vẫn được tổng hợp, cần đơn vị sửa):`,
    aggFailedLine: (file: string, agency: string, rules: string) => `  ${file} (${agency}): ${rules}`,
    aggUnreadableHeading: (n: number) => `${n} tệp không tổng hợp được:`,
    aggUnreadableLine: (file: string, reason: string) => `  ${file}: ${reason}`,
    aggOtherTemplate: (id: string, expected: string) => `báo cáo theo mẫu ${id}, không phải mẫu ${expected}`,
    aggOtherPeriod: (period: string, expected: string) => `báo cáo kỳ ${period}, không phải kỳ ${expected}`,
    aggUnknownTemplate: (id: string) => `mẫu "${id}" không có sẵn`,
    aggNotRecognised: (parts: string) => `báo cáo soạn tay: không nhận ra ${parts}`,
    aggNoAppendix: "không có phần dữ liệu của báo cáo CCHC (không do công cụ này tạo) và không có bảng phụ lục số liệu theo mẫu nào",
    plan: {
      errNotPlan: (file: string, template: string) => `${file} không phải kế hoạch CCHC (là báo cáo theo mẫu ${template}); --plan cần tệp kế hoạch (mẫu kh-phan-cong-2021).`,
      errYear: (file: string, planYear: number, reportYear: number) => `${file} là kế hoạch CCHC năm ${planYear}, không dùng cho báo cáo năm ${reportYear}.`,
      taken: (values: Record<string, string>) => `Lấy từ kế hoạch: ${codeValues(values)}.`,
      kept: (code: string, given: string, fromPlan: string) => `  ${code}: giữ số liệu đã cho "${given}" (kế hoạch: ${fromPlan}).`,
    },
    readAsHandmade: (file: string, template: string, values: number) => `${file}: đọc từ báo cáo soạn tay (mẫu ${template}, ${values} số liệu; xem chi tiết bằng cchc extract ${file}).`,
    aggReadFromHandmade: "Số liệu đọc từ báo cáo soạn tay (không do công cụ này tạo).",
    aggHandmadeHeading: (n: number) => `${n} báo cáo được đọc từ văn bản soạn tay (không do công cụ này tạo):`,
    aggHandmadeLine: (file: string, agency: string, values: number, doubtful: number) =>
      `  ${file} (${agency}): ${values} số liệu${doubtful > 0 ? `, ${doubtful} dòng cần xem lại (cchc extract ${file} để xem chi tiết)` : ""}`,
    aggNoDataPart: "không có phần dữ liệu của báo cáo CCHC (không phải báo cáo do công cụ này tạo)",
    aggDataPartDamaged: (reason: string) => `phần dữ liệu của báo cáo bị hỏng: ${reason}`,
    aggMethod: {
      sum: "cộng",
      "weighted-mean": "tính lại theo tổng số",
      "unweighted-mean": "trung bình cộng (không có quyền số)",
      "option-counts": "đếm theo lựa chọn",
      "fraction-sum": "cộng từng phần",
      none: "",
    } as Record<string, string>,
    aggSheetSummary: "Tổng hợp",
    aggSheetProblems: "Đơn vị cần xem lại",
    aggColumns: ["Mã", "Chỉ tiêu", "Đơn vị tính", "Số liệu tổng hợp", "Cách tính", "Số đơn vị báo cáo"],
    aggProblemColumns: ["Tệp", "Đơn vị", "Vấn đề"],
    aggUnitColumns: ["Mã", "Chỉ tiêu", "Số liệu"],
    templateLine: (id: string, version: string, title: string, kinds: string, levels: string) => `  ${id} (phiên bản ${version})\n    ${title}\n    Loại: ${kinds}\n    Cấp: ${levels}`,
    errArgs: (detail: string) => `tham số không đúng: ${detail}`,
    errMissingFile: "thiếu tệp dữ liệu cần kiểm tra.",
    errRead: (file: string, detail: string) => `không đọc được tệp ${file}: ${detail}`,
    errno: {
      ENOENT: "không có tệp này",
      EISDIR: "đây là thư mục",
      ENOTDIR: "một phần của đường dẫn không phải là thư mục",
      EACCES: "không có quyền truy cập",
      EPERM: "không được phép thao tác",
      EROFS: "ổ đĩa chỉ cho đọc",
      ENOSPC: "ổ đĩa đã đầy",
      EMFILE: "đang mở quá nhiều tệp",
      EBUSY: "tệp đang được chương trình khác dùng",
      ELOOP: "đường dẫn có liên kết vòng",
      ENAMETOOLONG: "tên tệp quá dài",
    } as Record<string, string>,
    errnoOther: (code: string) => `lỗi hệ thống (${code})`,
    aggDuplicate: (first: string) => `cùng đơn vị và kỳ với tệp ${first}; chỉ tính một lần (tệp đó)`,
    aggMoreProblems: (n: number) => `và ${n} tệp khác (xem bản .json hoặc .csv)`,
    aggUnknownCodes: (n: number) => `và ${n} mã không có trong mẫu (không tổng hợp)`,
    errTooBig: (file: string, mb: number, limitMb: number) => `tệp ${file} quá lớn (${num(mb)} MB); chỉ nhận tệp đến ${num(limitMb)} MB. Tệp không được đọc.`,
    errNotJson: (file: string, detail: string) => `tệp ${file} không phải JSON hợp lệ: ${detail}`,
    errSchema: (file: string, path: string, detail: string) => `tệp ${file} không đúng định dạng số liệu báo cáo: ${path}: ${detail}`,
    errUnknownTemplate: (file: string, id: string, known: string) => `tệp ${file} dùng mẫu "${id}" không có sẵn (các mẫu có sẵn: ${known}); dùng --template-file để chỉ tệp mẫu.`,
    errTemplateFile: (file: string, detail: string) => `tệp mẫu ${file} không dùng được: ${detail}`,
    errUnexpected: (detail: string) => `lỗi không mong đợi: ${detail}`,
  },
} as const;

export type Strings = typeof vi;
