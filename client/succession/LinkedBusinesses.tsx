import { Button } from "react-aria-components";
import { useCanEdit } from "../sync/session-context";
import { useBoardNavigation } from "../board/board-navigation";
import { useSuccessionView } from "./use-succession-view";
import { useHideConfidentialNames } from "./hide-confidential";
import "./linked.css";

/** In the action panel: the businesses in the succession pipeline linked to this action, each opening its card. */
export function LinkedBusinesses({ actionId }: { actionId: string }) {
  const view = useSuccessionView();
  const canEdit = useCanEdit();
  const hideNames = useHideConfidentialNames();
  const navigation = useBoardNavigation();
  const linked = [...view.byStage.values()].flat().filter((b) => b.linkedActionIds.includes(actionId));
  if (linked.length === 0) return null;
  return (
    <section className="linked-businesses" aria-labelledby="linked-businesses-heading">
      <h3 id="linked-businesses-heading" className="field__label">
        Linked businesses
      </h3>
      <ul className="linked-actions__list" data-testid="action.linked-businesses">
        {linked.map((business) => (
          <li key={business.id} className="linked-actions__item">
            <Button
              className="linked-actions__open"
              data-testid="action.open-business"
              onPress={() => navigation?.openBusiness(business.id)}
            >
              {(!canEdit || hideNames) && business.confidential
                ? "Confidential business"
                : business.name || "Unnamed business"}
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
