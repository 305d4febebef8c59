import { Hono } from "hono";
import { TEMPLATES } from "../../shared/templates";
import type { TemplateSummary } from "../../shared/api/schemas";

const summaries: TemplateSummary[] = TEMPLATES.map((template) => ({
  id: template.id,
  name: template.name,
  description: template.description,
  columns: [...template.columns],
  themes: template.themes.map((theme) => theme.title),
}));

export function templateRoutes(): Hono {
  return new Hono().get("/", (c) => c.json({ templates: summaries }));
}
