/** The workbench's file: open a .docx (its size checked before it is read), save it under a meaningful name, say when. */
import * as React from "react";
import { INPUT_LIMITS, megabytes } from "../../../core/input-limits";
import type { ReportData } from "../../../core/model/report-data";
import { vi } from "../../../strings";
import { viPane } from "../../../strings/vi-pane";
import { describeFailure } from "../describe-failure";
import type { WorkbenchSession } from "../../session/workbench-session";
import { reportFileName } from "./file-name";

const t = viPane.workbench;
export const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export interface WorkbenchFile {
  /** The file's name: as opened, or as last saved. */
  readonly name: string | null;
  /** When it was last saved in this page ("14:05"), or null. */
  readonly savedAt: string | null;
  readonly error: string | null;
  open(file: File): Promise<boolean>;
  /** Saves (downloads) the document; `data` gives a new report its name. Returns the name used. */
  save(data: Pick<ReportData, "agency" | "header" | "period"> | null): Promise<string | null>;
}

/** `session`: the workbench's, or null in Word (where Word itself opens and saves). */
export function useWorkbenchFile(session: WorkbenchSession | null, onOpened: () => void): WorkbenchFile {
  const [name, setName] = React.useState<string | null>(null);
  const [savedAt, setSavedAt] = React.useState<string | null>(null);
  const [error, setError] = React.useState<string | null>(null);

  const open = async (file: File) => {
    // The size is checked before the file is read (src/core/input-limits.ts).
    if (!session) return false;
    if (file.size > INPUT_LIMITS.docx) {
      setError(t.openFailed(vi.docx.tooBig(megabytes(file.size), megabytes(INPUT_LIMITS.docx))));
      return false;
    }
    try {
      await session.open(new Uint8Array(await file.arrayBuffer()));
      setName(file.name);
      setSavedAt(null);
      setError(null);
      onOpened();
      return true;
    } catch (e) {
      setError(t.openFailed(describeFailure(e, "workbench")));
      return false;
    }
  };

  const save = async (data: Pick<ReportData, "agency" | "header" | "period"> | null) => {
    if (!session) return null;
    try {
      const bytes = await session.save();
      const fileName = name ?? (data ? reportFileName(data) : t.defaultName);
      const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: DOCX_TYPE }));
      const a = document.createElement("a");
      a.href = url;
      a.download = fileName;
      a.click();
      URL.revokeObjectURL(url);
      setName(fileName);
      setSavedAt(new Date().toLocaleTimeString("vi-VN", { hour: "2-digit", minute: "2-digit" }));
      setError(null);
      return fileName;
    } catch (e) {
      setError(t.saveFailed(describeFailure(e, "workbench")));
      return null;
    }
  };

  return { name, savedAt, error, open, save };
}
