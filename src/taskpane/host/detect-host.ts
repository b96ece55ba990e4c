/**
 * Which host the pane runs in. Outside Office, Office.onReady reports no host
 * and `Word` is undefined: the pane then works as the standalone workbench.
 */
export type HostKind = "word" | "workbench";

export async function detectHost(): Promise<HostKind> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") return "workbench";
  const info = await Office.onReady();
  return info.host === Office.HostType.Word && typeof Word !== "undefined" ? "word" : "workbench";
}
