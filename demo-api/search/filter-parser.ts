import { isSupportedAttribute, SUPPORTED_ATTRIBUTES_LIST } from "./attributes";
import { FilterSyntaxError } from "./errors";
import { tokenizeFilter, type FilterToken } from "./filter-tokenizer";
import { parseNumber } from "./normalize";

export { FilterSyntaxError } from "./errors";

/** Total characters over all filter strings. */
export const MAX_FILTER_LENGTH = 2_000;
/** Parentheses and NOTs nested inside one another. */
export const MAX_FILTER_DEPTH = 32;

/**
 * A parsed filter. The negated operators are desugared: `a != v` is `NOT a = v`, `NOT IN`,
 * `NOT EXISTS`, `IS NOT NULL` and `IS NOT EMPTY` likewise, so records without the attribute match them.
 */
export type FilterNode =
  | { type: "and"; operands: FilterNode[] }
  | { type: "or"; operands: FilterNode[] }
  | { type: "not"; operand: FilterNode }
  | FilterCondition;

export type FilterCondition =
  | { type: "equals"; attribute: string; value: string }
  | { type: "compare"; attribute: string; operator: ">" | ">=" | "<" | "<="; value: number }
  | { type: "range"; attribute: string; min: number; max: number }
  | { type: "in"; attribute: string; values: string[] }
  | { type: "exists"; attribute: string }
  | { type: "isNull"; attribute: string }
  | { type: "isEmpty"; attribute: string };

/** The request's `filter`: an expression, or an AND of entries where a nested array is an OR. */
export type FilterInput = string | readonly (string | readonly string[])[];

/** Parses a filter; null when it is blank (no filtering). Throws FilterSyntaxError. */
export function parseFilter(input: FilterInput): FilterNode | null {
  const length = typeof input === "string" ? input.length : input.flat().reduce((sum, text) => sum + text.length, 0);
  if (length > MAX_FILTER_LENGTH) {
    throw new FilterSyntaxError(`Filter is ${length} characters long; the limit is ${MAX_FILTER_LENGTH}`);
  }
  if (typeof input === "string") return parseExpression(input, null);
  const clauses = input.map((entry, outer) =>
    typeof entry === "string"
      ? parseExpression(entry, `filter[${outer}]`)
      : combine(
          "or",
          entry.map((text, inner) => parseExpression(text, `filter[${outer}][${inner}]`)),
        ),
  );
  return combine("and", clauses);
}

function parseExpression(text: string, label: string | null): FilterNode | null {
  if (text.trim() === "") return null;
  try {
    return new FilterParser(tokenizeFilter(text)).parse();
  } catch (error) {
    if (label !== null && error instanceof FilterSyntaxError) {
      throw new FilterSyntaxError(`${label}: ${error.message}`, error.position);
    }
    throw error;
  }
}

function combine(type: "and" | "or", nodes: (FilterNode | null)[]): FilterNode | null {
  const operands = nodes.filter((node) => node !== null);
  if (operands.length <= 1) return operands[0] ?? null;
  return { type, operands };
}

/** Words that are operators wherever they appear; `NULL` and `EMPTY` are only special after `IS`. */
const RESERVED_WORDS = new Set(["AND", "OR", "NOT", "TO", "IN", "EXISTS", "IS"]);

const OPERATOR_LIST =
  "=, !=, >, >=, <, <=, IN, NOT IN, EXISTS, NOT EXISTS, IS [NOT] NULL, IS [NOT] EMPTY or a range `min TO max`";

/**
 * Recursive descent over:
 *   or        := and ("OR" and)*
 *   and       := not ("AND" not)*
 *   not       := "NOT" not | "(" or ")" | condition
 *   condition := attribute (op value | value "TO" value | ["NOT"] "IN" list | ["NOT"] "EXISTS" | "IS" ["NOT"] ("NULL" | "EMPTY"))
 */
class FilterParser {
  private index = 0;
  private depth = 0;
  private previous: FilterToken | null = null;

  constructor(private readonly tokens: FilterToken[]) {}

  parse(): FilterNode {
    const node = this.parseOr();
    const token = this.peek();
    if (token.kind !== "end") {
      const afterValue = this.previous !== null && this.isValue(this.previous) && this.isValue(token);
      const hint = afterValue ? "; quote values that contain spaces" : "";
      throw this.expected("AND, OR or the end of the filter", token, hint);
    }
    return node;
  }

  private parseOr(): FilterNode {
    const operands = [this.parseAnd()];
    while (this.acceptKeyword("OR")) operands.push(this.parseAnd());
    return operands.length === 1 ? operands[0]! : { type: "or", operands };
  }

  private parseAnd(): FilterNode {
    const operands = [this.parseNot()];
    while (this.acceptKeyword("AND")) operands.push(this.parseNot());
    return operands.length === 1 ? operands[0]! : { type: "and", operands };
  }

  private parseNot(): FilterNode {
    const token = this.peek();
    if (this.acceptKeyword("NOT")) {
      this.enter(token);
      const operand = this.parseNot();
      this.depth -= 1;
      return { type: "not", operand };
    }
    if (token.kind === "punctuation" && token.text === "(") {
      this.enter(token);
      this.advance();
      const node = this.parseOr();
      const close = this.peek();
      if (close.kind !== "punctuation" || close.text !== ")") {
        throw this.expected('AND, OR or ")"', close, ` to close the "(" at position ${token.position}`);
      }
      this.advance();
      this.depth -= 1;
      return node;
    }
    return this.parseCondition();
  }

  private parseCondition(): FilterNode {
    const attributeToken = this.peek();
    if (attributeToken.kind !== "word" || this.isReserved(attributeToken)) {
      throw this.expected("an attribute name", attributeToken);
    }
    const attribute = attributeToken.text;
    if (!isSupportedAttribute(attribute)) {
      throw new FilterSyntaxError(
        `Unknown filter attribute "${attribute}" at position ${attributeToken.position}; supported attributes: ${SUPPORTED_ATTRIBUTES_LIST}`,
        attributeToken.position,
      );
    }
    this.advance();

    const token = this.peek();
    if (token.kind === "operator") {
      this.advance();
      if (token.text === "=") return { type: "equals", attribute, value: this.expectValue() };
      if (token.text === "!=")
        return { type: "not", operand: { type: "equals", attribute, value: this.expectValue() } };
      return { type: "compare", attribute, operator: token.text, value: this.expectNumber() };
    }
    if (this.acceptKeyword("IN")) return { type: "in", attribute, values: this.parseList() };
    if (this.acceptKeyword("EXISTS")) return { type: "exists", attribute };
    if (this.acceptKeyword("NOT")) {
      if (this.acceptKeyword("IN"))
        return { type: "not", operand: { type: "in", attribute, values: this.parseList() } };
      if (this.acceptKeyword("EXISTS")) return { type: "not", operand: { type: "exists", attribute } };
      throw this.expected("IN or EXISTS", this.peek());
    }
    if (this.acceptKeyword("IS")) {
      const negated = this.acceptKeyword("NOT");
      const condition = this.parseIsOperand(attribute);
      return negated ? { type: "not", operand: condition } : condition;
    }
    if (this.isValue(token) && parseNumber(token.text) !== null) {
      const min = this.expectNumber();
      if (!this.acceptKeyword("TO")) throw this.expected("TO", this.peek());
      return { type: "range", attribute, min, max: this.expectNumber() };
    }
    throw this.expected(`an operator (${OPERATOR_LIST})`, token);
  }

  private parseIsOperand(attribute: string): FilterCondition {
    if (this.acceptKeyword("NULL")) return { type: "isNull", attribute };
    if (this.acceptKeyword("EMPTY")) return { type: "isEmpty", attribute };
    throw this.expected("NULL or EMPTY", this.peek());
  }

  private parseList(): string[] {
    const open = this.peek();
    if (open.kind !== "punctuation" || open.text !== "[") throw this.expected('a "[" to start the list', open);
    this.advance();
    const values: string[] = [];
    if (this.acceptPunctuation("]")) return values;
    for (;;) {
      values.push(this.expectValue());
      if (this.acceptPunctuation("]")) return values;
      if (!this.acceptPunctuation(",")) {
        throw this.expected('"," or "]"', this.peek(), ` to close the list at position ${open.position}`);
      }
    }
  }

  private expectValue(): string {
    const token = this.peek();
    if (token.kind === "word" && this.isReserved(token)) {
      throw this.expected("a value", token, `; quote it to use "${token.text}" as a value`);
    }
    if (!this.isValue(token)) throw this.expected("a value", token);
    this.advance();
    return token.text;
  }

  private expectNumber(): number {
    const token = this.peek();
    const value = this.isValue(token) ? parseNumber(token.text) : null;
    if (value === null) throw this.expected("a number", token);
    this.advance();
    return value;
  }

  private isValue(token: FilterToken): token is FilterToken & { kind: "word" | "quoted" } {
    return token.kind === "quoted" || (token.kind === "word" && !this.isReserved(token));
  }

  private isReserved(token: FilterToken): boolean {
    return token.kind === "word" && RESERVED_WORDS.has(token.text.toUpperCase());
  }

  private acceptKeyword(keyword: string): boolean {
    const token = this.peek();
    if (token.kind !== "word" || token.text.toUpperCase() !== keyword) return false;
    this.advance();
    return true;
  }

  private acceptPunctuation(text: string): boolean {
    const token = this.peek();
    if (token.kind !== "punctuation" || token.text !== text) return false;
    this.advance();
    return true;
  }

  private enter(token: FilterToken): void {
    this.depth += 1;
    if (this.depth > MAX_FILTER_DEPTH) {
      throw new FilterSyntaxError(
        `Filter nests deeper than ${MAX_FILTER_DEPTH} levels at position ${token.position}`,
        token.position,
      );
    }
  }

  private peek(): FilterToken {
    // The tokenizer always ends the list with an "end" token, and advance() never moves past it.
    return this.tokens[this.index]!;
  }

  private advance(): void {
    this.previous = this.peek();
    if (this.previous.kind !== "end") this.index += 1;
  }

  private expected(what: string, found: FilterToken, suffix = ""): FilterSyntaxError {
    const after = this.previous === null ? "" : ` after ${describe(this.previous)}`;
    const foundText = found.kind === "end" ? " (end of filter)" : ` but found ${describe(found)}`;
    return new FilterSyntaxError(
      `Expected ${what}${after} at position ${found.position}${foundText}${suffix}`,
      found.position,
    );
  }
}

function describe(token: FilterToken): string {
  if (token.kind === "end") return "the end of the filter";
  const text = token.kind === "quoted" ? token.raw : `"${token.text}"`;
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}
