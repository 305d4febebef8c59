import { usePresence } from "../sync/session-context";
import { Avatar } from "../ui/Avatar";

export function PresenceList() {
  const people = usePresence();
  return (
    <div className="presence">
      <span className="presence__count">
        {people.length === 1 ? "1 person here" : `${people.length} people here`}
      </span>
      <ul className="presence__list" data-testid="presence.list" aria-label="People on this plan now">
        {people.map((person) => (
          <li key={person.clientId} className="presence__user" data-testid="presence.user">
            <Avatar name={person.name} color={person.color} />
            <span className="presence__name">{person.name}</span>
            {person.isSelf && <span className="presence__self">(you)</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
