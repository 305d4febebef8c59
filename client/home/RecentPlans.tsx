import { useEffect, useState } from "react";
import { Link } from "react-aria-components";
import { boardPath } from "../app/route";
import { readRecentBoards, RECENT_BOARDS_KEY, type RecentBoard } from "./recent-boards";
import { readFacilitatorLink } from "../access/facilitator-links";

const dateFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short" });

function useRecentBoards(): RecentBoard[] {
  const [boards, setBoards] = useState(() => readRecentBoards(localStorage));
  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key === RECENT_BOARDS_KEY) setBoards(readRecentBoards(localStorage));
    };
    window.addEventListener("storage", onStorage);
    return () => window.removeEventListener("storage", onStorage);
  }, []);
  return boards;
}

export function RecentPlans() {
  const boards = useRecentBoards();
  return (
    <section className="recent" aria-labelledby="recent-heading">
      <h2 id="recent-heading" className="section-title">
        Your plans on this device
      </h2>
      {boards.length === 0 ? (
        <p className="recent__empty">
          Plans you create or open on this device will be listed here. To join a colleague’s plan, open the
          link they shared with you.
        </p>
      ) : (
        <ul className="recent__list" data-testid="home.recent">
          {boards.map((board) => (
            <li key={board.id}>
              <Link href={boardPath(board.id)} className="recent__item" data-testid="home.recent-item">
                <span className="recent__title">{board.title || "Untitled plan"}</span>
                {readFacilitatorLink(localStorage, board.id) && (
                  <span className="recent__role">You facilitate this plan</span>
                )}
                {board.area && <span className="recent__area">{board.area}</span>}
                <span className="recent__opened">
                  Last opened{" "}
                  <time dateTime={board.lastOpened}>{dateFormat.format(new Date(board.lastOpened))}</time>
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
