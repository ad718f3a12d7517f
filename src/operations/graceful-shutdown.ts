import type http from "node:http";
import net from "node:net";

/** How long without a new connection or request before the server stops listening, and before it closes idle connections. */
const QUIET_MS = 300;

/**
 * Stops an HTTP server without dropping a request it was sent:
 * 1. it keeps listening until no connection has arrived for a moment: connections a client opened
 *    just before the stop may still wait in the kernel's backlog, and closing the listening socket
 *    would reset them (readiness already says "stopping", so balancers send nothing new);
 * 2. it stops listening, answers every request that arrives on open connections (each answer now
 *    closes its connection), and waits until none is running or arriving;
 * 3. it closes idle connections; past `graceMs` from the start, whatever is still open is closed.
 */
export class GracefulShutdown {
  private inFlight = 0;
  private lastActivity = 0;
  private stopping = false;

  constructor(private readonly server: http.Server) {
    server.on("connection", () => {
      this.lastActivity = performance.now();
    });
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
    const deadline = performance.now() + graceMs;
    const quietFor = async (busy: () => boolean) => {
      while (performance.now() < deadline && (busy() || performance.now() - this.lastActivity < QUIET_MS)) {
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    };
    await quietFor(() => false);
    // http.Server#close would also close idle keep-alive connections at once (Node 19+), where a request
    // may already be on its way: only the listening socket is closed here.
    net.Server.prototype.close.call(this.server);
    await quietFor(() => this.inFlight > 0);
    this.server.closeIdleConnections();
    while (performance.now() < deadline && this.inFlight > 0) await new Promise((resolve) => setTimeout(resolve, 25));
    this.server.closeAllConnections();
  }
}
