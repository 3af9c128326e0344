/**
 * `npx tsx scripts/make-icons.ts`: draws the add-in's icons (scripts/icon-drawing.ts) and writes them
 * as PNG files into assets/. The PNGs are committed; tests/manifest.test.ts checks they are current.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { ICONS, renderIcon } from "./icon-drawing";
import { encodePng } from "./png";

const assets = join(__dirname, "..", "assets");
for (const icon of ICONS) {
  writeFileSync(join(assets, icon.file), encodePng(icon.size, icon.size, renderIcon(icon)));
  process.stdout.write(`assets/${icon.file} (${icon.size}×${icon.size})\n`);
}
