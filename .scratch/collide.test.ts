import { COUNTRIES, COUNTRY_ALIASES } from "../src/reference/countries";
import { foldForMatching } from "../src/reference/normalize";
import { CountryMatcher } from "../src/reference/country-matcher";
it("x", () => {
  const by = new Map<string, Set<string>>();
  for (const c of COUNTRIES) for (const n of c.names) { const f = foldForMatching(n); if (!by.has(f)) by.set(f, new Set()); by.get(f)!.add(c.code); }
  const out: string[] = [];
  for (const [n, s] of by) if (s.size > 1) out.push(n + " => " + [...s].join(","));
  console.log(out.join("\n"));
  const m = new CountryMatcher();
  const bad: string[] = [];
  for (const [code, names] of Object.entries(COUNTRY_ALIASES)) for (const n of names) if (m.codeOf(n) !== code) bad.push(`${code} ${n} -> ${m.codeOf(n)}`);
  console.log("alias bad:\n" + bad.join("\n"));
  console.log(COUNTRIES.length, Math.max(...[...by.keys()].map(k=>k.split(" ").length)));
  const oneWord = [...by.keys()].filter(k => !k.includes(" ") && k.length<4);
  console.log(oneWord.join(","));
});
