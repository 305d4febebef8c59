/** A heading of the strategy narrative and the prompt under it, which the team writes over. */
export interface NarrativeSection {
  heading: string;
  prompt: string;
}

/**
 * The narrative outline the council template starts with, drawn from the toolkit's second theme
 * ("Promote and support pathways into co-operation for local business organisations").
 */
export const SUCCESSION_OUTLINE: readonly NarrativeSection[] = [
  {
    heading: "Aims",
    prompt:
      "Why a local business succession strategy: which owners plan to retire or sell in the next ten years, the jobs at stake, and what co-operative transition could keep in the area.",
  },
  {
    heading: "Local approach",
    prompt:
      "How partners find and approach businesses (accountants, solicitors, business networks, the council's own contacts) and how owners are introduced to the co-operative option.",
  },
  {
    heading: "Specialist support and advice",
    prompt:
      "Who advises on feasibility, valuation, structure and governance, and how a business reaches them.",
  },
  {
    heading: "Finance for buyouts",
    prompt:
      "The finance options for buyouts: Employee Ownership Trust sales, co-operative loan funds, community share offers, a council fund and bank lending.",
  },
  {
    heading: "Modelling future succession opportunities",
    prompt:
      "With key partners and networks: which sectors and places to focus on next, and how progress is measured.",
  },
];
