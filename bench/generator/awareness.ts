import * as encoding from "lib0/encoding";

/** One client's awareness update (y-protocols format): its name, colour and caret at `position`. */
export function cursorUpdate(client: number, clock: number, position: number): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 1);
  encoding.writeVarUint(encoder, client);
  encoding.writeVarUint(encoder, clock);
  const state = {
    user: { name: `Participant ${client % 1000}`, color: "#1d70b8" },
    cursor: { anchor: position, head: position },
  };
  encoding.writeVarString(encoder, JSON.stringify(state));
  return encoding.toUint8Array(encoder);
}
