import { useState } from "react";
import { Button } from "react-aria-components";
import { readFacilitatorLink } from "../access/facilitator-links";
import { CopyField } from "../ui/CopyField";
import { KeyIcon } from "../ui/icons";

export const FACILITATOR_LINK_WARNING =
  "Keep it safe: it lets anyone manage this plan, including who can open it. It is saved on this device only.";

/** In the Share dialog, on the device that created the plan: the facilitator link, hidden until asked for. */
export function FacilitatorLinkReveal({ boardId }: { boardId: string }) {
  const [shown, setShown] = useState(false);
  const saved = readFacilitatorLink(localStorage, boardId);
  if (!saved) return null;
  return (
    <section className="share-section facilitator-reveal" aria-labelledby="facilitator-reveal-heading">
      <h3 id="facilitator-reveal-heading" className="share-section__title">
        <KeyIcon />
        Your facilitator link
      </h3>
      {shown ? (
        <CopyField
          label="Facilitator link"
          value={new URL(saved.url, location.origin).href}
          description={FACILITATOR_LINK_WARNING}
          autoFocus
        />
      ) : (
        <div className="facilitator-reveal__hidden">
          <p className="muted">Hidden in case your screen is shared. {FACILITATOR_LINK_WARNING}</p>
          <Button className="button button--small" onPress={() => setShown(true)}>
            Show facilitator link
          </Button>
        </div>
      )}
    </section>
  );
}
