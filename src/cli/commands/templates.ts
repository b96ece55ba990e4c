/** `cchc templates [--json]` — the built-in templates. */
import { builtInTemplates } from "../../core/templates/registry";
import { vi } from "../../strings";
import { viCli } from "../../strings/vi-cli";
import { EXIT } from "../failure";

export async function runTemplates(args: { json: boolean }, out: (s: string) => void): Promise<number> {
  const list = builtInTemplates().map((t) => ({ id: t.id, version: t.version, title: t.data.title, kinds: t.data.kinds, levels: t.data.levels }));
  if (args.json) out(JSON.stringify(list));
  else {
    out(viCli.templatesHeading);
    for (const t of list) out(viCli.templateLine(t.id, t.version, t.title, t.kinds.map(vi.kindName).join(", "), t.levels.map(vi.levelName).join(", ")));
  }
  return EXIT.ok;
}
