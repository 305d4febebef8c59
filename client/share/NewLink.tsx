import type { CreatedLink } from "../../shared/api/roles";
import { CopyField } from "../ui/CopyField";
import { LINK_NOUN } from "./role-labels";

/** The link just created: its secret is shown this once, so say so. */
export function NewLink({ link }: { link: CreatedLink }) {
  const who = link.label ? ` for “${link.label}”` : "";
  return (
    <div className="new-link" role="group" aria-label="New link">
      <CopyField
        label={`New ${LINK_NOUN[link.role]}${who}`}
        value={new URL(link.url, location.origin).href}
        inputTestId="share.new-link"
        copyTestId="share.copy"
        description="Copy it now and send it to the people it is for: for safety Coplan shows each link only once."
        autoFocus
      />
    </div>
  );
}
