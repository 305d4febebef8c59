import type { BoardTemplate } from "./template";
import { SUCCESSION_OUTLINE } from "./succession-outline";

/**
 * The seed's "Template: Action Plan", in order: each theme has one action per column
 * (Finance, Support, Inform). Wording follows the source text (templates/source/).
 */
export const councilActionPlan: BoardTemplate = {
  id: "council-action-plan",
  name: "Council action plan",
  description:
    "The council toolkit's Action Plan: Finance, Support and Inform columns across four themes, with the twelve suggested actions.",
  successionOutline: SUCCESSION_OUTLINE,
  columns: ["Finance", "Support", "Inform"],
  themes: [
    {
      title: "Create the right conditions for co-operative formation",
      actions: [
        "Find the right type of finance for new start co-operatives",
        "Get Councils and Co-operatives working together to deliver the Action Plan",
        "Promote the ‘Co-operative Option’ through an awareness programme",
      ],
    },
    {
      title: "Promote and support pathways into co-operation for local business organisations",
      actions: [
        "Support those involved in potential buyout opportunities to identify their finance options",
        "Develop a local ‘business succession strategy’ to include co-op transition and identifying specialist support and advice",
        "Work with key partners and networks to help model future business succession opportunities",
      ],
    },
    {
      title: "Scope and apply national co-operative strategies into a local context to support workers",
      actions: [
        "Consider a local ‘seed fund’ for tech start-ups that wish to structure as a co-op",
        "Test co-organising models with the creative and digital sector to develop a ‘virtual incubator’ for freelancers",
        "Showcase organisations employing co-operative models and facilitate replication in the local economy",
      ],
    },
    {
      title: "Encourage and support co-operative approaches into the local wellbeing economy",
      actions: [
        "Explore how local co-operatives can participate in local supply chains",
        "Capacity build frontline practitioners, users, families and communities to increase their input to and ownership of, wellbeing and care services",
        "Showcase activities that can improve livelihoods, wellbeing, community and ecology as an active ‘Community Economic Development’ programme",
      ],
    },
  ],
};
