import { FilterSyntaxError } from "./errors";

export type ComparisonOperator = "=" | "!=" | ">" | ">=" | "<" | "<=";

export type FilterToken =
  /** An unquoted run of characters: an attribute, a keyword, a number or a bare value. */
  | { kind: "word"; text: string; position: number }
  /** A single- or double-quoted value, with escapes resolved. */
  | { kind: "quoted"; text: string; position: number; raw: string }
  | { kind: "operator"; text: ComparisonOperator; position: number }
  | { kind: "punctuation"; text: "(" | ")" | "[" | "]" | ","; position: number }
  | { kind: "end"; position: number };

const PUNCTUATION = new Set(["(", ")", "[", "]", ","]);
/** Characters that end a bare word. */
const WORD_BREAKS = new Set(["(", ")", "[", "]", ",", "=", "!", "<", ">", "'", '"']);
const isSpace = (char: string) => /\s/.test(char);

export function tokenizeFilter(source: string): FilterToken[] {
  const tokens: FilterToken[] = [];
  let index = 0;
  while (index < source.length) {
    const char = source.charAt(index);
    const next = source.charAt(index + 1);
    if (isSpace(char)) {
      index += 1;
    } else if (PUNCTUATION.has(char)) {
      tokens.push({ kind: "punctuation", text: char as "(" | ")" | "[" | "]" | ",", position: index });
      index += 1;
    } else if (char === "=") {
      tokens.push({ kind: "operator", text: "=", position: index });
      index += 1;
    } else if (char === "!" && next === "=") {
      tokens.push({ kind: "operator", text: "!=", position: index });
      index += 2;
    } else if (char === "<" || char === ">") {
      const text = next === "=" ? (`${char}=` as "<=" | ">=") : char;
      tokens.push({ kind: "operator", text, position: index });
      index += text.length;
    } else if (char === "'" || char === '"') {
      const token = readQuoted(source, index);
      tokens.push(token);
      index += token.raw.length;
    } else if (char === "!") {
      throw new FilterSyntaxError(`Unexpected "!" at position ${index}; did you mean "!=" or NOT?`, index);
    } else {
      const start = index;
      while (index < source.length && !isSpace(source.charAt(index)) && !WORD_BREAKS.has(source.charAt(index))) {
        index += 1;
      }
      tokens.push({ kind: "word", text: source.slice(start, index), position: start });
    }
  }
  tokens.push({ kind: "end", position: source.length });
  return tokens;
}

function readQuoted(source: string, start: number): FilterToken & { kind: "quoted" } {
  const quote = source.charAt(start);
  let text = "";
  let index = start + 1;
  while (index < source.length) {
    const char = source.charAt(index);
    if (char === quote) {
      return { kind: "quoted", text, position: start, raw: source.slice(start, index + 1) };
    }
    if (char === "\\" && index + 1 < source.length) {
      text += source.charAt(index + 1);
      index += 2;
    } else {
      text += char;
      index += 1;
    }
  }
  throw new FilterSyntaxError(`Unterminated quoted value starting at position ${start}`, start);
}
