import { Button } from "react-aria-components";
import { SiteHeader } from "../ui/SiteHeader";
import { useIdentity } from "../identity/identity-context";
import { ConnectionStatus } from "./ConnectionStatus";
import { PresenceList } from "./PresenceList";
import { PresentationToggle } from "./PresentationToggle";
import { RoleBadge } from "../share/RoleBadge";
import "./banner.css";

interface BoardBannerProps {
  presenting: boolean;
  onPresentingChange(on: boolean): void;
}

export function BoardBanner({ presenting, onPresentingChange }: BoardBannerProps) {
  const { changeName } = useIdentity();
  return (
    <SiteHeader>
      <RoleBadge />
      <ConnectionStatus />
      <PresenceList />
      <PresentationToggle presenting={presenting} onChange={onPresentingChange} />
      <Button className="button button--small" onPress={changeName}>
        Change name
      </Button>
    </SiteHeader>
  );
}
