import type { BoardReport } from "../../shared/export/report-model";
import { RequestWorker } from "../worker/request-worker";
import type { RenderRequest } from "./render-worker";

/** Too many documents waiting to be rendered: the HTTP layer answers 503, retry later. */
export class RendererBusyError extends Error {
  constructor() {
    super("too many exports are being rendered");
    this.name = "RendererBusyError";
  }
}

/**
 * Renders DOCX and PDF files in one worker thread, started on first use, one document at a time
 * and at most `maxPending` waiting. A crashed worker fails what it held and is replaced next time.
 */
export class DocumentRenderer {
  private readonly worker = new RequestWorker<Omit<RenderRequest, "id">, Uint8Array>(
    new URL("./render-worker.ts", import.meta.url),
    "export rendering",
  );

  constructor(private readonly maxPending = 8) {}

  render(format: RenderRequest["format"], report: BoardReport): Promise<Uint8Array> {
    if (this.worker.waiting >= this.maxPending) return Promise.reject(new RendererBusyError());
    return this.worker.request({ format, report });
  }

  close(): Promise<void> {
    return this.worker.close();
  }
}
