import { setDenominator } from "../../shared/board";
import { formatWhole } from "../../shared/economy/format";
import type { EconomyView, Figure } from "../../shared/economy/types";
import { useSession } from "../sync/session-context";
import { FigureForm } from "./FigureForm";
import { LocalAuthorityPicker } from "./LocalAuthorityPicker";

const described = (figure: Figure | null) =>
  figure
    ? `${formatWhole(figure.value)} in ${figure.year}${figure.source ? ` (${figure.source})` : ""}`
    : "Not entered yet";

/** The area: which local authority, and its population and business count with their sources. */
export function AreaPanel({ economy }: { economy: EconomyView }) {
  const session = useSession();
  return (
    <section className="economy-panel area-panel" aria-labelledby="area-heading">
      <h3 id="area-heading" className="economy-panel__title">
        The area
      </h3>
      <LocalAuthorityPicker current={economy.localAuthority} />
      <div className="area-panel__denominators">
        {(["population", "businesses"] as const).map((key) => {
          const figure = economy[key];
          const label = key === "population" ? "Population" : "Number of businesses";
          return (
            <div key={key} className="denominator">
              <p className="denominator__current">
                <strong>{label}:</strong> <span data-testid={`economy.${key}`}>{described(figure)}</span>
              </p>
              {session.canEdit && (
                <FigureForm
                  key={JSON.stringify(figure)}
                  kind={key}
                  label={label}
                  figure={figure}
                  defaultSource={
                    key === "population" ? "ONS mid-year estimate" : "DBT business population estimates"
                  }
                  testId={`economy.${key}-form`}
                  onSave={(next) => session.change(() => setDenominator(session.doc, key, next))}
                />
              )}
            </div>
          );
        })}
      </div>
    </section>
  );
}
