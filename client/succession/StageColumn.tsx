import { useState } from "react";
import { Button, DropIndicator, GridList, useDragAndDrop } from "react-aria-components";
import { isNextStepOverdue, moveBusiness, type BusinessView, type SuccessionStage } from "../../shared/board";
import { useCanEdit, useSession } from "../sync/session-context";
import { dropIndex } from "../matrix/drop-index";
import { PlusIcon } from "../ui/icons";
import { AddBusinessDialog } from "./AddBusinessDialog";
import { BusinessCard } from "./BusinessCard";
import { BUSINESS_DRAG_TYPE, businessDragItem, readDraggedBusinessIds } from "./business-drag";

interface StageColumnProps {
  stage: SuccessionStage;
  businesses: BusinessView[];
  /** Every business in the stage, filtered or not: drops are placed among these. */
  allIds: string[];
  jobs: number;
  openBusinessId: string | null;
  today: string;
  hideConfidential: boolean;
  onOpen(businessId: string): void;
  onAdded(businessId: string): void;
  onMove(businessId: string): void;
}

export function StageColumn({
  stage,
  businesses,
  allIds,
  jobs,
  openBusinessId,
  today,
  hideConfidential,
  onOpen,
  onAdded,
  onMove,
}: StageColumnProps) {
  const session = useSession();
  const canEdit = useCanEdit();
  const name = stage.name || "Untitled stage";
  const moveHere = (ids: string[], index: number) =>
    session.change(() =>
      ids.forEach((id, offset) => moveBusiness(session.doc, id, stage.id, index + offset)),
    );

  const { dragAndDropHooks } = useDragAndDrop<BusinessView>({
    getItems: (keys) =>
      [...keys].map((key) => businessDragItem(String(key), businesses.find((b) => b.id === key)?.name ?? "")),
    acceptedDragTypes: [BUSINESS_DRAG_TYPE],
    getDropOperation: () => "move",
    onReorder: ({ keys, target }) => {
      const ids = [...keys].map(String);
      moveHere(ids, dropIndex(allIds, target, ids));
    },
    onInsert: async ({ items, target }) => {
      const ids = await readDraggedBusinessIds(items);
      moveHere(ids, dropIndex(allIds, target, ids));
    },
    onRootDrop: async ({ items }) => {
      const ids = await readDraggedBusinessIds(items);
      moveHere(ids, allIds.length);
    },
    renderDropIndicator: (target) => <DropIndicator target={target} className="drop-indicator" />,
  });

  const [adding, setAdding] = useState(false);

  return (
    <section
      className="stage-column"
      data-testid="stage.column"
      data-stage-id={stage.id}
      data-kind={stage.kind}
      data-completes={stage.completes || undefined}
      aria-labelledby={`stage-${stage.id}`}
    >
      <header className="stage-column__header">
        <h3 id={`stage-${stage.id}`} className="stage-column__name" data-testid="stage.name">
          {name}
        </h3>
        <p className="stage-column__counts" data-testid="stage.counts">
          <span>{businesses.length === 1 ? "1 business" : `${businesses.length} businesses`}</span>
          <span>{jobs.toLocaleString("en-GB")} jobs</span>
        </p>
      </header>
      <GridList
        aria-label={`Businesses: ${name}`}
        items={businesses}
        dependencies={[openBusinessId, canEdit, today, hideConfidential]}
        dragAndDropHooks={canEdit ? dragAndDropHooks : undefined}
        keyboardNavigationBehavior="tab"
        onAction={(key) => onOpen(String(key))}
        className="card-list stage-column__list"
        renderEmptyState={() => <p className="card-list__empty">None at this stage</p>}
      >
        {(business) => (
          <BusinessCard
            business={business}
            isOpen={business.id === openBusinessId}
            hidden={hideConfidential && business.confidential}
            overdue={isNextStepOverdue(business, stage, today)}
            onMove={canEdit ? onMove : undefined}
          />
        )}
      </GridList>
      {canEdit && (
        <Button
          className="matrix__add-action stage-column__add"
          data-testid="stage.add-business"
          aria-label={`Add business to ${name}`}
          onPress={() => setAdding(true)}
        >
          <PlusIcon />
          Add business
        </Button>
      )}
      {adding && (
        <AddBusinessDialog
          stageId={stage.id}
          stageName={name}
          onClose={(id) => {
            setAdding(false);
            if (id) onAdded(id);
          }}
        />
      )}
    </section>
  );
}
