import type http from "node:http";
import net from "node:net";

/** After the last request, how long connections stay open for requests already on their way. */
const QUIET_MS = 250;

/**
 * Stops an HTTP server without dropping a request it was sent: it stops accepting connections,
 * answers every request that arrives on the open ones (each answer then closes its connection),
 * waits until no request has been running or arriving for a moment, and only then closes the idle
 * connections; past `graceMs`, whatever is still open is closed.
 */
export class GracefulShutdown {
  private inFlight = 0;
  private lastActivity = 0;
  private stopping = false;

  constructor(private readonly server: http.Server) {
    server.on("request", (_request, response) => {
      this.inFlight += 1;
      this.lastActivity = performance.now();
      // From the stop on, each answer closes its connection: clients open a new one elsewhere.
      if (this.stopping) response.setHeader("connection", "close");
      response.on("close", () => {
        this.inFlight -= 1;
        this.lastActivity = performance.now();
      });
    });
  }

  get isStopping(): boolean {
    return this.stopping;
  }

  async stop(graceMs: number): Promise<void> {
    this.stopping = true;
    this.lastActivity = performance.now();
    // http.Server#close also closes idle keep-alive connections at once (Node 19+), where a request may
    // already be on its way: only the listening socket is closed here; connections are closed below.
    net.Server.prototype.close.call(this.server);
    const deadline = performance.now() + graceMs;
    while (performance.now() < deadline && (this.inFlight > 0 || performance.now() - this.lastActivity < QUIET_MS)) {
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    this.server.closeIdleConnections();
    while (performance.now() < deadline && this.inFlight > 0) await new Promise((resolve) => setTimeout(resolve, 25));
    this.server.closeAllConnections();
  }
}
