import { ProgressLine } from "../../src/import/progress-line";

describe("the progress line of a long import", () => {
  function progressAt(times: number[]) {
    const written: string[] = [];
    const clock = [...times];
    const line = new ProgressLine({ write: (text: string) => written.push(text) > 0 }, () => clock.shift() ?? 0);
    return { line, written };
  }

  it("tells pages done, pages a second and time left, rewriting itself in place", () => {
    const { line, written } = progressAt([0, 10_000, 70_000]);
    line.update(15_000, 70_000);
    line.update(60_000, 70_000);
    expect(written).toEqual(["\r\x1b[K15000/70000 pages, 1500 pages/s, 37s left", "\r\x1b[K60000/70000 pages, 857 pages/s, 12s left"]);
  });

  it("shows minutes past a minute left", () => {
    const { line, written } = progressAt([0, 10_000]);
    line.update(1_000, 70_000);
    expect(written).toEqual(["\r\x1b[K1000/70000 pages, 100 pages/s, 11m30s left"]);
  });

  it("redraws at most four times a second, and clears itself only when shown", () => {
    const { line, written } = progressAt([0, 1_000, 1_100, 1_300]);
    line.clear();
    line.update(100, 1_000);
    line.update(110, 1_000);
    line.update(130, 1_000);
    line.clear();
    expect(written).toEqual(["\r\x1b[K100/1000 pages, 100 pages/s, 9s left", "\r\x1b[K130/1000 pages, 100 pages/s, 9s left", "\r\x1b[K"]);
  });
});
