/** Vietnamese the self-test page (taskpane.html?selftest) shows. */

/** The self-test (taskpane.html?selftest): the pane proves itself in whatever host it runs in. */
export const viSelftest = {
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
} as const;
