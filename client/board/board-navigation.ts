import { createContext, useContext } from "react";

/** Jumps between sections: a business card opens a matrix action, an action panel opens a business. */
export interface BoardNavigation {
  openAction(actionId: string): void;
  openBusiness(businessId: string): void;
}

export const BoardNavigationContext = createContext<BoardNavigation | null>(null);

export function useBoardNavigation(): BoardNavigation | null {
  return useContext(BoardNavigationContext);
}
