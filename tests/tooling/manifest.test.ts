import { existsSync, mkdtempSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ICONS, renderIcon } from "../../scripts/icon-drawing";
import { REPO_ROOT, XSD_DIR, checkConsistency, checkSchema, defaultContext } from "../../scripts/manifest-checks";
import { decodeOwnPng, encodePng } from "../../scripts/png";

const manifest = readFileSync(join(REPO_ROOT, "manifest.xml"), "utf8");

describe("manifest.xml against the offline XSD (xmllint)", () => {
  const withSchema = existsSync(XSD_DIR) ? test : test.skip;
  if (!existsSync(XSD_DIR)) console.warn(`manifest schema tests skipped: ${XSD_DIR} is absent`);

  withSchema("is valid", () => {
    expect(checkSchema(manifest)).toEqual({ kind: "valid" });
  });

  withSchema("a manifest without <Permissions> is rejected", () => {
    const outcome = checkSchema(manifest.replace("<Permissions>ReadWriteDocument</Permissions>", ""));
    expect(outcome.kind).toBe("invalid");
  });

  test("a missing XSD folder is reported as skipped, not as valid", () => {
    expect(checkSchema(manifest, join(tmpdir(), "no-such-xsd-folder")).kind).toBe("skipped");
  });
});

describe("manifest.xml consistency (what the schema cannot check)", () => {
  test("has no problems", () => {
    expect(checkConsistency(manifest)).toEqual([]);
  });

  test("is a Word add-in that can write the document and needs WordApi 1.3", () => {
    expect(manifest).toMatch(/<Host Name="Document"\/>/);
    expect(manifest).toMatch(/<Permissions>ReadWriteDocument<\/Permissions>/);
    expect(manifest).toMatch(/<Set Name="WordApi" MinVersion="1.3"\/>/);
    expect(manifest).toMatch(/<OfficeTab id="TabHome">/);
  });

  test("an http URL is reported", () => {
    const problems = checkConsistency(manifest.replace('DefaultValue="https://localhost:3000/commands.html"', 'DefaultValue="http://localhost:3000/commands.html"'));
    expect(problems).toEqual(["URL is not https: http://localhost:3000/commands.html (in <bt:Url>)"]);
  });

  test("an undefined resid, and a resid of the wrong kind, are reported", () => {
    const undefinedResid = checkConsistency(manifest.replace('<Label resid="TaskpaneButton.Label"/>', '<Label resid="Nowhere.Label"/>'));
    expect(undefinedResid).toEqual(['resid "Nowhere.Label" (in <Label>) is not defined in <Resources>']);
    const wrongKind = checkConsistency(manifest.replace('<FunctionFile resid="Commands.Url"/>', '<FunctionFile resid="Icon.16x16"/>'));
    expect(wrongKind).toEqual(['resid "Icon.16x16" (in <FunctionFile>) points at Images, expected Urls']);
  });

  test("a duplicated control id is reported", () => {
    const problems = checkConsistency(manifest.replace('id="ActionPlan.TaskpaneButton"', 'id="ActionPlan.ValidateButton"'));
    expect(problems).toEqual(["id used twice: ActionPlan.ValidateButton"]);
  });

  test("a version out of step with package.json is reported", () => {
    const problems = checkConsistency(manifest, { ...defaultContext(), packageVersion: "9.9.9" });
    expect(problems).toEqual(['manifest <Version> is "0.1.0.0", expected "9.9.9.0" (package.json version 9.9.9 + ".0")']);
  });

  test("an ExecuteFunction name not registered in src/commands is reported", () => {
    const problems = checkConsistency(manifest.replace("<FunctionName>validatePlan</FunctionName>", "<FunctionName>noSuchFunction</FunctionName>"));
    expect(problems).toEqual(['FunctionName "noSuchFunction" is not registered with Office.actions.associate("noSuchFunction", …) in src/commands/']);
  });

  test("an icon of the wrong pixel size, or a missing icon, is reported", () => {
    const root = mkdtempSync(join(tmpdir(), "manifest-icons-"));
    mkdirSync(join(root, "assets"));
    for (const icon of ICONS) writeFileSync(join(root, "assets", icon.file), readFileSync(join(REPO_ROOT, "assets", icon.file)));
    writeFileSync(join(root, "assets", "validate-32.png"), encodePng(16, 16, new Uint8Array(16 * 16 * 4)));
    const problems = checkConsistency(manifest.replace("assets/action-plan-80.png", "assets/missing-80.png"), { ...defaultContext(), repoRoot: root });
    expect(problems).toEqual(["image Validate.32x32: assets/validate-32.png is 16×16, expected 32×32", "image ActionPlan.80x80: assets/missing-80.png does not exist"]);
  });
});

describe("assets", () => {
  test.each(ICONS)("$file is the committed output of scripts/make-icons.ts at $size px", (icon) => {
    const committed = decodeOwnPng(readFileSync(join(REPO_ROOT, "assets", icon.file)));
    expect({ width: committed.width, height: committed.height }).toEqual({ width: icon.size, height: icon.size });
    expect(Buffer.from(committed.rgba).equals(Buffer.from(renderIcon(icon)))).toBe(true);
  });
});
