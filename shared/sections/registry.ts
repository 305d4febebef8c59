import type { BoardSection } from "./board-section";
import { matrixSection } from "./matrix";
import { successionSection } from "./succession";
import { economySection } from "./economy";
import { briefSection } from "./brief";

/**
 * Every section of a board, in board order. Snapshots, compare, restore and all export formats
 * iterate this list: a new section adds its module to `shared/sections/` and one line here.
 */
export const BOARD_SECTIONS: readonly BoardSection<unknown>[] = [
  matrixSection,
  successionSection,
  economySection,
  briefSection,
];
