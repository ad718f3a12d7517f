import { COUNTRIES } from "../src/reference/countries";
import { CountryMatcher } from "../src/reference/country-matcher";
import { foldForMatching } from "../src/reference/normalize";
it("x", () => {
  const out: string[] = [];
  for (const c of COUNTRIES) for (const n of c.names) {
    if (foldForMatching(n).split(" ").length < 2) continue;
    const others = COUNTRIES.map(d => ({ ...d, names: d.names.filter(x => foldForMatching(x) !== foldForMatching(n)) }));
    const r = new CountryMatcher(others).matchList(n);
    if (r.ok) out.push(`${n} (${c.code}) = ${r.codes.join("+")}`);
  }
  console.log(out.join("\n"));
});
