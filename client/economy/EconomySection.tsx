import { localMeasures } from "../../shared/economy/local-measures";
import { useSession } from "../sync/session-context";
import { AddCoopForm } from "./AddCoopForm";
import { AreaPanel } from "./AreaPanel";
import { Attribution } from "./Attribution";
import { BenchmarkPanel } from "./BenchmarkPanel";
import { CoopCsv } from "./CoopCsv";
import { CoopTable } from "./CoopTable";
import { GoalsPanel } from "./GoalsPanel";
import { MeasuresPanel } from "./MeasuresPanel";
import { SectorMix } from "./SectorMix";
import { useEconomy } from "./use-economy";
import { useNationalData } from "./use-national-data";
import "./economy.css";

/** The Economy section: the local co-operative economy mapped against the national benchmark, with goals. */
export function EconomySection() {
  const session = useSession();
  const economy = useEconomy();
  const national = useNationalData();
  const measures = localMeasures(economy.coops);
  const place = economy.localAuthority || "your area";
  return (
    <div className="economy" data-testid="economy">
      <div className="economy__intro">
        <h2 className="economy__title">The co-operative economy of {place}</h2>
        <p className="economy__lead">
          Map the local co-operative economy with the Co-operatives UK method (number, turnover, employment,
          membership), compare it with the national benchmark, then set goals and milestones.
        </p>
        <Attribution />
      </div>
      <div className="economy__grid">
        <AreaPanel economy={economy} />
        <MeasuresPanel measures={measures} />
      </div>
      <BenchmarkPanel economy={economy} measures={measures} national={national} />
      {national.status === "ready" && <SectorMix coops={economy.coops} nationalSectors={national.sectors} />}
      <section className="economy-panel" aria-labelledby="coops-heading">
        <div className="economy-panel__header">
          <h3 id="coops-heading" className="economy-panel__title">
            Co-operatives ({economy.coops.length})
          </h3>
          <CoopCsv coops={economy.coops} localAuthority={economy.localAuthority} />
        </div>
        <CoopTable coops={economy.coops} />
        {session.canEdit && <AddCoopForm />}
        <Attribution />
      </section>
      <GoalsPanel goals={economy.goals} measures={measures} />
    </div>
  );
}
