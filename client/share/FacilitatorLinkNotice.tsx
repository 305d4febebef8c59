import { useState } from "react";
import { Button } from "react-aria-components";
import { acknowledgeFacilitatorLink, readFacilitatorLink } from "../access/facilitator-links";
import { CopyField } from "../ui/CopyField";
import { KeyIcon } from "../ui/icons";
import "./board-notices.css";

/** Right after creating a plan: the facilitator link, once, until the person says they have kept it. */
export function FacilitatorLinkNotice({ boardId }: { boardId: string }) {
  const [saved, setSaved] = useState(() => readFacilitatorLink(localStorage, boardId));
  if (!saved || saved.acknowledged) return null;
  const dismiss = () => {
    acknowledgeFacilitatorLink(localStorage, boardId);
    setSaved(undefined);
  };
  return (
    <section
      className="facilitator-notice"
      aria-labelledby="facilitator-notice-heading"
      data-testid="facilitator-link.notice"
    >
      <h2 id="facilitator-notice-heading" className="facilitator-notice__title">
        <KeyIcon />
        Your facilitator link — keep it safe, it lets anyone manage this plan
      </h2>
      <p className="facilitator-notice__body">
        With it you can share the plan, withdraw links and manage the plan from any device. This browser
        remembers it; save a copy somewhere safe, such as a password manager, in case you use another device.
        You can find it again under <strong>Share</strong> on this device.
      </p>
      <CopyField
        label="Facilitator link"
        value={new URL(saved.url, location.origin).href}
        inputTestId="facilitator-link.url"
        copyTestId="facilitator-link.copy"
      />
      <div className="facilitator-notice__actions">
        <Button className="button button--small" data-testid="facilitator-link.dismiss" onPress={dismiss}>
          I have kept it safe — hide this
        </Button>
      </div>
    </section>
  );
}
