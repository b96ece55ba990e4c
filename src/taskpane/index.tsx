import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import * as React from "react";
import { createRoot } from "react-dom/client";
import { builtInTemplates } from "../core/templates/registry";
import { App } from "./components/App";
import { detectHost } from "./host/detect-host";

async function start(): Promise<void> {
  const host = await detectHost();
  const root = createRoot(document.getElementById("root") as HTMLElement);
  root.render(
    <FluentProvider theme={webLightTheme}>
      <App host={host} templates={builtInTemplates()} />
    </FluentProvider>,
  );
}

void start();
