import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import * as React from "react";
import { createRoot } from "react-dom/client";
import { builtInTemplates } from "../core/templates/registry";
import { officeHost } from "../document/word/word-host";
import { WordRequirementError } from "../document/word/word-document";
import { App, AppProps } from "./components/App";
import { detectHost } from "./host/detect-host";
import { WordSession } from "./session/word-session";
import { WorkbenchSession } from "./session/workbench-session";

async function start(): Promise<void> {
  const host = await detectHost();
  let session: AppProps["session"];
  if (host === "word") {
    try {
      session = new WordSession(officeHost());
    } catch (e) {
      if (!(e instanceof WordRequirementError)) throw e;
      session = { unsupported: e.set };
    }
  } else session = new WorkbenchSession();
  createRoot(document.getElementById("root") as HTMLElement).render(
    <FluentProvider theme={webLightTheme}>
      <App session={session} templates={builtInTemplates()} />
    </FluentProvider>,
  );
}

void start();
