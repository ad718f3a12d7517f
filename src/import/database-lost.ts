import { driverMessageOf } from "../db/database-errors";

/** The database cannot be reached, or went away during an import (server stopped, connection cut, database dropped). */
export class DatabaseLostError extends Error {
  constructor(readonly reason: unknown) {
    super(`the database cannot be reached: ${driverMessageOf(reason)}`);
  }
}
