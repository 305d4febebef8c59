/** The y-websocket server URL for this page; the provider appends `/<boardId>` as the room. */
export function syncServerUrl(location: Pick<Location, "protocol" | "host"> = window.location): string {
  const scheme = location.protocol === "https:" ? "wss" : "ws";
  return `${scheme}://${location.host}/sync`;
}
