import { OPEN_DATA_LICENCE_URL } from "../../shared/economy/attribution";

/** The ODC-By credit, wherever Co-operatives UK open data is on screen (its text is OPEN_DATA_ATTRIBUTION). */
export function Attribution() {
  return (
    <p className="attribution" data-testid="economy.attribution">
      Contains data from Co-operatives UK (
      <a href={OPEN_DATA_LICENCE_URL} target="_blank" rel="noreferrer">
        ODC-By 1.0
      </a>
      )
    </p>
  );
}
