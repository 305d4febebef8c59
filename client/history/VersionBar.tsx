import { useEffect, useRef, type ReactNode } from "react";

interface VersionBarProps {
  heading: string;
  testId: string;
  children?: ReactNode;
  /** Below the buttons, e.g. the compared board's legend. */
  footer?: ReactNode;
}

/** The banner over a version or a comparison: which version this is, and the way back to the live board. */
export function VersionBar({ heading, testId, children, footer }: VersionBarProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Moving focus here tells keyboard and screen-reader users the whole board below has changed.
  useEffect(() => headingRef.current?.focus(), [heading]);
  return (
    <section className="version-bar" aria-labelledby={`${testId}-heading`} data-testid={testId}>
      <div className="version-bar__top">
        <h2
          id={`${testId}-heading`}
          ref={headingRef}
          tabIndex={-1}
          className="version-bar__heading"
          data-testid="version.heading"
        >
          {heading}
        </h2>
        <div className="version-bar__actions">{children}</div>
      </div>
      <p className="version-bar__note">Read-only: nothing here changes the live board.</p>
      {footer}
    </section>
  );
}
