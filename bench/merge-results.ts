/**
 * Running some suites (`npm run bench -- <suite>…`) replaces only their sections of bench/results.md and keeps the
 * others, so a partial run never throws away the full run's figures. Sections are "## <title>" blocks.
 */
export function mergeResults(existing: string | null, header: string, sections: readonly string[]): string {
  const fresh = new Map(sections.map((section) => [titleOf(section), section]));
  const kept = existing === null ? [] : splitSections(existing);
  const merged = kept.map((section) => fresh.get(titleOf(section)) ?? section);
  for (const section of sections) if (!kept.some((old) => titleOf(old) === titleOf(section))) merged.push(section);
  return [header, ...merged].join("\n");
}

function splitSections(markdown: string): string[] {
  const starts = [...markdown.matchAll(/^## .*$/gm)].map((match) => match.index);
  return starts.map((start, index) => markdown.slice(start, starts[index + 1] ?? markdown.length).replace(/\n+$/, "\n"));
}

function titleOf(section: string): string {
  return section.slice(0, section.indexOf("\n") === -1 ? undefined : section.indexOf("\n")).trim();
}
