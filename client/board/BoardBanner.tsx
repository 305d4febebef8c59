import { Button } from "react-aria-components";
import { SiteHeader } from "../ui/SiteHeader";
import { useIdentity } from "../identity/identity-context";
import { ConnectionStatus } from "./ConnectionStatus";
import { PresenceList } from "./PresenceList";

export function BoardBanner() {
  const { changeName } = useIdentity();
  return (
    <SiteHeader>
      <ConnectionStatus />
      <PresenceList />
      <Button className="button button--small" onPress={changeName}>
        Change name
      </Button>
    </SiteHeader>
  );
}
