import { useMemo, useState, type ReactNode } from "react";
import { IdentityContext } from "./identity-context";
import { NameDialog } from "./NameDialog";
import { loadUser, saveUser, type LocalUser } from "./user-store";

export function IdentityProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<LocalUser | undefined>(() => loadUser(localStorage));
  const [isChanging, setChanging] = useState(false);
  const identity = useMemo(() => ({ user, changeName: () => setChanging(true) }), [user]);
  const save = (next: LocalUser) => {
    setUser(saveUser(localStorage, next));
    setChanging(false);
  };
  return (
    <IdentityContext.Provider value={identity}>
      {children}
      {(!user || isChanging) && (
        <NameDialog initial={user} onSave={save} onCancel={user ? () => setChanging(false) : undefined} />
      )}
    </IdentityContext.Provider>
  );
}
