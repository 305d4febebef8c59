import type { BoardTemplate } from "./template";

export const blank: BoardTemplate = {
  id: "blank",
  name: "Blank plan",
  description: "The Finance, Support and Inform columns with no themes yet: build the plan from scratch.",
  columns: ["Finance", "Support", "Inform"],
  themes: [],
};
