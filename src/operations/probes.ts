import type http from "node:http";

/** How long a readiness answer is reused: probes from several balancers cost one database round trip. */
const READINESS_REUSE_MS = 500;

export interface ReadinessAnswer {
  status: 200 | 503;
  body: { status: "live" | "ready" | "stopping" | "database unavailable" | "migrations not current"; detail?: string };
}

/**
 * Liveness and readiness, for load balancers and orchestrators: live while the process answers;
 * ready when it is not stopping, the database answers within a short timeout, and it has applied
 * the migrations this code expects. Answered from a connection of their own, whatever the load.
 */
export class Probes {
  private stopping = false;
  private recent: { at: number; answer: Promise<ReadinessAnswer> } | null = null;

  constructor(
    private readonly latestMigration: (timeoutMs: number) => Promise<string | null>,
    private readonly expectedMigration: string | null,
    private readonly timeoutMs = 1_000,
  ) {}

  /** From now on, readiness says the server is stopping, so that balancers send it no more traffic. */
  markStopping(): void {
    this.stopping = true;
    this.recent = null;
  }

  ready(): Promise<ReadinessAnswer> {
    if (this.recent && performance.now() - this.recent.at < READINESS_REUSE_MS) return this.recent.answer;
    const answer = this.checkReadiness();
    this.recent = { at: performance.now(), answer };
    return answer;
  }

  private async checkReadiness(): Promise<ReadinessAnswer> {
    if (this.stopping) return { status: 503, body: { status: "stopping" } };
    try {
      const latest = await this.latestMigration(this.timeoutMs);
      if (latest !== this.expectedMigration) {
        return {
          status: 503,
          body: {
            status: "migrations not current",
            detail: `the database has ${latest ?? "none"}, this service expects ${this.expectedMigration}`,
          },
        };
      }
      return { status: 200, body: { status: "ready" } };
    } catch (error) {
      return {
        status: 503,
        body: { status: "database unavailable", detail: error instanceof Error ? error.message.split("\n")[0] : String(error) },
      };
    }
  }
}

/** The probes' paths: liveness, readiness, and /health, the readiness of earlier versions. */
export const PROBE_PATHS = ["/health/live", "/health/ready", "/health"] as const;

/** Answers one of the PROBE_PATHS. */
export function answerProbe(pathname: (typeof PROBE_PATHS)[number], probes: Probes, response: http.ServerResponse): void {
  const send = ({ status, body }: ReadinessAnswer) => {
    response.writeHead(status, {
      "content-type": "application/json; charset=utf-8",
      "cache-control": "no-store",
      ...(status === 503 ? { "retry-after": "5" } : {}),
    });
    response.end(JSON.stringify(body));
  };
  if (pathname === "/health/live") send({ status: 200, body: { status: "live" } });
  else void probes.ready().then(send);
}
