/**
 * The templates the pane knows: the built-in ones and any the officer loaded from a file.
 * The registry carries the templates' JSON and the schema that checks them (zod), so it is
 * a chunk of its own, fetched once, after the pane's first render.
 */
import type { Template } from "../../core/model/template";
import type { TemplateCatalog } from "../../core/templates/registry";

const registry = () => import(/* webpackChunkName: "templates" */ "../../core/templates/registry");

let catalog: Promise<TemplateCatalog> | undefined;

/** The pane's catalog; the first call starts loading it. */
export function paneCatalog(): Promise<TemplateCatalog> {
  if (!catalog) {
    catalog = registry().then((m) => new m.TemplateCatalog());
    // A failed fetch (the pane lost its server) is tried again next time, not remembered.
    catalog.catch(() => (catalog = undefined));
  }
  return catalog;
}

/** Every template the pane knows now. */
export async function paneTemplates(): Promise<readonly Template[]> {
  return (await paneCatalog()).all();
}

/** A template by id (the id a document's data part names). */
export async function findPaneTemplate(id: string): Promise<Template | undefined> {
  return (await paneCatalog()).get(id);
}

/** Reads an officer's template file with the loader of the built-in ones (every problem said) and keeps it for this pane. */
export async function addTemplateFile(text: string): Promise<Template> {
  const [{ templateFromJsonText }, known] = await Promise.all([registry(), paneCatalog()]);
  const template = templateFromJsonText(text);
  known.add(template);
  return template;
}
