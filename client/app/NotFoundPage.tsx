import { useEffect } from "react";
import { Link } from "react-aria-components";
import { SiteHeader } from "../ui/SiteHeader";

export function NotFoundPage() {
  useEffect(() => {
    document.title = "Page not found — Coplan";
  }, []);
  return (
    <>
      <SiteHeader />
      <main id="main" className="page page--narrow">
        <div className="notice-card">
          <h1>This plan does not exist (or the link is wrong)</h1>
          <p>Check the link you were sent, or ask the person who shared it to copy it again.</p>
          <Link href="/" className="button button--primary">
            Go to your plans
          </Link>
        </div>
      </main>
    </>
  );
}
