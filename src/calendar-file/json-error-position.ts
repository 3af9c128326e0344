/**
 * Where JSON.parse gave up, when its message does not say (V8 before 11.4 names no position for some errors): a
 * small recursive-descent check of RFC 8259's grammar that returns the offset of the first character that does not
 * fit. Only run on text JSON.parse refused, so it need not build anything.
 */
const WHITESPACE = new Set([" ", "\t", "\n", "\r"]);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const MAX_DEPTH = 512;

class Stop extends Error {
  constructor(readonly offset: number) {
    super("stop");
  }
}

export function jsonErrorOffset(text: string): number | null {
  let index = 0;
  const skip = () => {
    while (index < text.length && WHITESPACE.has(text[index]!)) index += 1;
  };
  const fail = (): never => {
    throw new Stop(index);
  };
  const string = () => {
    index += 1;
    while (index < text.length && text[index] !== '"') {
      const code = text.charCodeAt(index);
      if (code < 0x20) fail();
      if (text[index] === "\\") {
        index += 1;
        if (text[index] === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(index + 1, index + 5))) fail();
          index += 4;
        } else if (!'"\\/bfnrt'.includes(text[index] ?? "x")) fail();
      }
      index += 1;
    }
    if (index >= text.length) fail();
    index += 1;
  };
  const value = (depth: number): void => {
    if (depth > MAX_DEPTH) fail();
    skip();
    const char = text[index];
    if (char === "{") {
      index += 1;
      skip();
      if (text[index] === "}") return void (index += 1);
      for (;;) {
        skip();
        if (text[index] !== '"') fail();
        string();
        skip();
        if (text[index] !== ":") fail();
        index += 1;
        value(depth + 1);
        skip();
        if (text[index] === ",") index += 1;
        else if (text[index] === "}") return void (index += 1);
        else fail();
      }
    }
    if (char === "[") {
      index += 1;
      skip();
      if (text[index] === "]") return void (index += 1);
      for (;;) {
        value(depth + 1);
        skip();
        if (text[index] === ",") index += 1;
        else if (text[index] === "]") return void (index += 1);
        else fail();
      }
    }
    if (char === '"') return string();
    for (const literal of ["true", "false", "null"]) if (text.startsWith(literal, index)) return void (index += literal.length);
    NUMBER.lastIndex = index;
    const number = NUMBER.exec(text);
    if (number === null || number[0] === "") fail();
    index += number![0].length;
  };
  try {
    value(0);
    skip();
    return index < text.length ? index : null;
  } catch (error) {
    if (error instanceof Stop) return error.offset;
    throw error;
  }
}
