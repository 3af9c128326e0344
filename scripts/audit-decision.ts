/**
 * What `npm audit --omit=dev --json` said, decided: a high or critical advisory in a runtime dependency fails;
 * an advisory service that cannot be reached is reported as "not checked" (never as "no advisories").
 */
export type AuditOutcome =
  | { kind: "clean"; counts: SeverityCounts }
  | { kind: "blocking"; counts: SeverityCounts; packages: string[] }
  | { kind: "unreachable"; reason: string };

export interface SeverityCounts {
  info: number;
  low: number;
  moderate: number;
  high: number;
  critical: number;
}

const BLOCKING_SEVERITIES = new Set(["high", "critical"]);

interface AuditReport {
  metadata?: { vulnerabilities?: Partial<SeverityCounts> };
  vulnerabilities?: Record<string, { severity?: string }>;
  message?: string;
  statusCode?: number;
  error?: unknown;
}

export function decideAudit(json: string): AuditOutcome {
  let report: AuditReport;
  try {
    report = JSON.parse(json) as AuditReport;
  } catch {
    return { kind: "unreachable", reason: "npm audit did not print a JSON report" };
  }
  const found = report.metadata?.vulnerabilities;
  if (!found || report.error !== undefined) {
    const status = report.statusCode !== undefined ? ` (HTTP ${report.statusCode})` : "";
    return { kind: "unreachable", reason: `the advisory service did not answer${status}: ${report.message ?? "no report"}` };
  }
  const counts: SeverityCounts = { info: found.info ?? 0, low: found.low ?? 0, moderate: found.moderate ?? 0, high: found.high ?? 0, critical: found.critical ?? 0 };
  const packages = Object.entries(report.vulnerabilities ?? {})
    .filter(([, entry]) => BLOCKING_SEVERITIES.has(entry.severity ?? ""))
    .map(([name, entry]) => `${name} (${entry.severity})`)
    .sort();
  return counts.high + counts.critical > 0 ? { kind: "blocking", counts, packages } : { kind: "clean", counts };
}
