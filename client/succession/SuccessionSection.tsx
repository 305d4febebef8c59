import { useState } from "react";
import { Button } from "react-aria-components";
import {
  NO_FILTER,
  filterSuccession,
  isFiltering,
  redactConfidential,
  type BusinessFilter,
} from "../../shared/board";
import { useCanEdit } from "../sync/session-context";
import { goToSection, useSectionLocation } from "../board/section-location";
import { focusAfterRender } from "../matrix/focus-after-render";
import { useSuccessionView } from "./use-succession-view";
import { SummaryStrip } from "./SummaryStrip";
import { SuccessionFilters } from "./SuccessionFilters";
import { Pipeline } from "./Pipeline";
import { NarrativePanel } from "./NarrativePanel";
import { BusinessPanel } from "./BusinessPanel";
import { MoveBusinessDialog } from "./MoveBusinessDialog";
import { StagesDialog } from "./StagesDialog";
import { HideConfidentialSwitch } from "./HideConfidentialSwitch";
import { useHideConfidentialNames } from "./hide-confidential";
import { useNarrativeOpen } from "./use-narrative-open";
import { useLondonToday } from "./use-london-today";
import "./succession.css";

const cardSelector = (id: string) => `[data-testid="business.card"][data-business-id="${id}"]`;

/** The succession strategy: the pipeline of businesses moving towards co-operative ownership, and its narrative. */
export function SuccessionSection() {
  const canEdit = useCanEdit();
  const live = useSuccessionView();
  const hideNames = useHideConfidentialNames();
  // Viewers always see placeholders; an editor's screen does too while "Hide confidential names" is on.
  const masked = !canEdit || hideNames;
  const view = masked ? redactConfidential(live) : live;
  const [narrativeOpen, setNarrativeOpen] = useNarrativeOpen();
  const { businessId } = useSectionLocation();
  const [filter, setFilter] = useState<BusinessFilter>(NO_FILTER);
  const [movingId, setMovingId] = useState<string | null>(null);
  const [editingStages, setEditingStages] = useState(false);
  const [addedId, setAddedId] = useState<string | null>(null);
  const shown = filterSuccession(view, filter);
  // Moves on at London's midnight by itself: a projector left on overnight shows today's overdue steps.
  const today = useLondonToday();
  const openBusiness = (id: string, added = false) => {
    setAddedId(added ? id : null);
    goToSection({ tab: "succession", businessId: id });
  };
  const closePanel = () => {
    const id = businessId;
    goToSection({ tab: "succession", businessId: null });
    if (id) focusAfterRender(cardSelector(id));
  };

  if (!view.ready) {
    return (
      <p className="muted">
        This board’s succession section is being set up. It appears when the board reloads.
      </p>
    );
  }
  return (
    <div
      className="succession"
      data-testid="succession"
      data-side={businessId ? "business" : narrativeOpen ? "narrative" : "collapsed"}
    >
      <div className="succession__main">
        <div className="succession__intro">
          <div>
            <h2 className="succession__title">Succession strategy</h2>
            <p className="succession__lead">
              Local businesses whose owners plan to sell or retire, moving towards co-operative and employee
              ownership.
            </p>
          </div>
          {canEdit && (
            <div className="succession__tools">
              <HideConfidentialSwitch />
              <Button
                className="button button--small"
                data-testid="stages.edit"
                onPress={() => setEditingStages(true)}
              >
                Edit stages
              </Button>
            </div>
          )}
        </div>
        <SummaryStrip view={shown} today={today} filtered={isFiltering(filter)} />
        <SuccessionFilters view={view} filter={filter} shown={shown.businessCount} onChange={setFilter} />
        <Pipeline
          view={shown}
          all={view}
          openBusinessId={businessId}
          today={today}
          hideConfidential={masked}
          onOpen={(id) => openBusiness(id, false)}
          onAdded={(id) => openBusiness(id, true)}
          onMove={setMovingId}
        />
      </div>
      {businessId ? (
        <BusinessPanel
          key={businessId}
          businessId={businessId}
          focusName={addedId === businessId}
          hideConfidential={hideNames}
          onClose={closePanel}
          onMove={() => setMovingId(businessId)}
        />
      ) : (
        <NarrativePanel open={narrativeOpen} onOpenChange={setNarrativeOpen} />
      )}
      {movingId && (
        <MoveBusinessDialog
          businessId={movingId}
          hideConfidential={masked}
          onClose={(moved) => {
            setMovingId(null);
            if (moved) focusAfterRender(cardSelector(movingId));
          }}
        />
      )}
      {editingStages && <StagesDialog onClose={() => setEditingStages(false)} />}
    </div>
  );
}
