import type * as Y from "yjs";
import { economyRoot } from "./roots";
import { ECONOMY_KEY } from "./economy-keys";
import { wellFormed } from "./text";
import type { DenominatorKey, Figure } from "../economy/types";

/** The area's population or business count, with its year and source (validate with `parseFigureValue`). */
export function setDenominator(doc: Y.Doc, key: DenominatorKey, figure: Figure | null): void {
  economyRoot(doc).set(ECONOMY_KEY[key], figure);
}

export function setBenchmarkEdition(doc: Y.Doc, edition: string): void {
  economyRoot(doc).set(ECONOMY_KEY.benchmarkEdition, edition);
}

/** Import: the local authority as exported, without listing anything from the open data. */
export function setLocalAuthorityName(doc: Y.Doc, name: string): void {
  economyRoot(doc).set(ECONOMY_KEY.localAuthority, wellFormed(name));
}
