/** Structured logging the sync core writes to; the server decides where lines go. */
export interface Logger {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

const ignore = (): void => {};

export const silentLogger: Logger = { info: ignore, warn: ignore, error: ignore };
