// The Prisma CLI reads `engineType = "client"` only when every env() in the schema resolves;
// without this fallback it silently tries to download the native engine (unreachable offline).
process.env.DATABASE_URL ??= "postgresql://postgres@127.0.0.1:5432/postgres";

import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema.prisma",
  async adapter() {
    return new PrismaPg({ connectionString: process.env.DATABASE_URL });
  },
});
