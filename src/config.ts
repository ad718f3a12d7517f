import path from "node:path";
import { z } from "zod";
import { PROJECT_ROOT, SAMPLE_PAGES_DIR } from "./paths";

/** Limits on a PostgreSQL server's connections: a request waits on neither a dead server nor a stuck statement for long. */
export interface PostgresLimits {
  /** Connections in the pool. */
  poolSize: number;
  /** How long opening a connection (or waiting for a free one) may take. */
  connectTimeoutMs: number;
  /** How long one statement may run before PostgreSQL cancels it. */
  statementTimeoutMs: number;
}

export const DEFAULT_POSTGRES_LIMITS: PostgresLimits = { poolSize: 10, connectTimeoutMs: 3_000, statementTimeoutMs: 5_000 };

/** Where the data lives: a PostgreSQL server, or PGlite in-process (in a folder, or in memory). */
export type DatabaseConfig =
  | ({ kind: "postgres"; url: string } & PostgresLimits)
  | {
      kind: "pglite";
      dataDir: string | null;
      /** A dumped data directory (PGlite's dumpDataDir) to start a new database from, instead of initdb. */
      template?: Blob;
    };

/** Browser origins allowed to read answers: any (a public read API, no credentials), or a list. */
export type AllowedOrigins = "any" | readonly string[];

/**
 * Compression of answers made per request (GraphQL answers, streamed bodies), when clients accept it.
 * The explorer's files are compressed at build time and served so whatever this says: they cost nothing.
 */
export interface AnswerCompression {
  /** Off behind a proxy that compresses, to spend the service's processor on answers alone. */
  enabled: boolean;
  /** Answers smaller than this go as they are: below a packet or two, compressing saves no time. */
  minBytes: number;
}

export const DEFAULT_ANSWER_COMPRESSION: AnswerCompression = { enabled: true, minBytes: 1024 };

export interface AppConfig {
  database: DatabaseConfig;
  port: number;
  /** Interface to listen on: loopback by default, 0.0.0.0 to serve other machines. */
  host: string;
  /** Serve the in-browser explorer at /graphql: on in development, off in production unless EXPLORER=on. */
  explorer: boolean;
  /** Origins whose pages may call the API from a browser (CORS). */
  allowedOrigins: AllowedOrigins;
  /** Pages imported into an empty embedded database on first start. */
  samplePagesDir: string;
  /** How long a request may take before it is answered with a timeout error. */
  requestTimeoutMs: number;
  /** GraphQL executions run at once; more wait their turn. */
  maxConcurrentExecutions: number;
  /** A port of its own for the probes, answered by a thread of its own; null for none. */
  probePort: number | null;
  /** Redis, for a cache of persisted queries shared by instances; null keeps it in each instance's memory. */
  redisUrl: string | null;
  /** How long a stopping server waits for requests already received before it closes anyway. */
  shutdownGraceMs: number;
  compression: AnswerCompression;
  logLevel: "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";
}

export class ConfigError extends Error {}

/** "https://a.example, http://localhost:3000" → each checked to be a bare origin, the form browsers send. */
const originListSchema = z
  .string()
  .transform((value) =>
    value
      .split(",")
      .map((origin) => origin.trim())
      .filter((origin) => origin !== ""),
  )
  .superRefine((origins, context) => {
    if (origins.length === 0) context.addIssue({ code: "custom", message: "lists no origin; leave it unset to allow any origin" });
    for (const origin of origins) {
      if (!URL.canParse(origin) || new URL(origin).origin !== origin) {
        context.addIssue({
          code: "custom",
          message: `"${origin}" is not an origin: write scheme://host[:port], lowercase, without a path or trailing slash`,
        });
      }
    }
  });

const environmentSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgresql:// URL")
    .optional(),
  PGLITE_DATA_DIR: z
    .string()
    .min(1)
    .default(path.join(PROJECT_ROOT, ".data", "pglite")),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().min(1).default("127.0.0.1"),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(1000).default(DEFAULT_POSTGRES_LIMITS.poolSize),
  DB_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).default(DEFAULT_POSTGRES_LIMITS.connectTimeoutMs),
  DB_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).default(DEFAULT_POSTGRES_LIMITS.statementTimeoutMs),
  REQUEST_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
  MAX_CONCURRENT_EXECUTIONS: z.coerce.number().int().min(1).max(1000).default(8),
  PROBE_PORT: z.coerce.number().int().min(0).max(65535).optional(),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, "must be a redis:// or rediss:// URL")
    .optional(),
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).default(10_000),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  CORS_ORIGINS: originListSchema.optional(),
  EXPLORER: z.enum(["on", "off"]).optional(),
  COMPRESSION: z.enum(["on", "off"]).default("on"),
  COMPRESSION_MIN_BYTES: z.coerce
    .number()
    .int()
    .min(0)
    .max(10 * 1024 * 1024)
    .default(DEFAULT_ANSWER_COMPRESSION.minBytes),
});

/** Reads and validates the environment once; nothing below this module reads process.env. */
export function loadConfig(environment: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = environmentSchema.safeParse(environment);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n  ${problems.join("\n  ")}`);
  }
  const env = parsed.data;
  return {
    database: env.DATABASE_URL
      ? {
          kind: "postgres",
          url: env.DATABASE_URL,
          poolSize: env.DB_POOL_SIZE,
          connectTimeoutMs: env.DB_CONNECT_TIMEOUT_MS,
          statementTimeoutMs: env.DB_STATEMENT_TIMEOUT_MS,
        }
      : { kind: "pglite", dataDir: env.PGLITE_DATA_DIR === "memory" ? null : env.PGLITE_DATA_DIR },
    port: env.PORT,
    host: env.HOST,
    explorer: env.EXPLORER ? env.EXPLORER === "on" : env.NODE_ENV !== "production",
    allowedOrigins: env.CORS_ORIGINS ?? "any",
    samplePagesDir: SAMPLE_PAGES_DIR,
    requestTimeoutMs: env.REQUEST_TIMEOUT_MS,
    maxConcurrentExecutions: env.MAX_CONCURRENT_EXECUTIONS,
    probePort: env.PROBE_PORT ?? null,
    redisUrl: env.REDIS_URL ?? null,
    shutdownGraceMs: env.SHUTDOWN_GRACE_MS,
    compression: { enabled: env.COMPRESSION === "on", minBytes: env.COMPRESSION_MIN_BYTES },
    logLevel: env.LOG_LEVEL,
  };
}
