import type { PoolUse } from "../db/database";
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";

/** How a bulk export ended: as a GraphQL request can, or with its client gone before the last row. */
export type ExportOutcome = "ok" | "client_error" | "server_error" | "unavailable" | "client_closed";

/** Operation names come from clients: past this many distinct ones, new names are counted as "other". */
const MAX_OPERATION_NAMES = 200;
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

/**
 * The service's Prometheus metrics, in a registry of its own (one per server, so that tests can
 * start several): requests by operation and outcome, latency, errors by code, SQL statements and
 * their latency, loader batch sizes, database pool use, and Node's process metrics.
 */
export class Metrics {
  readonly registry = new Registry();
  private readonly operationNames = new Set<string>();

  private readonly requests = new Counter({
    name: "iom_graphql_requests_total",
    help: "GraphQL requests, by operation name and outcome (ok, client_error, server_error, unavailable).",
    labelNames: ["operation", "outcome"] as const,
    registers: [this.registry],
  });

  private readonly latency = new Histogram({
    name: "iom_graphql_request_duration_seconds",
    help: "Time from a GraphQL request's start to its response, by operation name.",
    labelNames: ["operation"] as const,
    buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  private readonly errors = new Counter({
    name: "iom_graphql_errors_total",
    help: "Errors in GraphQL responses, by extensions.code.",
    labelNames: ["code"] as const,
    registers: [this.registry],
  });

  private readonly statements = new Histogram({
    name: "iom_sql_statement_duration_seconds",
    help: "SQL statements sent to the database and their duration (count: statements sent).",
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1, 5],
    registers: [this.registry],
  });

  private readonly executions = new Counter({
    name: "iom_graphql_executions_total",
    help: "GraphQL executions by executor: compiled (graphql-jit), or graphql-js with the reason it was used.",
    labelNames: ["executor", "reason"] as const,
    registers: [this.registry],
  });

  private readonly exports = new Counter({
    name: "iom_export_requests_total",
    help: "Bulk exports (GET /export/...), by list, format and outcome (ok, client_error, server_error, unavailable, client_closed).",
    labelNames: ["list", "format", "outcome"] as const,
    registers: [this.registry],
  });

  private readonly exportLatency = new Histogram({
    name: "iom_export_request_duration_seconds",
    help: "Time from a bulk export's start to its last row written, or to its end otherwise, by list and format.",
    labelNames: ["list", "format"] as const,
    buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
    registers: [this.registry],
  });

  private readonly exportedRows = new Counter({
    name: "iom_export_rows_total",
    help: "Rows written by bulk exports, by list.",
    labelNames: ["list"] as const,
    registers: [this.registry],
  });

  private readonly batches = new Histogram({
    name: "iom_loader_batch_size",
    help: "Keys per DataLoader batch: how many parents one statement serves.",
    buckets: [1, 2, 5, 10, 20, 50, 100, 200, 500],
    registers: [this.registry],
  });

  constructor(poolUse: () => PoolUse | null) {
    collectDefaultMetrics({ register: this.registry, prefix: "iom_" });
    const pool = new Gauge({
      name: "iom_db_pool_connections",
      help: "Database pool connections by state (total, idle, and requests waiting for one); absent on the embedded database.",
      labelNames: ["state"] as const,
      registers: [this.registry],
      collect() {
        const use = poolUse();
        if (!use) return;
        pool.set({ state: "total" }, use.total);
        pool.set({ state: "idle" }, use.idle);
        pool.set({ state: "waiting" }, use.waiting);
      },
    });
  }

  /** The label for a client's operation name, bounded in number. */
  operationLabel(name: string | null | undefined): string {
    if (!name) return "anonymous";
    if (!OPERATION_NAME.test(name)) return "other";
    if (this.operationNames.has(name)) return name;
    if (this.operationNames.size >= MAX_OPERATION_NAMES) return "other";
    this.operationNames.add(name);
    return name;
  }

  recordRequest(
    operation: string,
    outcome: "ok" | "client_error" | "server_error" | "unavailable",
    seconds: number,
    errorCodes: readonly string[],
  ): void {
    this.requests.inc({ operation, outcome });
    this.latency.observe({ operation }, seconds);
    for (const code of errorCodes) this.errors.inc({ code });
  }

  recordExport(list: string, format: string, outcome: ExportOutcome, seconds: number, rows: number): void {
    this.exports.inc({ list, format, outcome });
    this.exportLatency.observe({ list, format }, seconds);
    this.exportedRows.inc({ list }, rows);
  }

  recordStatement(seconds: number): void {
    this.statements.observe(seconds);
  }

  recordExecution(executor: "compiled" | "graphql-js", reason = ""): void {
    this.executions.inc({ executor, reason });
  }

  recordBatch(size: number): void {
    this.batches.observe(size);
  }
}
