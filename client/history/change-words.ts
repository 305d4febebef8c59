import type { SectionId } from "../../shared/sections/section-id";

/** Section headings in the list of changes (the registry's titles, without loading every section's code). */
export const SECTION_TITLES: Record<SectionId, string> = {
  matrix: "Action plan",
  succession: "Succession strategy",
  economy: "Economy",
  brief: "Consultant brief",
};

const RECORD_NOUNS: Record<string, string> = {
  board: "Plan details",
  action: "Action",
  theme: "Theme",
  column: "Column",
  stage: "Stage",
  business: "Business",
  narrative: "Text",
  area: "Details",
  coop: "Co-operative",
  goal: "Goal",
  brief: "Text",
};

/** "Action", "Theme", …; a section's own record types read as their name, capitalised. */
export function recordNoun(type: string): string {
  return RECORD_NOUNS[type] ?? type.charAt(0).toUpperCase() + type.slice(1).replace(/[-_]/g, " ");
}

/** A field's value as one line of text; "(empty)" for nothing. */
export function valueText(value: string | string[] | null): string {
  const text = Array.isArray(value) ? value.join(", ") : (value ?? "");
  return text.trim() ? text : "(empty)";
}
