/** The content codings the service answers in, besides none ("identity"). */
export type ContentCoding = "br" | "gzip";

// On equal weights brotli wins: at the levels used here it is as fast as gzip and its answers smaller.
const CODINGS_BY_PREFERENCE: readonly ContentCoding[] = ["br", "gzip"];

/** What a request's Accept-Encoding allows. */
export interface AcceptedCodings {
  /** The coding to answer in, or null when the client asks for none, or prefers the answer as it is. */
  coding: ContentCoding | null;
  /** False when the client refused an answer without coding (`identity;q=0`, or `*;q=0` without identity). */
  identityAcceptable: boolean;
}

// RFC 9110 qvalue: 0 to 1 with up to three decimals.
const QVALUE = /^(?:0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/;

/** Each listed coding's weight, lowercased; an entry with a malformed weight is ignored, as if not sent. */
function weightsOf(acceptEncoding: string): Map<string, number> {
  const weights = new Map<string, number>();
  for (const entry of acceptEncoding.split(",")) {
    const [name = "", ...parameters] = entry.split(";").map((part) => part.trim());
    if (name === "") continue;
    const q = parameters.map((parameter) => /^q\s*=\s*(.*)$/i.exec(parameter)?.[1]).find((value) => value !== undefined);
    if (q !== undefined && !QVALUE.test(q)) continue;
    weights.set(name.toLowerCase(), q === undefined ? 1 : Number(q));
  }
  return weights;
}

/**
 * Reads Accept-Encoding as RFC 9110 (12.5.3) does: weights (q) rank codings, `*` stands for codings not
 * listed, and identity is acceptable unless refused, ranked below every listed coding unless it has a
 * weight of its own. No header means no coding: a client that does not say it decodes gets the answer as it is.
 */
export function acceptedCodings(acceptEncoding: string | undefined): AcceptedCodings {
  const weights = weightsOf(acceptEncoding ?? "");
  const anyOther = weights.get("*");
  const weightOf = (coding: ContentCoding) => weights.get(coding) ?? anyOther ?? 0;
  const best = CODINGS_BY_PREFERENCE.reduce((chosen, coding) => (weightOf(coding) > weightOf(chosen) ? coding : chosen));
  const identity = weights.get("identity");
  const preferredToIdentity = weightOf(best) > 0 && (identity === undefined || weightOf(best) >= identity);
  return {
    coding: preferredToIdentity ? best : null,
    identityAcceptable: identity !== undefined ? identity > 0 : anyOther !== 0,
  };
}
