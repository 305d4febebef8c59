import { startMonitor } from "./monitor";

startMonitor();
await import("../../server/main");
