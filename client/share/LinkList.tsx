import { useState } from "react";
import { Button } from "react-aria-components";
import type { LinkSummary } from "../../shared/api/roles";
import { revokeLink } from "../api/access";
import { ConfirmDialog } from "../ui/ConfirmDialog";
import { LINK_NOUN, ROLE_LABEL } from "./role-labels";
import type { LinksState } from "./use-links";
import { ConfidentialViewerWarning, useConfidentialCount } from "./ConfidentialViewerWarning";

const dateFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short" });

function When({ iso }: { iso: string }) {
  return <time dateTime={iso}>{dateFormat.format(new Date(iso))}</time>;
}

interface LinkListProps {
  boardId: string;
  state: LinksState;
  onChanged(): void;
}

export function LinkList({ boardId, state, onChanged }: LinkListProps) {
  const [revoking, setRevoking] = useState<LinkSummary | null>(null);
  const [error, setError] = useState<string>();
  const confidentialCount = useConfidentialCount();
  const hasViewerLink =
    state.status === "ready" && state.links.some((link) => link.role === "viewer" && !link.revokedAt);
  const revoke = async (link: LinkSummary) => {
    setRevoking(null);
    setError(undefined);
    try {
      await revokeLink(boardId, link.id);
    } catch (failure) {
      setError(`Could not revoke the link: ${(failure as Error).message}`);
    }
    onChanged();
  };
  return (
    <section className="share-section" aria-labelledby="share-links-heading">
      <h3 id="share-links-heading" className="share-section__title">
        Links you have shared
      </h3>
      {hasViewerLink && <ConfidentialViewerWarning count={confidentialCount} />}
      {state.status === "loading" && <p className="muted">Loading links…</p>}
      {state.status === "failed" && (
        <div role="alert" className="error-message">
          <p>Could not load the links: {state.message}</p>
          <Button className="button button--small" onPress={onChanged}>
            Try again
          </Button>
        </div>
      )}
      {state.status === "ready" && state.links.length === 0 && (
        <p className="muted">
          No links yet. Links you create appear here, and you can revoke them at any time.
        </p>
      )}
      {state.status === "ready" && state.links.length > 0 && (
        <ul className="link-list" data-testid="share.links">
          {state.links.map((link) => (
            <li
              key={link.id}
              className={link.revokedAt ? "link-item link-item--revoked" : "link-item"}
              data-testid="share.link"
              data-link-id={link.id}
            >
              <div className="link-item__text">
                <span className="link-item__heading">
                  <span className={`role-pill role-pill--${link.role}`}>{ROLE_LABEL[link.role]}</span>
                  <span className="link-item__label">{link.label ?? "No label"}</span>
                </span>
                <span className="link-item__dates">
                  Created <When iso={link.createdAt} />
                  {link.revokedAt && (
                    <>
                      {" · "}
                      <strong>
                        Revoked <When iso={link.revokedAt} />
                      </strong>
                    </>
                  )}
                </span>
              </div>
              {!link.revokedAt && (
                <Button
                  className="button button--small button--danger-quiet"
                  data-testid="share.revoke"
                  aria-label={`Revoke the ${LINK_NOUN[link.role]} “${link.label ?? "no label"}”`}
                  onPress={() => setRevoking(link)}
                >
                  Revoke
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      <div role="alert" className={error ? "error-message" : undefined}>
        {error}
      </div>
      {revoking && (
        <ConfirmDialog
          title="Revoke this link?"
          confirmLabel="Revoke link"
          onConfirm={() => void revoke(revoking)}
          onCancel={() => setRevoking(null)}
        >
          <p>
            Anyone who opened the plan with the {LINK_NOUN[revoking.role]}
            {revoking.label ? ` “${revoking.label}”` : ""} is disconnected at once and cannot open it again.
            This cannot be undone: to let them back in, create a new link.
          </p>
        </ConfirmDialog>
      )}
    </section>
  );
}
