import type { LinkRole, Role } from "../../shared/api/roles";

export const ROLE_LABEL: Record<Role, string> = {
  facilitator: "Facilitator",
  editor: "Can edit",
  viewer: "View only",
};

export const LINK_ROLE_DESCRIPTION: Record<LinkRole, string> = {
  editor: "For partners who build the plan with you: they change actions, notes and the matrix live.",
  viewer: "For members and the public: they follow the plan live but cannot change anything.",
};
