import { pino, type DestinationStream, type Logger } from "pino";

export type { Logger };

/**
 * Structured JSON logs on standard output, one object a line. Headers that carry credentials are
 * never written; neither is the database URL (nothing logs it).
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options = {
    level,
    base: { service: "iom-devfund-graphql" },
    redact: { paths: ["req.headers.authorization", "req.headers.cookie", "headers.authorization", "headers.cookie"], remove: true },
  };
  return destination ? pino(options, destination) : pino(options);
}

/**
 * Logs the first failure of a kind in full and counts the ones that follow for a while, so that an
 * outage writes one line and then one summary per window, never a line (or a stack) per request.
 */
export class FailureSummary {
  private readonly windows = new Map<string, { since: number; suppressed: number; timer: NodeJS.Timeout }>();

  constructor(
    private readonly logger: Logger,
    private readonly windowMs = 10_000,
  ) {}

  record(kind: string, details: Record<string, unknown>, message: string): void {
    const window = this.windows.get(kind);
    if (window) {
      window.suppressed += 1;
      return;
    }
    this.logger.error({ kind, ...details }, message);
    const timer = setTimeout(() => this.flush(kind), this.windowMs);
    timer.unref();
    this.windows.set(kind, { since: Date.now(), suppressed: 0, timer });
  }

  private flush(kind: string): void {
    const window = this.windows.get(kind);
    this.windows.delete(kind);
    if (window && window.suppressed > 0) {
      this.logger.error(
        { kind, failures: window.suppressed, seconds: Math.round((Date.now() - window.since) / 1000) },
        `${kind}: ${window.suppressed} more failure(s) of the same kind`,
      );
    }
  }

  /** Writes the pending summaries now (on shutdown). */
  close(): void {
    for (const [kind, window] of this.windows) {
      clearTimeout(window.timer);
      this.flush(kind);
    }
  }
}
