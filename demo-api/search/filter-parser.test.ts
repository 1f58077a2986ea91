import { describe, expect, it } from "vitest";
import { FilterSyntaxError, MAX_FILTER_DEPTH, MAX_FILTER_LENGTH, parseFilter, type FilterNode } from "./filter-parser";

const eq = (attribute: string, value: string): FilterNode => ({ type: "equals", attribute, value });

function syntaxError(input: Parameters<typeof parseFilter>[0]): FilterSyntaxError {
  try {
    parseFilter(input);
  } catch (error) {
    if (error instanceof FilterSyntaxError) return error;
    throw error;
  }
  throw new Error(`Expected ${JSON.stringify(input)} to be rejected`);
}

describe("parseFilter: operators", () => {
  it("parses = and !=, desugaring != to NOT =", () => {
    expect(parseFilter("product_type = physical")).toEqual(eq("product_type", "physical"));
    expect(parseFilter("product_type != bundle")).toEqual({ type: "not", operand: eq("product_type", "bundle") });
  });

  it("parses numeric comparisons", () => {
    for (const operator of [">", ">=", "<", "<="] as const) {
      expect(parseFilter(`rating ${operator} 4.5`)).toEqual({
        type: "compare",
        attribute: "rating",
        operator,
        value: 4.5,
      });
    }
    expect(parseFilter("pricing.selling_price>=-10")).toEqual({
      type: "compare",
      attribute: "pricing.selling_price",
      operator: ">=",
      value: -10,
    });
  });

  it("parses an inclusive range", () => {
    expect(parseFilter("pricing.selling_price 100 TO 500")).toEqual({
      type: "range",
      attribute: "pricing.selling_price",
      min: 100,
      max: 500,
    });
  });

  it("parses IN and NOT IN lists, including an empty list", () => {
    expect(parseFilter("product_type IN [physical, 'bundle']")).toEqual({
      type: "in",
      attribute: "product_type",
      values: ["physical", "bundle"],
    });
    expect(parseFilter("attributes.size NOT IN [M,L]")).toEqual({
      type: "not",
      operand: { type: "in", attribute: "attributes.size", values: ["M", "L"] },
    });
    expect(parseFilter("tags IN []")).toEqual({ type: "in", attribute: "tags", values: [] });
  });

  it("parses EXISTS, IS NULL and IS EMPTY with their negations", () => {
    expect(parseFilter("tags EXISTS")).toEqual({ type: "exists", attribute: "tags" });
    expect(parseFilter("tags NOT EXISTS")).toEqual({ type: "not", operand: { type: "exists", attribute: "tags" } });
    expect(parseFilter("variant_id IS NULL")).toEqual({ type: "isNull", attribute: "variant_id" });
    expect(parseFilter("variant_id IS NOT NULL")).toEqual({
      type: "not",
      operand: { type: "isNull", attribute: "variant_id" },
    });
    expect(parseFilter("tags IS EMPTY")).toEqual({ type: "isEmpty", attribute: "tags" });
    expect(parseFilter("tags IS NOT EMPTY")).toEqual({ type: "not", operand: { type: "isEmpty", attribute: "tags" } });
  });

  it("accepts keywords in any case", () => {
    expect(parseFilter("tags is not empty and not rating = 1")).toEqual({
      type: "and",
      operands: [
        { type: "not", operand: { type: "isEmpty", attribute: "tags" } },
        { type: "not", operand: eq("rating", "1") },
      ],
    });
    expect(parseFilter("rating 1 to 2 Or tags not in [a] OR tags exists")).toEqual({
      type: "or",
      operands: [
        { type: "range", attribute: "rating", min: 1, max: 2 },
        { type: "not", operand: { type: "in", attribute: "tags", values: ["a"] } },
        { type: "exists", attribute: "tags" },
      ],
    });
  });

  it("reads product attributes generically as attributes.<key>", () => {
    expect(parseFilter("attributes.material = Cotton")).toEqual(eq("attributes.material", "Cotton"));
  });
});

describe("parseFilter: precedence and grouping", () => {
  it("binds NOT tighter than AND, and AND tighter than OR", () => {
    expect(parseFilter("NOT tags = a AND tags = b OR tags = c")).toEqual({
      type: "or",
      operands: [
        { type: "and", operands: [{ type: "not", operand: eq("tags", "a") }, eq("tags", "b")] },
        eq("tags", "c"),
      ],
    });
    expect(parseFilter("tags = a OR tags = b AND tags = c")).toEqual({
      type: "or",
      operands: [eq("tags", "a"), { type: "and", operands: [eq("tags", "b"), eq("tags", "c")] }],
    });
  });

  it("lets parentheses override precedence", () => {
    expect(parseFilter("(tags = a OR tags = b) AND NOT (tags = c)")).toEqual({
      type: "and",
      operands: [
        { type: "or", operands: [eq("tags", "a"), eq("tags", "b")] },
        { type: "not", operand: eq("tags", "c") },
      ],
    });
  });

  it("flattens chains of the same operator", () => {
    expect(parseFilter("tags = a AND tags = b AND tags = c")).toEqual({
      type: "and",
      operands: [eq("tags", "a"), eq("tags", "b"), eq("tags", "c")],
    });
  });
});

describe("parseFilter: values", () => {
  it("reads single- and double-quoted values with backslash escapes", () => {
    expect(parseFilter("product_name = 'Linen Shirt'")).toEqual(eq("product_name", "Linen Shirt"));
    expect(parseFilter('product_name = "Say \\"hi\\""')).toEqual(eq("product_name", 'Say "hi"'));
    expect(parseFilter("product_name = 'Rock \\'n\\' roll \\\\ more'")).toEqual(
      eq("product_name", "Rock 'n' roll \\ more"),
    );
    expect(parseFilter("tags = ''")).toEqual(eq("tags", ""));
  });

  it("lets a quoted value contain keywords and punctuation", () => {
    expect(parseFilter("tags IN ['AND', \"a,b\", '(x)']")).toEqual({
      type: "in",
      attribute: "tags",
      values: ["AND", "a,b", "(x)"],
    });
  });

  it("accepts quoted numbers for numeric operators", () => {
    expect(parseFilter("rating >= '4'")).toEqual({ type: "compare", attribute: "rating", operator: ">=", value: 4 });
  });
});

describe("parseFilter: array forms", () => {
  it("ANDs the outer array and ORs nested arrays", () => {
    expect(parseFilter(["rating > 4", ["product_type = physical", "product_type = bundle"]])).toEqual({
      type: "and",
      operands: [
        { type: "compare", attribute: "rating", operator: ">", value: 4 },
        { type: "or", operands: [eq("product_type", "physical"), eq("product_type", "bundle")] },
      ],
    });
  });

  it("parses each string as a full expression", () => {
    expect(parseFilter(["tags = a OR tags = b"])).toEqual({ type: "or", operands: [eq("tags", "a"), eq("tags", "b")] });
  });

  it("treats blank filters and entries as no condition", () => {
    expect(parseFilter("")).toBeNull();
    expect(parseFilter("   ")).toBeNull();
    expect(parseFilter([])).toBeNull();
    expect(parseFilter(["", []])).toBeNull();
    expect(parseFilter(["", ["tags = a", " "]])).toEqual(eq("tags", "a"));
  });

  it("says which entry is malformed", () => {
    expect(syntaxError(["tags = a", ["tags = b", "tags ="]]).message).toBe(
      'filter[1][1]: Expected a value after "=" at position 6 (end of filter)',
    );
  });
});

describe("parseFilter: syntax errors", () => {
  it.each([
    ["product_type =", 'Expected a value after "=" at position 14 (end of filter)', 14],
    ["pricing.selling_price >", 'Expected a number after ">" at position 23 (end of filter)', 23],
    ["rating > high", 'Expected a number after ">" at position 9 but found "high"', 9],
    ["rating 1 TO", 'Expected a number after "TO" at position 11 (end of filter)', 11],
    ["rating 1 2", 'Expected TO after "1" at position 9 but found "2"', 9],
    ["rating", "Expected an operator", 6],
    ["rating high", "Expected an operator", 7],
    ["tags = AND", 'Expected a value after "=" at position 7 but found "AND"; quote it to use "AND" as a value', 7],
    ["(tags = a", 'Expected AND, OR or ")" after "a" at position 9 (end of filter) to close the "(" at position 0', 9],
    ["tags = a)", 'Expected AND, OR or the end of the filter after "a" at position 8 but found ")"', 8],
    ["product_name = Linen Shirt", 'found "Shirt"; quote values that contain spaces', 21],
    ["tags IN [a b]", 'Expected "," or "]" after "a" at position 11 but found "b" to close the list at position 8', 11],
    ["tags IN [a,]", 'Expected a value after "," at position 11 but found "]"', 11],
    ["tags IN a", 'Expected a "[" to start the list after "IN" at position 8 but found "a"', 8],
    ["tags NOT = a", 'Expected IN or EXISTS after "NOT" at position 9 but found "="', 9],
    ["tags IS BLANK", 'Expected NULL or EMPTY after "IS" at position 8 but found "BLANK"', 8],
    ["tags = a AND", 'Expected an attribute name after "AND" at position 12 (end of filter)', 12],
    ["NOT", 'Expected an attribute name after "NOT" at position 3 (end of filter)', 3],
    ["()", 'Expected an attribute name after "(" at position 1 but found ")"', 1],
    ["'tags' = a", "Expected an attribute name at position 0 but found 'tags'", 0],
    ["tags = 'open", "Unterminated quoted value starting at position 7", 7],
    ["tags = 'open\\'", "Unterminated quoted value starting at position 7", 7],
    ["tags ! a", 'Unexpected "!" at position 5; did you mean "!=" or NOT?', 5],
  ])("rejects %j", (filter, message, position) => {
    const error = syntaxError(filter);
    expect(error.message).toContain(message);
    expect(error.position).toBe(position);
  });

  it("is a 400 the server reports as bad_request", () => {
    const error = syntaxError("tags =");
    expect(error.status).toBe(400);
    expect(error.code).toBe("bad_request");
    expect(error.errors).toEqual({ filter: error.message });
  });
});

describe("parseFilter: attributes", () => {
  it("rejects an unknown attribute, naming it and listing the supported ones", () => {
    const error = syntaxError("rating > 4 AND colour = red");
    expect(error.message).toMatch(/^Unknown filter attribute "colour" at position 15; supported attributes: /);
    expect(error.message).toContain("product_type, categories.name,");
    expect(error.message).toContain("attributes.<key>");
    expect(error.position).toBe(15);
  });

  it("treats attribute names as case-sensitive", () => {
    expect(syntaxError("Product_Type = physical").message).toContain('"Product_Type"');
  });

  it("rejects a malformed product attribute key", () => {
    expect(syntaxError("attributes. = x").message).toContain('Unknown filter attribute "attributes."');
    expect(syntaxError("attributes.a.b = x").message).toContain('Unknown filter attribute "attributes.a.b"');
  });
});

describe("parseFilter: size limits", () => {
  it(`rejects filters longer than ${MAX_FILTER_LENGTH} characters in total`, () => {
    const long = `product_name = '${"x".repeat(MAX_FILTER_LENGTH)}'`;
    expect(syntaxError(long).message).toBe(
      `Filter is ${long.length} characters long; the limit is ${MAX_FILTER_LENGTH}`,
    );
    const half = "x".repeat(MAX_FILTER_LENGTH / 2);
    expect(() => parseFilter([`tags = ${half}`, [`tags = ${half}`]])).toThrow(FilterSyntaxError);
  });

  it(`allows nesting up to ${MAX_FILTER_DEPTH} levels and no deeper`, () => {
    const nested = (depth: number) => `${"(".repeat(depth)}tags = a${")".repeat(depth)}`;
    expect(parseFilter(nested(MAX_FILTER_DEPTH))).toEqual(eq("tags", "a"));
    const error = syntaxError(nested(MAX_FILTER_DEPTH + 1));
    expect(error.message).toBe(`Filter nests deeper than ${MAX_FILTER_DEPTH} levels at position ${MAX_FILTER_DEPTH}`);
  });

  it("counts NOT chains as nesting", () => {
    expect(syntaxError(`${"NOT ".repeat(MAX_FILTER_DEPTH + 1)}tags = a`).message).toContain("nests deeper");
  });

  it("handles the longest allowed hostile inputs without overflowing the stack", () => {
    expect(() => parseFilter("(".repeat(MAX_FILTER_LENGTH))).toThrow(FilterSyntaxError);
    expect(() => parseFilter("NOT ".repeat(MAX_FILTER_LENGTH / 4))).toThrow(FilterSyntaxError);
    const wide = Array.from({ length: 150 }, () => "tags = a").join(" OR ");
    expect(parseFilter(wide)).toMatchObject({ type: "or" });
  });
});
