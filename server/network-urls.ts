import { networkInterfaces } from "node:os";

/**
 * The URLs other people on the network can open when the server listens on every interface
 * (HOST=0.0.0.0 or ::): "http://0.0.0.0:8787" is not an address anyone can share in a workshop.
 */
export function networkUrls(host: string, port: number): string[] {
  if (host !== "0.0.0.0" && host !== "::") return [];
  return Object.values(networkInterfaces())
    .flat()
    .filter((address) => address !== undefined && !address.internal && address.family === "IPv4")
    .map((address) => `http://${address!.address}:${port}`);
}
