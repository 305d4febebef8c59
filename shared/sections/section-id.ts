/** Every section of a board document, in board order. A new section adds its id here and registers itself. */
export const SECTION_IDS = ["matrix", "succession", "economy", "brief"] as const;
export type SectionId = (typeof SECTION_IDS)[number];

/** "publication" hides what a section marks confidential (issue 6); "internal" shows everything. */
export const AUDIENCES = ["internal", "publication"] as const;
export type Audience = (typeof AUDIENCES)[number];
