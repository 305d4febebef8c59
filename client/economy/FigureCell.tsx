import { Button, Dialog, DialogTrigger, Heading, Popover } from "react-aria-components";
import { setCoopFigure } from "../../shared/board";
import { formatMeasureValue } from "../../shared/economy/format";
import { MEASURE_LABELS, type CoopFigure, type CoopView } from "../../shared/economy/types";
import { useSession } from "../sync/session-context";
import { FigureForm } from "./FigureForm";

/** A co-op's turnover, employees or members: the value, and a popover to record it with year and source. */
export function FigureCell({ coop, figure }: { coop: CoopView; figure: CoopFigure }) {
  const session = useSession();
  const current = coop[figure];
  const shown = current ? formatMeasureValue(figure, current.value) : "";
  if (!session.canEdit) return <span>{current ? `${shown} (${current.year})` : "—"}</span>;
  return (
    <DialogTrigger>
      <Button
        className="figure-cell"
        aria-label={`${MEASURE_LABELS[figure]} of ${coop.name}: ${current ? `${shown}, ${current.year}` : "not recorded"}. Edit`}
        data-testid={`coop.${figure}`}
      >
        {current ? (
          <>
            {shown} <span className="figure-cell__year">{current.year}</span>
          </>
        ) : (
          <span className="figure-cell__empty">Add</span>
        )}
      </Button>
      <Popover className="popover figure-popover" placement="bottom end">
        <Dialog className="dialog figure-dialog" aria-label={`${MEASURE_LABELS[figure]} of ${coop.name}`}>
          {({ close }) => (
            <>
              <Heading slot="title" className="figure-dialog__title">
                {MEASURE_LABELS[figure]} — {coop.name}
              </Heading>
              <FigureForm
                kind={figure}
                label={MEASURE_LABELS[figure]}
                figure={current}
                testId="coop.figure-form"
                onSave={(next) => {
                  session.change(() => setCoopFigure(session.doc, coop.id, figure, next));
                  close();
                }}
              />
              <p className="field__hint">Leave the value empty and save to clear it.</p>
            </>
          )}
        </Dialog>
      </Popover>
    </DialogTrigger>
  );
}
