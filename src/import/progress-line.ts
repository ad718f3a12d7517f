/** The minimum time between two redraws: a terminal needs no more, and each redraw costs a write. */
const REDRAW_INTERVAL_MS = 250;

function duration(seconds: number): string {
  const rounded = Math.round(seconds);
  return rounded < 60 ? `${rounded}s` : `${Math.floor(rounded / 60)}m${String(rounded % 60).padStart(2, "0")}s`;
}

/**
 * One line on a terminal, rewritten in place, telling how far a long import is: pages done, pages
 * a second, time left. Other output clears it first, so that it never ends up inside a report line.
 */
export class ProgressLine {
  private readonly started: number;
  private lastDrawn = 0;
  private shown = false;

  constructor(
    private readonly terminal: Pick<NodeJS.WritableStream, "write">,
    private readonly now: () => number = Date.now,
  ) {
    this.started = now();
  }

  update(done: number, total: number): void {
    const now = this.now();
    if (now - this.lastDrawn < REDRAW_INTERVAL_MS || done === 0) return;
    this.lastDrawn = now;
    const seconds = (now - this.started) / 1000;
    const rate = done / seconds;
    this.terminal.write(`\r\x1b[K${done}/${total} pages, ${Math.round(rate)} pages/s, ${duration((total - done) / rate)} left`);
    this.shown = true;
  }

  clear(): void {
    if (this.shown) this.terminal.write("\r\x1b[K");
    this.shown = false;
    this.lastDrawn = 0;
  }
}
