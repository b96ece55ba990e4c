/**
 * The words of the document itself (headings, placeholders, fixed administrative
 * parts under Nghị định 30/2020/NĐ-CP). Part of the strings module: src/strings.
 */
export const viDocument = {
  quocHieu: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
  tieuNgu: "Độc lập - Tự do - Hạnh phúc",
  docTypeReport: "BÁO CÁO",
  docTypePlan: "KẾ HOẠCH",
  soPrefix: "Số:",
  kinhGuiPrefix: "Kính gửi:",
  noiNhanLabel: "Nơi nhận:",
  defaultNoiNhan: "- Như trên;\n- Lưu: VT.",
  trichYeuReport: (title: string, next: string) => `Kết quả thực hiện công tác cải cách hành chính ${title} và nhiệm vụ ${next}`,
  trichYeuPlan: (year: number) => `Thực hiện cải cách hành chính năm ${year}`,
  dateLine: (place: string, day: string, month: string, year: number) => `${place}, ngày ${day} tháng ${month} năm ${year}`,
  closingReport: (title: string, agency: string) => `Trên đây là báo cáo kết quả công tác cải cách hành chính ${title} của ${agency}./.`,
  closingPlan: (year: number, agency: string) => `Trên đây là Kế hoạch thực hiện cải cách hành chính năm ${year} của ${agency}./.`,
  appendixRef: (docType: string, soKyHieu: string, date: string, agency: string) => `(Kèm theo ${docType} số ${soKyHieu} ngày ${date} của ${agency})`,
  appendixYear: (year: number) => `năm ${year}`,
  appendixAt: (agency: string) => `TẠI ${agency.trim().toLocaleUpperCase("vi")}`,
  notReportedBySuNghiep: "(đơn vị sự nghiệp không báo cáo)",
  planAssignmentText: "(theo phụ lục đính kèm)",

  /** Content-control titles (Word shows them on the control); each begins with its code. */
  titles: {
    value: (code: string, label: string) => `${code} · ${label}`,
    note: (code: string) => `${code} · Ghi chú`,
    label: (code: string) => `${code} · Tên chỉ tiêu`,
    section: (id: string, heading: string) => `${id} · ${heading}`,
    heading: (id: string) => `${id} · Đề mục`,
    header: (fieldName: string) => `Phần đầu · ${fieldName}`,
    fixed: (name: string) => `Cố định · ${name}`,
    noteWord: "Ghi chú",
    labelWord: "Tên chỉ tiêu",
    headingWord: "Đề mục",
    headerWord: "Phần đầu",
    fixedWord: "Cố định",
  },
  columns: {
    stt: "STT",
    label: "Chỉ tiêu",
    unit: "Đơn vị tính",
    value: "Số liệu",
    note: "Ghi chú",
    task: "Nhiệm vụ cụ thể",
    progress: "Tiến độ",
  },
  introReport: (agency: string) => `${agency} báo cáo kết quả thực hiện như sau:`,
  introPlan: (agency: string) => `${agency} ban hành Kế hoạch thực hiện cải cách hành chính với các nội dung chủ yếu như sau:`,
  placeholderCanCu: "[Nêu văn bản yêu cầu báo cáo, ví dụ: Thực hiện Công văn số …/UBND-NC ngày … của UBND tỉnh về việc báo cáo cải cách hành chính định kỳ,]",
  placeholderCanCuPlan: "[Nêu căn cứ ban hành kế hoạch, ví dụ: Căn cứ Kế hoạch số …/KH-UBND ngày … của UBND tỉnh về thực hiện cải cách hành chính năm …,]",
  /** The sentence pointing to the appendix, before the closing (seed 002: "(Có phụ lục thống kê số liệu … kèm theo)"). */
  appendixPointer: (label: string, agency: string) =>
    `(Có ${/\p{Ll}/u.test(label) ? label : label.toLocaleLowerCase("vi")} thống kê số liệu về kết quả thực hiện công tác cải cách hành chính tại ${agency} kèm theo)`,
  /** The points the seeds write inside a reform area (seeds 002, 003), offered in its placeholder. */
  /**
   * The sub-sections the seeds write inside a reform area (seed 002: thể chế a–c, TTHC a–đ, công vụ
   * a–c; seed 003: TTHC a–d, công vụ a–c), in the wording of both: a report offers each, optional.
   */
  subSections: {
    "the-che": ["Công tác xây dựng, thẩm định và ban hành văn bản quy phạm pháp luật", "Công tác kiểm tra, rà soát văn bản quy phạm pháp luật", "Công tác theo dõi thi hành pháp luật"],
    "thu-tuc-hanh-chinh": [
      "Kiểm soát việc ban hành thủ tục hành chính",
      "Công bố, công khai thủ tục hành chính",
      "Rà soát, đơn giản hóa thủ tục hành chính",
      "Tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức",
      "Kết quả thực hiện cơ chế một cửa, một cửa liên thông",
    ],
    "cong-vu": ["Vị trí việc làm và cơ cấu công chức, viên chức", "Quản lý, đánh giá cán bộ, công chức, viên chức", "Đào tạo, bồi dưỡng cán bộ, công chức, viên chức", "Kỷ luật, kỷ cương hành chính"],
  } as Partial<Record<string, readonly string[]>>,
  /** The letters of those sub-sections, as Vietnamese documents number them. */
  subSectionLabels: ["a)", "b)", "c)", "d)", "đ)", "e)", "g)", "h)"] as readonly string[],
  placeholderField: (name: string) => `[${name}]`,
  /** An empty value cell the agency reports (see src/core/placeholders.ts). */
  placeholderValue: "[…]",

  sections: {
    I: "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH",
    "I.1": "Về kế hoạch và tổ chức, chỉ đạo, điều hành cải cách hành chính",
    "I.2": "Về kiểm tra công tác cải cách hành chính",
    "I.3": "Về thông tin, tuyên truyền cải cách hành chính",
    II: "KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH",
    IIIQuarter: "KHÓ KHĂN, VƯỚNG MẮC",
    IIIReview: "ĐÁNH GIÁ CHUNG",
    "III.1": "Ưu điểm",
    "III.2": "Tồn tại, hạn chế, khó khăn, vướng mắc và nguyên nhân",
    IV: (next: string) => `PHƯƠNG HƯỚNG, NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH ${next.toUpperCase()}`,
    V: "KIẾN NGHỊ, ĐỀ XUẤT",
    planI: "MỤC TIÊU, YÊU CẦU",
    planII: "CÁC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH",
    planIII: "PHÂN CÔNG CỤ THỂ CÁC NHIỆM VỤ VÀ TRIỂN KHAI THỰC HIỆN",
    planIV: "TỔ CHỨC THỰC HIỆN",
  },

  /** Placeholders shown in empty sections; the `section` rule finds any left behind. */
  placeholders: {
    "I.1": "[Nêu việc ban hành kế hoạch CCHC, các văn bản chỉ đạo, điều hành và kết quả thực hiện kế hoạch trong kỳ.]",
    "I.2": "[Nêu kế hoạch kiểm tra, số cơ quan, đơn vị đã kiểm tra, các vấn đề phát hiện và kết quả xử lý.]",
    "I.3": "[Nêu các hình thức thông tin, tuyên truyền, tập huấn về CCHC đã thực hiện.]",
    area: (areaName: string) => `[Nêu kết quả thực hiện nhiệm vụ ${areaName.toLowerCase()} trong kỳ, kèm số liệu.]`,
    /** An area with sub-sections: written here as a whole, or in the sub-sections (the officer takes out what is not used). */
    areaWithParts: (areaName: string) =>
      `[Nêu kết quả thực hiện nhiệm vụ ${areaName.toLowerCase()} trong kỳ, kèm số liệu: viết chung tại đây, hoặc theo từng mục a), b)… dưới đây; phần không dùng thì bỏ đi.]`,
    part: (heading: string) => {
      const lower = `${heading.charAt(0).toLocaleLowerCase("vi")}${heading.slice(1)}`;
      return `[Nêu ${lower.startsWith("kết quả") ? "" : "kết quả "}${lower} trong kỳ, kèm số liệu.]`;
    },
    III: "[Nêu khó khăn, vướng mắc trong thực hiện công tác CCHC và nguyên nhân.]",
    "III.1": "[Nêu những kết quả nổi bật, ưu điểm trong kỳ.]",
    "III.2": "[Nêu tồn tại, hạn chế, khó khăn, vướng mắc và nguyên nhân.]",
    IV: "[Nêu các nhiệm vụ, giải pháp trọng tâm kỳ tới.]",
    V: "[Nêu kiến nghị, đề xuất với cấp trên (nếu có).]",
    planI: "[Nêu mục tiêu, yêu cầu của kế hoạch CCHC năm.]",
    planArea: (areaName: string) => `[Nêu các nhiệm vụ ${areaName.toLowerCase()} trong năm.]`,
    planIV: "[Nêu trách nhiệm tổ chức thực hiện, chế độ báo cáo và thời hạn gửi báo cáo.]",
  },
} as const;
