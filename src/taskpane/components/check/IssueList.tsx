import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Link, makeStyles, Text, tokens } from "@fluentui/react-components";
import * as React from "react";
import { AREAS } from "../../../core/model/vocabulary";
import type { Issue, Severity } from "../../../core/validation/types";
import { vi } from "../../../strings";
import { viPane } from "../../../strings/vi-pane";
import type { FieldTarget } from "../../navigation/navigation";

const useStyles = makeStyles({
  area: { marginTop: tokens.spacingVerticalS },
  list: { margin: 0, padding: 0, listStyleType: "none", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  item: { borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`, paddingLeft: tokens.spacingHorizontalS },
  link: { display: "block", textAlign: "left" },
});

const SEVERITIES: Severity[] = ["error", "warning", "info"];
const AREA_ORDER: Issue["area"][] = ["header", "sections", ...AREAS, null];

function areaTitle(area: Issue["area"]): string {
  if (area === "header") return vi.issueGroups.headerArea;
  if (area === "sections") return vi.issueGroups.sectionsArea;
  if (area === null) return vi.issueGroups.general;
  return vi.areaName(area);
}

/** Issues grouped by severity, then by area; each one opens the field that fixes it (and selects its control in the document). */
export function IssueList({ issues, onFix }: { issues: readonly Issue[]; onFix: (target: FieldTarget) => void }): React.JSX.Element {
  const styles = useStyles();
  const present = SEVERITIES.filter((s) => issues.some((i) => i.severity === s));
  return (
    <Accordion multiple collapsible defaultOpenItems={present.slice(0, 1)}>
      {present.map((severity) => {
        const group = issues.filter((i) => i.severity === severity);
        return (
          <AccordionItem key={severity} value={severity}>
            <AccordionHeader as="h3">{viPane.check.group(vi.severity[severity], group.length)}</AccordionHeader>
            <AccordionPanel>
              {AREA_ORDER.filter((a) => group.some((i) => i.area === a)).map((area) => (
                <div key={String(area)} className={styles.area}>
                  <Text as="h4" weight="semibold" size={300}>
                    {areaTitle(area)}
                  </Text>
                  <ul className={styles.list}>
                    {group
                      .filter((i) => i.area === area)
                      .map((issue, n) => (
                        <li key={`${issue.rule}-${issue.target}-${n}`} className={styles.item}>
                          {issue.target && issue.targetKind ? (
                            <Link as="button" className={styles.link} onClick={() => onFix({ kind: issue.targetKind!, key: issue.target!, find: issue.find })}>
                              {issue.message}
                            </Link>
                          ) : (
                            <Text>{issue.message}</Text>
                          )}
                        </li>
                      ))}
                  </ul>
                </div>
              ))}
            </AccordionPanel>
          </AccordionItem>
        );
      })}
    </Accordion>
  );
}
