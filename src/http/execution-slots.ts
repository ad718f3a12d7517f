/**
 * At most `limit` GraphQL executions at a time; the others wait their turn, in order, without
 * using the processor. A request runs on one thread: past a few at once, more concurrency only
 * lengthens each turn of the event loop (probes and new connections wait behind every running
 * request) and holds more answers in memory, for no more throughput.
 */
export class ExecutionSlots {
  private running = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(private readonly limit: number) {}

  /** Requests waiting for a slot, for metrics. */
  get queued(): number {
    return this.waiting.length;
  }

  async run<Value>(work: () => Promise<Value>): Promise<Value> {
    if (this.running >= this.limit) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.running += 1;
    try {
      return await work();
    } finally {
      this.running -= 1;
      this.waiting.shift()?.();
    }
  }
}
