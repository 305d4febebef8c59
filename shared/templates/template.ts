export interface TemplateTheme {
  title: string;
  /** One entry per column, in column order; empty string for an empty cell. */
  actions: string[];
}

export interface BoardTemplate {
  id: string;
  name: string;
  description: string;
  columns: string[];
  themes: TemplateTheme[];
  /** The succession strategy's opening narrative: headings with prompts (every board gets the stages). */
  successionOutline?: readonly { heading: string; prompt: string }[];
}
