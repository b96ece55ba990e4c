/**
 * Every sentence an officer reads, in Vietnamese. Code elsewhere passes facts
 * (codes, labels, numbers already formatted) and never builds Vietnamese text
 * itself; another language is another module of the same shape.
 */
import type { AgencyLevel, Area, ReportKind } from "../core/model/vocabulary";
import { viCheck } from "./vi-check";
import { num } from "./vi-format";
export { codeValues, inSentence, num } from "./vi-format";
export type { RowRef } from "./vi-format";

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

  check: viCheck,

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
    notUtf8: "tệp không dùng bảng mã UTF-8 (có thể là Windows-1258 hay một bảng mã khác), chữ có dấu sẽ bị đọc sai; hãy lưu lại tệp theo UTF-8 rồi chạy lại",
    unsafeNumber: "số này quá lớn (hoặc vô hạn) để giữ đúng từng chữ số; hãy ghi nó trong dấu ngoặc kép, như số liệu viết trong báo cáo",
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
    // The parser's own reason is English ("unclosed tag: w:p"): not shown to the officer.
    badXml: (part: string) => `Thành phần ${part} bị hỏng (XML không hợp lệ): tệp có thể đã bị cắt dở hoặc bị một công cụ khác sửa; hãy mở bằng Word, lưu lại rồi thử lại.`,
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

  /** How issues are grouped when listed (the pane and the command line). */
  issueGroups: {
    general: "Chung",
    headerArea: "Phần đầu và phần ký văn bản",
    sectionsArea: "Nội dung báo cáo",
  },

  /** What reading a document back finds (the pane, the workbench and the command line). */
  reading: {
    disagreement: (target: string, inDocument: string, inDataPart: string) => `Không khớp ở ${target}: văn bản ghi "${inDocument}", phần dữ liệu ghi "${inDataPart}" (dùng số liệu trong văn bản).`,
    missingControls: (tags: string) => `Văn bản thiếu các ô: ${tags}.`,
    noDataPart: "không có phần dữ liệu của báo cáo CCHC (không phải báo cáo do công cụ này tạo)",
  },

  /** Taking a report typed by hand over (cchc adopt, and the pane's take-over). */
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

  /** Reading a report typed by hand (cchc extract/check/aggregate, and the pane). */
  handmade: {
    identityPart: { template: "mẫu báo cáo", period: "kỳ báo cáo", agency: "tên cơ quan", level: "cấp của cơ quan" } as Record<string, string>,
    /** What a report typed by hand does not say, in words: "kỳ báo cáo, cấp của cơ quan". */
    parts: (missing: readonly string[]) => missing.map((m) => vi.handmade.identityPart[m]).join(", "),
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
} as const;

export type Strings = typeof vi;
