import { rawHttpStatus, tcpConnect, upgradeRequest } from "./raw-tcp-websocket";

export interface UpgradeAttack {
  name: string;
  /** Runs the attack while `duringAttack` runs (health and document checks); returns what the server answered. */
  run(
    httpUrl: string,
    path: string,
    duringAttack: () => Promise<void>,
  ): Promise<number | "closed" | "never upgraded">;
}

const host = (httpUrl: string) => new URL(httpUrl).host;

function floodHeaders(count: number): string {
  return Array.from({ length: count }, (_, index) => `X-Flood-${index}: ${"v".repeat(8)}\r\n`).join("");
}

/** Upgrade requests that must be refused before any WebSocket (or room) exists. */
export const UPGRADE_ATTACKS: UpgradeAttack[] = [
  {
    name: "an upgrade request with 5,000 headers",
    run: async (url, path, during) => {
      const [status] = await Promise.all([
        rawHttpStatus(url, upgradeRequest(host(url), path, floodHeaders(5_000))),
        during(),
      ]);
      return status;
    },
  },
  {
    name: "an upgrade request with 20 parallel copies of 3,000 headers",
    run: async (url, path, during) => {
      const request = upgradeRequest(host(url), path, floodHeaders(3_000));
      const [statuses] = await Promise.all([
        Promise.all(Array.from({ length: 20 }, () => rawHttpStatus(url, request))),
        during(),
      ]);
      return statuses.find((status) => status === 101) ?? statuses[0]!;
    },
  },
  {
    name: "an upgrade request with one 64 KiB header",
    run: async (url, path, during) => {
      const [status] = await Promise.all([
        rawHttpStatus(url, upgradeRequest(host(url), path, `X-Big: ${"b".repeat(64 * 1024)}\r\n`)),
        during(),
      ]);
      return status;
    },
  },
  {
    name: "a slowloris upgrade (30 sockets trickling headers, never finishing)",
    run: async (url, path, during) => {
      const sockets = await Promise.all(Array.from({ length: 30 }, () => tcpConnect(url)));
      let upgraded = false;
      for (const socket of sockets) {
        socket.on("error", () => {});
        socket.on(
          "data",
          (chunk: Buffer) => (upgraded ||= chunk.toString("latin1").startsWith("HTTP/1.1 101")),
        );
        socket.write(upgradeRequest(host(url), path).replace(/\r\n\r\n$/, "\r\n"));
      }
      let line = 0;
      const trickle = setInterval(() => {
        for (const socket of sockets) socket.write(`X-Slow-${line}: ${line}\r\n`);
        line++;
      }, 20);
      try {
        await during();
      } finally {
        clearInterval(trickle);
        for (const socket of sockets) socket.destroy();
      }
      return upgraded ? 101 : "never upgraded";
    },
  },
  {
    name: "an upgrade with an unsupported WebSocket version",
    run: async (url, path, during) => {
      const request = upgradeRequest(host(url), path).replace(
        "Sec-WebSocket-Version: 13",
        "Sec-WebSocket-Version: 7",
      );
      const [status] = await Promise.all([rawHttpStatus(url, request), during()]);
      return status;
    },
  },
  {
    name: "an upgrade to an encoded path-traversal board id",
    run: async (url, path, during) => {
      const traversal = path.replace(/\/sync\/[^?]+/, "/sync/..%2F..%2Fcoplan.sqlite");
      const [status] = await Promise.all([
        rawHttpStatus(url, upgradeRequest(host(url), traversal)),
        during(),
      ]);
      return status;
    },
  },
];
