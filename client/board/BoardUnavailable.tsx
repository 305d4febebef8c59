import { useEffect } from "react";
import { Link } from "react-aria-components";
import { SiteHeader } from "../ui/SiteHeader";
import { useSession } from "../sync/session-context";
import { forgetBoard } from "../home/recent-boards";

export function BoardUnavailable({ missing }: { missing: boolean }) {
  const { boardId } = useSession();
  useEffect(() => {
    document.title = "Plan not found — Coplan";
    if (missing) forgetBoard(localStorage, boardId);
  }, [boardId, missing]);
  return (
    <>
      <SiteHeader />
      <main id="main" className="page page--narrow">
        <div className="notice-card" role="alert">
          <h1>{missing ? "This plan does not exist (or the link is wrong)" : "You cannot open this plan"}</h1>
          <p>
            {missing
              ? "Check the link you were sent, or ask the person who shared it to copy it again."
              : "The server refused the connection. Ask the person who shared the plan for a new link."}
          </p>
          <Link href="/" className="button button--primary">
            Go to your plans
          </Link>
        </div>
      </main>
    </>
  );
}
