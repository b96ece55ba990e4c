/** The hidden file input behind "Lấy từ kế hoạch" and "Mở báo cáo kỳ trước": a report as .docx or .json, one at a time. */
import * as React from "react";

export const ReportFileInput = React.forwardRef<HTMLInputElement, { label: string; onFile: (file: File) => void }>(function ReportFileInput({ label, onFile }, ref) {
  return (
    <input
      ref={ref}
      type="file"
      accept=".docx,.json"
      hidden
      aria-label={label}
      onChange={(e) => {
        const f = e.target.files?.[0];
        // Cleared at once: picking the same file again is a new pick.
        e.target.value = "";
        if (f) onFile(f);
      }}
    />
  );
});
