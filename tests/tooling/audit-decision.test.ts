import { decideAudit } from "../../scripts/audit-decision";

const report = (vulnerabilities: Record<string, { severity: string }>, counts: Record<string, number>): string =>
  JSON.stringify({
    auditReportVersion: 2,
    vulnerabilities: Object.fromEntries(Object.entries(vulnerabilities).map(([name, entry]) => [name, { name, isDirect: true, via: [], ...entry }])),
    metadata: { vulnerabilities: { info: 0, low: 0, moderate: 0, high: 0, critical: 0, total: 0, ...counts }, dependencies: { prod: 120 } },
  });

describe("npm audit decision", () => {
  it("passes a report with only low and moderate advisories", () => {
    const outcome = decideAudit(report({ lodash: { severity: "moderate" } }, { moderate: 1, low: 2, total: 3 }));
    expect(outcome).toEqual({ kind: "clean", counts: { info: 0, low: 2, moderate: 1, high: 0, critical: 0 } });
  });

  it("blocks on a high or critical advisory and names the packages", () => {
    const outcome = decideAudit(report({ jszip: { severity: "high" }, pako: { severity: "critical" }, lie: { severity: "low" } }, { high: 1, critical: 1, low: 1, total: 3 }));
    expect(outcome).toEqual({ kind: "blocking", counts: { info: 0, low: 1, moderate: 0, high: 1, critical: 1 }, packages: ["jszip (high)", "pako (critical)"] });
  });

  it("never reads an unreachable advisory service as a clean result", () => {
    const answer = JSON.stringify({ message: "405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk", statusCode: 405, body: "", error: { summary: "", detail: "" } });
    const outcome = decideAudit(answer);
    expect(outcome.kind).toBe("unreachable");
    expect(outcome.kind === "unreachable" && outcome.reason).toContain("HTTP 405");
  });

  it("reports output that is not JSON as not checked", () => {
    expect(decideAudit("npm ERR! network").kind).toBe("unreachable");
    expect(decideAudit("").kind).toBe("unreachable");
  });
});
