import { Button } from "react-aria-components";
import { useIdentity } from "./identity-context";
import { Avatar } from "../ui/Avatar";

/** "You: <name>" with your colour, and the control to change your name. */
export function YouBadge() {
  const { user, changeName } = useIdentity();
  if (!user) return null;
  return (
    <div className="you-badge">
      <Avatar name={user.name} color={user.color} />
      <span className="you-badge__name">
        <span className="visually-hidden">You are </span>
        {user.name}
      </span>
      <Button className="button button--small button--quiet" onPress={changeName}>
        Change name
      </Button>
    </div>
  );
}
