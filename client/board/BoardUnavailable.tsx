import { useEffect } from "react";
import { Link } from "react-aria-components";
import { SiteHeader } from "../ui/SiteHeader";
import { forgetBoard } from "../home/recent-boards";
import { CLOSE_CODE, MESSAGE_TOO_BIG } from "../../shared/protocol/close-codes";

function refusalText(code: number | undefined): { heading: string; body: string } {
  switch (code) {
    case CLOSE_CODE.messageTooLarge:
    case MESSAGE_TOO_BIG:
      return {
        heading: "A change was too large to save",
        body: "The server refused a change from this browser because it was larger than it accepts (for example a very long paste into the notes). Everything saved before it is safe. Reload the page to carry on.",
      };
    case CLOSE_CODE.malformedMessage:
      return {
        heading: "This browser sent something the server could not read",
        body: "Everything saved before it is safe. Reload the page to carry on; if it happens again, tell whoever runs Coplan for you.",
      };
    default:
      return {
        heading: "You cannot open this plan",
        body: "The server refused the connection. Ask the person who shared the plan for a new link.",
      };
  }
}

interface BoardUnavailableProps {
  boardId: string;
  missing: boolean;
  closeCode?: number;
}

export function BoardUnavailable({ boardId, missing, closeCode }: BoardUnavailableProps) {
  const refusal = refusalText(closeCode);
  useEffect(() => {
    document.title = missing ? "Plan not found — Coplan" : "Plan unavailable — Coplan";
    if (missing) forgetBoard(localStorage, boardId);
  }, [boardId, missing]);
  return (
    <>
      <SiteHeader />
      <main id="main" className="page page--narrow">
        <div className="notice-card" role="alert">
          <h1>{missing ? "This plan does not exist (or the link is wrong)" : refusal.heading}</h1>
          <p>
            {missing
              ? "Check the link you were sent, or ask the person who shared it to copy it again."
              : refusal.body}
          </p>
          <Link href="/" className="button button--primary">
            Go to your plans
          </Link>
        </div>
      </main>
    </>
  );
}
