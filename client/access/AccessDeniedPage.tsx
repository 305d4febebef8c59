import { useEffect } from "react";
import { Button, Link } from "react-aria-components";
import { SiteHeader } from "../ui/SiteHeader";

export type DeniedReason = "no-link" | "link-refused" | "access-ended" | "withdrawn";

const TEXT: Record<DeniedReason, { heading: string; body: string }> = {
  "no-link": {
    heading: "You need a link to open this plan",
    body: "Plans on Coplan are open only to the people they are shared with. Ask the person who shared this plan with you for a link, then open that link in this browser.",
  },
  "link-refused": {
    heading: "You need a link to open this plan",
    body: "The link you opened does not work any more: it may have been withdrawn, or copied only in part. Ask the person who shared it with you for a new link.",
  },
  "access-ended": {
    heading: "You need a link to open this plan",
    body: "This browser’s access to the plan has ended: the link may have been withdrawn, or it is a long time since you last opened it. Ask the person who shared it with you for a new link.",
  },
  withdrawn: {
    heading: "Your link to this plan was withdrawn by the facilitator",
    body: "You have been disconnected and can no longer see the plan. If you still need it, ask the facilitator for a new link.",
  },
};

export function AccessDeniedPage({ reason }: { reason: DeniedReason }) {
  const { heading, body } = TEXT[reason];
  useEffect(() => {
    document.title = `${reason === "withdrawn" ? "Link withdrawn" : "Link needed"} — Coplan`;
  }, [reason]);
  return (
    <>
      <SiteHeader />
      <main id="main" className="page page--narrow">
        <div className="notice-card" role="alert" data-testid="access.denied" data-reason={reason}>
          <h1>{heading}</h1>
          <p>{body}</p>
          <Link href="/" className="button button--primary">
            Go to your plans
          </Link>
        </div>
      </main>
    </>
  );
}

export function AccessFailedPage({ message, onRetry }: { message: string; onRetry(): void }) {
  return (
    <>
      <SiteHeader />
      <main id="main" className="page page--narrow">
        <div className="notice-card" role="alert">
          <h1>Could not open the plan</h1>
          <p>{message}</p>
          <Button className="button button--primary" onPress={onRetry}>
            Try again
          </Button>
        </div>
      </main>
    </>
  );
}
