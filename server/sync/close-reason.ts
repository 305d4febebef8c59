import { CLOSE_REASON, type CloseCode } from "../../shared/protocol/close-codes";

// RFC 6455 allows at most 123 bytes of close reason.
const MAX_REASON_BYTES = 123;
const utf8 = new TextEncoder();

/** The standard reason for `code`, with an optional short detail, cut to fit a close frame. */
export function closeReason(code: CloseCode, detail?: string): string {
  let reason = detail ? `${CLOSE_REASON[code]}: ${detail}` : CLOSE_REASON[code];
  while (utf8.encode(reason).length > MAX_REASON_BYTES) reason = reason.slice(0, -1);
  return reason;
}
