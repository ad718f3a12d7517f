import path from "node:path";
import { SAMPLE_PAGES_DIR } from "../../src/paths";

/** The five sample pages (data/pages), as the service loads them into an empty embedded database. */
export const SAMPLE_PAGES = SAMPLE_PAGES_DIR;

/** One sample page's path. */
export const samplePage = (file: string) => path.join(SAMPLE_PAGES, file);

/** Sample page 001, project PO.0201, with what it says (the expected answers of several tests). */
export const PO_0201 = {
  file: "001_d1ca3eb0415ae2bb.txt",
  /** Its seven eligible beneficiary member states, in code order. */
  beneficiaries: ["AR", "BO", "CO", "EC", "GY", "PE", "PY"],
};
