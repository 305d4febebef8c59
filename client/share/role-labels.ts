import type { LinkRole, Role } from "../../shared/api/roles";

export const ROLE_LABEL: Record<Role, string> = {
  facilitator: "Facilitator",
  editor: "Can edit",
  viewer: "View only",
};

/** "a view-only link": how a link of each role is named in sentences. */
export const LINK_NOUN: Record<Role, string> = {
  facilitator: "facilitator link",
  editor: "editing link",
  viewer: "view-only link",
};

export const LINK_ROLE_DESCRIPTION: Record<LinkRole, string> = {
  editor: "For partners who build the plan with you: they change actions, notes and the matrix live.",
  viewer: "For members and the public: they follow the plan live but cannot change anything.",
};
