import type { MeasureName } from "../options";
import type { MeasureContext } from "./context";
import { fanout } from "./fanout";
import { storm } from "./storm";
import { manyRooms } from "./many-rooms";
import { joinMeasure } from "./join";
import { idle } from "./idle";
import { durability } from "./durability";
import { storage } from "./storage";
import { browser } from "./browser";

export const MEASURE_RUNNERS: [MeasureName, (context: MeasureContext) => Promise<void>][] = [
  ["fanout", fanout],
  ["storm", storm],
  ["rooms", manyRooms],
  ["join", joinMeasure],
  ["idle", idle],
  ["durability", durability],
  ["storage", storage],
  ["browser", browser],
];
