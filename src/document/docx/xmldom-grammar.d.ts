/** The internal grammar module of @xmldom/xmldom (no published types); only xmldom-regex-cache.ts uses it. */
declare module "@xmldom/xmldom/lib/grammar" {
  const grammar: Record<string, unknown>;
  export default grammar;
}
