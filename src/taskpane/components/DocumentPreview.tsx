import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Caption1, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import * as React from "react";
import type { PreviewParagraph } from "../../document/docx/preview";
import { viPane } from "../../strings/vi-pane";
import type { WorkbenchSession } from "../session/workbench-session";

const useStyles = makeStyles({
  page: {
    fontFamily: '"Times New Roman", "Liberation Serif", serif',
    fontSize: "13px",
    lineHeight: 1.4,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: tokens.spacingHorizontalM,
    maxHeight: "60vh",
    overflowY: "auto",
    // Beside the pane on a desktop screen: as tall as the window allows (App's DESK_MIN_WIDTH).
    "@media (min-width: 1100px)": { maxHeight: "calc(100vh - 120px)" },
  },
  p: { margin: `0 0 ${tokens.spacingVerticalXS} 0`, whiteSpace: "pre-wrap" },
  center: { textAlign: "center" },
  bold: { fontWeight: tokens.fontWeightBold },
  table: { borderCollapse: "collapse", width: "100%", fontSize: "11px", marginBottom: tokens.spacingVerticalS },
  cell: { border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`, padding: "2px 4px", verticalAlign: "top" },
  control: { backgroundColor: tokens.colorNeutralBackground3, borderRadius: tokens.borderRadiusSmall },
  found: { backgroundColor: tokens.colorPaletteRedBackground2, outline: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteRedBorder2}` },
  selected: { outline: `${tokens.strokeWidthThick} solid ${tokens.colorPaletteRedBorder2}`, backgroundColor: tokens.colorPaletteYellowBackground2 },
});

const CENTERED = /QuocHieu|TieuNgu|TenLoai|TrichYeu|CoQuan|SoKyHieu|DiaDanh|KinhGui|Signer|Appendix|TableHead/;
const BOLD = /QuocHieu|TieuNgu|TenLoai|TrichYeu|CoQuanBanHanh|Heading|Signer|AppendixLabel|AppendixTitle|TableHead|TableGroup/;

/** The workbench's read-only view of the .docx; it scrolls to the control the officer was taken to. */
export function DocumentPreview({ session }: { session: WorkbenchSession }): React.JSX.Element | null {
  const styles = useStyles();
  const [, refresh] = React.useReducer((n: number) => n + 1, 0);
  const box = React.useRef<HTMLDivElement>(null);
  React.useEffect(() => session.subscribe(refresh), [session]);
  // Each new selection brings its control to the middle of the preview, scrolling the preview alone:
  // the pane beside it (the field the officer was taken to) stays where it is.
  const shown = React.useRef(0);
  React.useEffect(() => {
    const view = box.current;
    if (!session.selected || !view || shown.current === session.selections) return;
    shown.current = session.selections;
    const target = view.querySelector<HTMLElement>(`[data-tag="${session.selected.replace(/["\\]/g, "\\$&")}"]`);
    if (!target) return;
    const offset = target.getBoundingClientRect().top - view.getBoundingClientRect().top;
    view.scrollTop += offset - (view.clientHeight - target.offsetHeight) / 2;
  });
  const doc = session.document();
  if (!doc) return null;
  const blocks = doc.preview();
  // The words a narrative issue quotes, marked once inside the selected block.
  let toMark = session.found;
  const marked = (p: PreviewParagraph): React.ReactNode | null => {
    if (!toMark || !p.blockTag || p.blockTag !== session.selected) return null;
    const text = p.runs.map((r) => r.text).join("");
    const at = text.indexOf(toMark);
    if (at < 0) return null;
    const words = toMark;
    toMark = null;
    return (
      <>
        {text.slice(0, at)}
        <mark className={styles.found}>{words}</mark>
        {text.slice(at + words.length)}
      </>
    );
  };
  const para = (p: PreviewParagraph, key: string) => (
    <p
      key={key}
      className={mergeClasses(styles.p, CENTERED.test(p.style) && styles.center, BOLD.test(p.style) && styles.bold, p.blockTag && p.blockTag === session.selected && styles.selected)}
      data-tag={p.blockTag || undefined}
    >
      {marked(p) ??
        p.runs.map((r, i) =>
          r.tag ? (
            <span key={i} data-tag={r.tag} className={mergeClasses(styles.control, r.tag === session.selected && styles.selected)}>
              {r.text}
            </span>
          ) : (
            <React.Fragment key={i}>{r.text}</React.Fragment>
          ),
        )}
    </p>
  );
  return (
    <Accordion collapsible defaultOpenItems={["preview"]}>
      <AccordionItem value="preview">
        <AccordionHeader as="h2">{viPane.workbench.previewTitle}</AccordionHeader>
        <AccordionPanel>
          <Caption1>{viPane.workbench.previewHint}</Caption1>
          {/* A scrollable region is reached by keyboard too (axe: scrollable-region-focusable). */}
          {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- see above */}
          <div ref={box} className={styles.page} role="document" aria-label={viPane.workbench.previewTitle} tabIndex={0}>
            {blocks.map((b, i) =>
              b.type === "p" ? (
                para(b, String(i))
              ) : (
                <table key={i} className={styles.table}>
                  <tbody>
                    {b.rows.map((row, r) => (
                      <tr key={r}>
                        {row.map((cell, c) => (
                          <td key={c} className={styles.cell}>
                            {cell.map((p, k) => para(p, `${r}-${c}-${k}`))}
                          </td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              ),
            )}
          </div>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
