import { TITLE_MAX_LENGTH } from "../../shared/api/schemas";

/** Client-side caps for board fields (the server caps plan creation with the same numbers). */
export const PLAN_TITLE_MAX_LENGTH = TITLE_MAX_LENGTH;
export const AREA_MAX_LENGTH = TITLE_MAX_LENGTH;
export const PERIOD_MAX_LENGTH = 50;
export const ACTION_TITLE_MAX_LENGTH = TITLE_MAX_LENGTH * 2;
/** Lead owner and milestone. */
export const ACTION_DETAIL_MAX_LENGTH = 200;
export const PARTNER_MAX_LENGTH = 120;
