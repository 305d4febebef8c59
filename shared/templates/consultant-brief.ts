import type { RichTextNode } from "../export/rich-text";

const text = (value: string): RichTextNode => ({ type: "text", text: value });
const heading = (value: string): RichTextNode => ({
  type: "heading",
  attrs: { level: 3 },
  content: [text(value)],
});
const para = (value: string): RichTextNode => ({ type: "paragraph", content: [text(value)] });
const bullets = (items: string[]): RichTextNode => ({
  type: "bulletList",
  content: items.map((item) => ({ type: "listItem", content: [para(item)] })),
});

/**
 * The seed's "Template 3 Council Action Plans: Consultant Specification Template" (templates/source/):
 * the outline of a brief for commissioning a consultant to map the council's co-operative economy.
 */
export const consultantBriefOutline: RichTextNode = {
  type: "doc",
  content: [
    heading("Background"),
    para(
      "The council wants to grow its local co-operative economy. Before it sets goals it needs a clear picture of the size and shape of the co-operative sector within its boundaries, mapped so that it can be compared with the national co-operative economy.",
    ),
    heading("Purpose"),
    para(
      "To commission a mapping of the co-operative economy within the council's boundaries, as the evidence base for a Co-operative Development Action Plan with realistic goals and milestones.",
    ),
    heading("Scope"),
    para("The mapping covers the four measures of the Co-operatives UK methodology:"),
    bullets(["Number of co-operatives", "Turnover", "Employment", "Membership"]),
    para(
      "It follows the Co-operatives UK methodology for the Co-operative Economy report, so that local figures compare with the national benchmark, and shows sector concentration: the local mix of sectors against the national mix.",
    ),
    heading("Method"),
    para(
      "Desk research starting from the Co-operatives UK open data for the area, checked and extended through published accounts, the FCA Mutuals Public Register and Companies House, and interviews with local co-operatives and support bodies. Every figure is recorded with its year and source.",
    ),
    heading("Deliverables"),
    bullets([
      "A mapping report of the local co-operative economy",
      "A commentary comparing it with the national benchmark and identifying opportunities for growth",
      "The raw data, with source notes for every figure",
    ]),
    heading("Timetable"),
    para("Inception meeting: [date]. Draft report: [date]. Final report and presentation: [date]."),
    heading("Budget and procurement route"),
    para(
      "Maximum budget: £[amount] excluding VAT. Procurement route: [for example, a request for quotation to three suppliers].",
    ),
    heading("Evaluation criteria"),
    bullets([
      "Understanding of the brief and of the co-operative sector",
      "Method and quality of data",
      "Experience of similar mapping work",
      "Value for money",
    ]),
  ],
};
