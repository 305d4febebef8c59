import { parentPort } from "node:worker_threads";
import type { BoardReport } from "../../shared/export/report-model";
import { renderDocx } from "../../shared/export/docx";
import { renderPdf } from "./render-pdf";
import type { WorkerResponse } from "../worker/request-worker";

export interface RenderRequest {
  id: number;
  format: "docx" | "pdf";
  report: BoardReport;
}

// Runs in a worker thread: laying out a large board's PDF takes seconds of CPU, which would
// otherwise stall every live board's sync on the main thread.
parentPort?.on("message", async ({ id, format, report }: RenderRequest) => {
  try {
    const bytes = format === "pdf" ? await renderPdf(report) : await renderDocx(report);
    parentPort?.postMessage({ id, value: bytes } satisfies WorkerResponse<Uint8Array>, [
      bytes.buffer as ArrayBuffer,
    ]);
  } catch (error) {
    parentPort?.postMessage({
      id,
      error: error instanceof Error ? error.message : String(error),
    } satisfies WorkerResponse<Uint8Array>);
  }
});
