/** What taking a report typed by hand over did: what was wrapped, what was left for the officer to fix, or why it could not. */
import { Body1, MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import * as React from "react";
import { vi } from "../../strings";
import { viPane } from "../../strings/vi-pane";
import { identityText, TakeOver } from "../session/session";

const t = viPane.start;

export function TakeOverNotice({ result }: { result: TakeOver }): React.JSX.Element {
  if (result.status === "refused") {
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>{result.message}</MessageBarBody>
      </MessageBar>
    );
  }
  if (result.status === "not-recognised") {
    const parts = vi.handmade.parts(result.missing);
    return (
      <MessageBar intent="error">
        <MessageBarBody>{result.noAppendix ? t.takeOverNoAppendix : t.takeOverNotRecognised(parts)}</MessageBarBody>
      </MessageBar>
    );
  }
  const { data, made, left, read } = result.adopted;
  const count = (kind: string) => made.filter((tag) => tag.startsWith(`cchc:${kind}:`)).length;
  return (
    <MessageBar intent={left.length > 0 || read.unmatched.length > 0 ? "warning" : "success"} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t.takenOver(data.template, identityText(data), count("value"), Object.keys(data.notes ?? {}).length, count("section"))}</MessageBarTitle>
        {left.length > 0 && (
          <>
            <Body1 block>{t.takeOverLeft(left.length)}</Body1>
            <ul>
              {left.map((l) => (
                <li key={`${l.target}-${l.reason}`}>{vi.adopt.leftLine(l.target, vi.adopt.reason[l.reason]).trim()}</li>
              ))}
            </ul>
          </>
        )}
        {read.unmatched.length > 0 && (
          <>
            <Body1 block>{t.takeOverUnmatched(read.unmatched.length)}</Body1>
            <ul>
              {read.unmatched.map((p) => (
                <li key={`${p.table}-${p.row}`}>{vi.handmade.unmatchedLine(p.label, p.value).trim()}</li>
              ))}
            </ul>
          </>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
