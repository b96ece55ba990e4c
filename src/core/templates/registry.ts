/**
 * The built-in templates. Each JSON file in ./data is validated by the template
 * schema the first time it is asked for; a broken file fails loudly, never silently.
 */
import { parseJsonText } from "../json-text";
import { loadTemplate } from "../model/load-template";
import { Template, TemplateError } from "../model/template";
import bangHoSoTthc from "./data/bang-ho-so-tthc.json";
import khPhanCong2021 from "./data/kh-phan-cong-2021.json";
import tk2Cap2025 from "./data/tk-2-cap-2025.json";
import tk7LinhVuc2021 from "./data/tk-7-linh-vuc-2021.json";
import tkKhanhHoa2021 from "./data/tk-khanh-hoa-2021.json";

const SOURCES: Record<string, unknown> = {
  "tk-khanh-hoa-2021": tkKhanhHoa2021,
  "tk-7-linh-vuc-2021": tk7LinhVuc2021,
  "tk-2-cap-2025": tk2Cap2025,
  "kh-phan-cong-2021": khPhanCong2021,
  "bang-ho-so-tthc": bangHoSoTthc,
};

const cache = new Map<string, Template>();

export const BUILT_IN_TEMPLATE_IDS: readonly string[] = Object.keys(SOURCES);

/** A built-in template by id, or undefined when there is none. */
export function builtInTemplate(id: string): Template | undefined {
  const cached = cache.get(id);
  if (cached) return cached;
  const source = SOURCES[id];
  if (source === undefined) return undefined;
  const template = loadTemplate(source);
  if (template.id !== id) throw new TemplateError(id, [`file declares id ${template.id}`]);
  cache.set(id, template);
  return template;
}

export function builtInTemplates(): Template[] {
  return BUILT_IN_TEMPLATE_IDS.map((id) => builtInTemplate(id) as Template);
}

/** Reads a user's template file (JSON text of the same shape as the built-in ones). */
export function templateFromJsonText(text: string): Template {
  let json: unknown;
  try {
    json = parseJsonText(text);
  } catch (e) {
    throw new TemplateError("(file)", [(e as Error).message]);
  }
  return loadTemplate(json);
}

/** Looks a template up among the built-in ones and any the user loaded. */
export class TemplateCatalog {
  private readonly extra = new Map<string, Template>();

  add(template: Template): void {
    this.extra.set(template.id, template);
  }

  get(id: string): Template | undefined {
    return this.extra.get(id) ?? builtInTemplate(id);
  }

  all(): Template[] {
    const ids = new Set([...BUILT_IN_TEMPLATE_IDS, ...this.extra.keys()]);
    return [...ids].map((id) => this.get(id) as Template);
  }
}
