/** The readable listing: issues grouped by area in report order, errors first within each area. */
import { AREAS } from "../core/model/vocabulary";
import type { Issue } from "../core/validation/types";
import { vi } from "../strings";
import { viCli } from "../strings/vi-cli";

const GROUP_ORDER: Issue["area"][] = ["header", "sections", ...AREAS, null];
const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

function groupTitle(area: Issue["area"]): string {
  if (area === "header") return vi.issueGroups.headerArea;
  if (area === "sections") return vi.issueGroups.sectionsArea;
  if (area === null) return vi.issueGroups.general;
  return vi.areaName(area);
}

export function renderIssues(issues: readonly Issue[]): string {
  if (issues.length === 0) return `${viCli.noIssues}\n`;
  const width = Math.max(...Object.values(vi.severity).map((s) => s.length));
  const lines: string[] = [];
  for (const area of GROUP_ORDER) {
    const group = issues.filter((i) => i.area === area).sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
    if (group.length === 0) continue;
    lines.push(`${groupTitle(area)} (${group.length})`);
    for (const i of group) lines.push(`  ${vi.severity[i.severity].padEnd(width)}  ${i.message}`);
    lines.push("");
  }
  return lines.join("\n");
}
