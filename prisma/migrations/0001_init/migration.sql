-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "ProjectStatus" AS ENUM ('ACTIVE', 'COMPLETED');

-- CreateEnum
CREATE TYPE "Coverage" AS ENUM ('NATIONAL', 'REGIONAL', 'MULTI_REGIONAL', 'GLOBAL');

-- CreateEnum
CREATE TYPE "Language" AS ENUM ('FR', 'EN', 'ES');

-- CreateEnum
CREATE TYPE "CountryRole" AS ENUM ('BENEFICIARY', 'OTHER_BENEFITING');

-- CreateTable
CREATE TABLE "Region" (
    "code" TEXT NOT NULL,
    "nameFr" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "nameEs" TEXT NOT NULL,

    CONSTRAINT "Region_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "MemberState" (
    "code" CHAR(2) NOT NULL,
    "iso3" CHAR(3) NOT NULL,
    "nameFr" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "nameEs" TEXT NOT NULL,
    "regionCode" TEXT,

    CONSTRAINT "MemberState_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "ProjectType" (
    "code" TEXT NOT NULL,
    "nameFr" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "nameEs" TEXT NOT NULL,

    CONSTRAINT "ProjectType_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Project" (
    "code" TEXT NOT NULL,
    "primaId" TEXT,
    "status" "ProjectStatus" NOT NULL,
    "projectTypeCode" TEXT,
    "budgetUsd" DECIMAL(14,2),
    "coverage" "Coverage",
    "allocationYear" INTEGER,
    "startYear" INTEGER,
    "endYear" INTEGER,
    "regionCode" TEXT,
    "sourceLanguage" "Language" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Project_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "ProjectText" (
    "projectCode" TEXT NOT NULL,
    "language" "Language" NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,

    CONSTRAINT "ProjectText_pkey" PRIMARY KEY ("projectCode","language")
);

-- CreateTable
CREATE TABLE "ProjectCountry" (
    "projectCode" TEXT NOT NULL,
    "memberStateCode" CHAR(2) NOT NULL,
    "role" "CountryRole" NOT NULL,

    CONSTRAINT "ProjectCountry_pkey" PRIMARY KEY ("projectCode","memberStateCode","role")
);

-- CreateTable
CREATE TABLE "NewsArticle" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT,
    "body" TEXT NOT NULL,
    "publishedAt" TIMESTAMP(3),
    "contact" TEXT,
    "sourceLanguage" "Language" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "NewsArticle_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NewsCountry" (
    "newsId" TEXT NOT NULL,
    "memberStateCode" CHAR(2) NOT NULL,

    CONSTRAINT "NewsCountry_pkey" PRIMARY KEY ("newsId","memberStateCode")
);

-- CreateTable
CREATE TABLE "NewsProject" (
    "newsId" TEXT NOT NULL,
    "projectCode" TEXT NOT NULL,

    CONSTRAINT "NewsProject_pkey" PRIMARY KEY ("newsId","projectCode")
);

-- CreateIndex
CREATE UNIQUE INDEX "MemberState_iso3_key" ON "MemberState"("iso3");

-- CreateIndex
CREATE INDEX "MemberState_regionCode_idx" ON "MemberState"("regionCode");

-- CreateIndex
CREATE UNIQUE INDEX "Project_primaId_key" ON "Project"("primaId");

-- CreateIndex
CREATE INDEX "Project_status_idx" ON "Project"("status");

-- CreateIndex
CREATE INDEX "Project_regionCode_idx" ON "Project"("regionCode");

-- CreateIndex
CREATE INDEX "Project_projectTypeCode_idx" ON "Project"("projectTypeCode");

-- CreateIndex
CREATE INDEX "Project_allocationYear_idx" ON "Project"("allocationYear");

-- CreateIndex
CREATE INDEX "Project_startYear_idx" ON "Project"("startYear");

-- CreateIndex
CREATE INDEX "Project_endYear_idx" ON "Project"("endYear");

-- CreateIndex
CREATE INDEX "ProjectCountry_memberStateCode_role_idx" ON "ProjectCountry"("memberStateCode", "role");

-- CreateIndex
CREATE INDEX "NewsArticle_publishedAt_idx" ON "NewsArticle"("publishedAt");

-- CreateIndex
CREATE INDEX "NewsCountry_memberStateCode_idx" ON "NewsCountry"("memberStateCode");

-- CreateIndex
CREATE INDEX "NewsProject_projectCode_idx" ON "NewsProject"("projectCode");

-- AddForeignKey
ALTER TABLE "MemberState" ADD CONSTRAINT "MemberState_regionCode_fkey" FOREIGN KEY ("regionCode") REFERENCES "Region"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_projectTypeCode_fkey" FOREIGN KEY ("projectTypeCode") REFERENCES "ProjectType"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_regionCode_fkey" FOREIGN KEY ("regionCode") REFERENCES "Region"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectText" ADD CONSTRAINT "ProjectText_projectCode_fkey" FOREIGN KEY ("projectCode") REFERENCES "Project"("code") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectCountry" ADD CONSTRAINT "ProjectCountry_projectCode_fkey" FOREIGN KEY ("projectCode") REFERENCES "Project"("code") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectCountry" ADD CONSTRAINT "ProjectCountry_memberStateCode_fkey" FOREIGN KEY ("memberStateCode") REFERENCES "MemberState"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NewsCountry" ADD CONSTRAINT "NewsCountry_newsId_fkey" FOREIGN KEY ("newsId") REFERENCES "NewsArticle"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NewsCountry" ADD CONSTRAINT "NewsCountry_memberStateCode_fkey" FOREIGN KEY ("memberStateCode") REFERENCES "MemberState"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NewsProject" ADD CONSTRAINT "NewsProject_newsId_fkey" FOREIGN KEY ("newsId") REFERENCES "NewsArticle"("id") ON DELETE CASCADE ON UPDATE CASCADE;

