/** How the messages name rows, numbers and headings: shared by every strings file. */

/** A row named the way the messages name it: "Dòng 3.1.3 Tổng số TTHC đang có hiệu lực". */
export interface RowRef {
  code: string;
  label: string;
}
export const row = (r: RowRef) => `Dòng ${r.code} ${r.label}`;

/** A heading the document prints in capitals ("KIẾN NGHỊ, ĐỀ XUẤT"), as it reads inside a sentence ("Kiến nghị, đề xuất"). */
export const inSentence = (heading: string): string =>
  /\p{Ll}/u.test(heading)
    ? heading
    : // Quarters keep their Roman numerals: "quý II", "quý IV".
      (heading.charAt(0) + heading.slice(1).toLocaleLowerCase("vi")).replace(/(?<=quý )(i{1,3}|iv)\b/g, (n) => n.toUpperCase());

/** What to write in an empty row before signing, by the row's kind: "0" only where 0 is a count. */
export const FILL_HINT: Record<string, string> = {
  count: " (ghi 0 nếu không có)",
  money: " (ghi 0 nếu không có)",
  percent: " (tỷ lệ %, ví dụ 98,4)",
  fraction: " (số đã thực hiện/tổng số, ví dụ 02/02)",
  coded: " (chọn một trong các mức của dòng)",
};
/** How a number of this kind is written. */
export const NUMBER_EXAMPLE: Record<string, string> = {
  count: "Ghi một số, ví dụ 12 hoặc 1.050 (ghi 0 nếu không có)",
  money: "Ghi một số tiền, ví dụ 1.050 (ghi 0 nếu không có)",
  percent: "Ghi tỷ lệ từ 0 đến 100, ví dụ 98,4",
};
/** A number in a message, the Vietnamese way (30,5; 300.000). */
export const num = (x: number) => new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 1 }).format(x);
export const q = (s: string) => `"${s}"`;
/** Rows and their values: "1.1.1 = 50, 1.1.2 = 2". */
export const codeValues = (values: Record<string, string>) =>
  Object.entries(values)
    .map(([code, v]) => `${code} = ${v}`)
    .join(", ");
