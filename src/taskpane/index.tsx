import { FluentProvider, Spinner, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import * as React from "react";
import { createRoot } from "react-dom/client";
import { App, AppProps } from "./components/App";
import { detectHost } from "./host/detect-host";
import { hostTheme } from "./host/theme";

/** Each host loads only its own code: Office.js rendering in Word, the .docx layer in the workbench. */
async function sessionFor(host: "word" | "workbench"): Promise<AppProps["session"]> {
  if (host === "workbench") {
    const { WorkbenchSession } = await import(/* webpackChunkName: "workbench" */ "./session/workbench-session");
    return new WorkbenchSession();
  }
  const [{ WordSession }, { officeHost }, { WordRequirementError }] = await Promise.all([
    import(/* webpackChunkName: "word" */ "./session/word-session"),
    import(/* webpackChunkName: "word" */ "../document/word/word-host"),
    import(/* webpackChunkName: "word" */ "../document/word/word-document"),
  ]);
  try {
    return new WordSession(officeHost());
  } catch (e) {
    if (e instanceof WordRequirementError) return { unsupported: e.set };
    throw e;
  }
}

// taskpane.html?selftest runs the self-test instead of the pane (loaded only then).
const SelfTestScreen = React.lazy(() => import(/* webpackChunkName: "selftest" */ "./selftest/SelfTestScreen").then((m) => ({ default: m.SelfTestScreen })));

async function start(): Promise<void> {
  const session = await sessionFor(await detectHost());
  const view =
    "unsupported" in session || !new URLSearchParams(window.location.search).has("selftest") ? (
      <App session={session} />
    ) : (
      <React.Suspense fallback={<Spinner size="tiny" />}>
        <SelfTestScreen session={session} />
      </React.Suspense>
    );
  // The host's theme: Word's Office theme, or the system's in the workbench (./host/theme.ts).
  const theme = hostTheme() === "dark" ? webDarkTheme : webLightTheme;
  createRoot(document.getElementById("root") as HTMLElement).render(<FluentProvider theme={theme}>{view}</FluentProvider>);
}

// The guard in taskpane.html found an engine too old for the pane: its message stays on screen.
if (!(window as { __cchcUnsupported?: string[] }).__cchcUnsupported) void start();
