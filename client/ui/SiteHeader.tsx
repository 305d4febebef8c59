import type { ReactNode } from "react";
import { Link } from "react-aria-components";
import { LogoMark } from "./icons";
import "./site-header.css";

/** The top banner: skip link, the Coplan brand (a link home), and page-specific tools on the right. */
export function SiteHeader({ children }: { children?: ReactNode }) {
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <Link href="/" className="site-header__brand" aria-label="Coplan home">
        <LogoMark />
        <span className="site-header__name">Coplan</span>
      </Link>
      {children && <div className="site-header__tools">{children}</div>}
    </header>
  );
}
