import { ApiError } from "../http/envelope";

/**
 * A search request the API refuses with a 400. It extends the server's `ApiError`
 * so a route can let it propagate and the client gets the usual error envelope.
 */
export class SearchRequestError extends ApiError {
  constructor(message: string, field?: string) {
    super(400, "bad_request", message, field === undefined ? undefined : { [field]: message });
    this.name = "SearchRequestError";
  }
}

/** A `filter` that cannot be parsed, or that names an attribute the API does not support. */
export class FilterSyntaxError extends SearchRequestError {
  /** Character offset (0-based) in the offending filter string, when the error has one. */
  readonly position: number | null;

  constructor(message: string, position: number | null = null) {
    super(message, "filter");
    this.name = "FilterSyntaxError";
    this.position = position;
  }
}
