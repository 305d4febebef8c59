import { SiteHeader } from "../ui/SiteHeader";

/** Shown until the first sync: never an empty matrix that someone could start editing by mistake. */
export function BoardLoading({ embedded = false }: { embedded?: boolean }) {
  const body = (
    <main id="main" className="board-loading" aria-busy="true">
      <h1 className="board-loading__title">Opening the plan…</h1>
      <p className="muted">Fetching the latest version so you see everyone’s changes.</p>
      <div className="board-loading__skeleton" aria-hidden="true">
        {Array.from({ length: 8 }, (_, index) => (
          <span key={index} className="board-loading__block" />
        ))}
      </div>
    </main>
  );
  if (embedded) return body;
  return (
    <>
      <SiteHeader />
      {body}
    </>
  );
}
