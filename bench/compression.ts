import http from "node:http";
import { CONNECTIONS, throughputByConnections } from "./load";
import { failedNote, tableLine } from "./table";

const CODINGS = ["identity", "gzip", "br"];

/** The bytes of one answer as they cross the wire, and the coding the service chose. */
function answerOnTheWire(url: string, body: string, acceptEncoding: string): Promise<{ bytes: number; coding: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      { method: "POST", headers: { "content-type": "application/json", "accept-encoding": acceptEncoding } },
      (response) => {
        let bytes = 0;
        response.on("data", (chunk: Buffer) => (bytes += chunk.length));
        response.on("end", () => resolve({ bytes, coding: response.headers["content-encoding"] ?? "identity" }));
        response.on("error", reject);
      },
    );
    request.on("error", reject);
    request.end(body);
  });
}

/**
 * What compressing a GraphQL answer costs and saves: for each Accept-Encoding, the bytes of the answer
 * on the wire, and requests a second from another process that decodes them, as clients do.
 */
export async function benchmarkCompression(url: string, body: string, serverPid: number): Promise<void> {
  const columns = ["bytes", ...CONNECTIONS.map((connections) => `req/s c${connections}`), "RSS MB"];
  console.log(`\n${tableLine("headline view by Accept-Encoding", columns)}`);
  for (const acceptEncoding of CODINGS) {
    const { bytes, coding } = await answerOnTheWire(url, body, acceptEncoding);
    if (coding !== acceptEncoding) throw new Error(`Asked for ${acceptEncoding}, answered in ${coding}: is COMPRESSION off?`);
    const load = await throughputByConnections(url, body, acceptEncoding, serverPid);
    const cells = [String(bytes), ...load.perSecond.map((perSecond) => perSecond.toFixed(0)), load.rssMb.toFixed(0)];
    console.log(`${tableLine(acceptEncoding, cells)}${failedNote(load.failed)}`);
  }
}
