/** Shared shapes and helpers of the benchmark suites. */
export interface BenchTable {
  columns: string[];
  rows: (string | number)[][];
  notes?: string[];
}

export interface BenchSuite {
  title: string;
  run(): Promise<BenchTable>;
}

export function renderMarkdown(title: string, table: BenchTable): string {
  const header = `| ${table.columns.join(" | ")} |`;
  const rule = `| ${table.columns.map(() => "---").join(" | ")} |`;
  const body = table.rows.map((row) => `| ${row.map(String).join(" | ")} |`);
  const notes = (table.notes ?? []).map((note) => `- ${note}`);
  return [`## ${title}`, "", header, rule, ...body, "", ...notes, ""].join("\n");
}

/** Median wall time in milliseconds of `repeat` runs of fn (after one warm-up run). */
export async function medianMs(fn: () => unknown, repeat = 5): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let index = 0; index < repeat; index++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return Math.round(times[Math.floor(times.length / 2)]! * 100) / 100;
}

export function ratio(value: number, base: number): string {
  return base === 0 ? "–" : `${(value / base).toFixed(2)}×`;
}
