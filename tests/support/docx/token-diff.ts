/**
 * Where two versions of an XML text differ, tag by tag: the texts are split before each "<" and compared with Myers'
 * O(ND) diff, giving the hunks (runs of removed and added tokens). For small edits of big parts (D in the hundreds).
 */
export interface Hunk {
  /** Offset in the old text where the hunk starts. */
  at: number;
  removed: string[];
  added: string[];
}

export function tokens(text: string): string[] {
  return text.split(/(?=<)/);
}

export function tokenDiff(before: string, after: string, maxEdits = 5000): Hunk[] {
  const a = tokens(before);
  const b = tokens(after);
  const n = a.length;
  const m = b.length;
  const offset = maxEdits + 1;
  let v = new Int32Array(2 * offset + 1);
  const trace: Int32Array[] = [];
  let found = -1;
  for (let d = 0; d <= maxEdits && found < 0; d++) {
    trace.push(v.slice());
    const next = v.slice();
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      next[offset + k] = x;
      if (x >= n && y >= m) {
        found = d;
        break;
      }
    }
    v = next;
  }
  if (found < 0) throw new Error(`more than ${maxEdits} token edits`);
  // Walk back through the trace to the edit script.
  const script: ("=" | "-" | "+")[] = [];
  let x = n;
  let y = m;
  for (let d = found; d > 0; d--) {
    const previous = trace[d]!;
    const k = x - y;
    const down = k === -d || (k !== d && previous[offset + k - 1]! < previous[offset + k + 1]!);
    const previousK = down ? k + 1 : k - 1;
    const previousX = previous[offset + previousK]!;
    const previousY = previousX - previousK;
    while (x > previousX && y > previousY) {
      script.push("=");
      x--;
      y--;
    }
    script.push(down ? "+" : "-");
    if (down) y--;
    else x--;
  }
  while (x > 0 && y > 0) {
    script.push("=");
    x--;
    y--;
  }
  script.reverse();
  const hunks: Hunk[] = [];
  let i = 0;
  let j = 0;
  let position = 0;
  let current: Hunk | null = null;
  for (const step of script) {
    if (step === "=") {
      current = null;
      position += a[i]!.length;
      i++;
      j++;
      continue;
    }
    if (!current) {
      current = { at: position, removed: [], added: [] };
      hunks.push(current);
    }
    if (step === "-") {
      current.removed.push(a[i]!);
      position += a[i]!.length;
      i++;
    } else current.added.push(b[j++]!);
  }
  return hunks;
}
