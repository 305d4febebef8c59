import { createContext, useContext } from "react";
import type { LocalUser } from "./user-store";

export interface Identity {
  /** Undefined until the person has given a name (the dialog is open meanwhile). */
  user: LocalUser | undefined;
  changeName(): void;
}

export const IdentityContext = createContext<Identity | null>(null);

export function useIdentity(): Identity {
  const identity = useContext(IdentityContext);
  if (!identity) throw new Error("useIdentity needs an <IdentityProvider>.");
  return identity;
}
