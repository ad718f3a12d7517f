-- One index per ordering the API offers, ending on the code as every ordering does, so that a page
-- of projects in any order is read by walking an index and stopping after it. Nulls come last in
-- both directions (NULLS LAST, which Prisma's schema cannot say): ascending orders walk the first
-- index of each pair, descending orders the second; backward pages walk them from the other end.

DROP INDEX "Project_allocationYear_idx";
DROP INDEX "Project_startYear_idx";
DROP INDEX "Project_endYear_idx";
DROP INDEX "Project_budgetUsd_idx";
DROP INDEX "Project_sortTitle_idx";

CREATE INDEX "Project_allocationYear_asc_code_idx" ON "Project"("allocationYear" ASC NULLS LAST, "code");
CREATE INDEX "Project_allocationYear_desc_code_idx" ON "Project"("allocationYear" DESC NULLS LAST, "code");
CREATE INDEX "Project_startYear_asc_code_idx" ON "Project"("startYear" ASC NULLS LAST, "code");
CREATE INDEX "Project_startYear_desc_code_idx" ON "Project"("startYear" DESC NULLS LAST, "code");
CREATE INDEX "Project_endYear_asc_code_idx" ON "Project"("endYear" ASC NULLS LAST, "code");
CREATE INDEX "Project_endYear_desc_code_idx" ON "Project"("endYear" DESC NULLS LAST, "code");
CREATE INDEX "Project_budgetUsd_asc_code_idx" ON "Project"("budgetUsd" ASC NULLS LAST, "code");
CREATE INDEX "Project_budgetUsd_desc_code_idx" ON "Project"("budgetUsd" DESC NULLS LAST, "code");
CREATE INDEX "Project_sortTitle_code_idx" ON "Project"("sortTitle", "code");
