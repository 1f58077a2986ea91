/**
 * The review step's form carries the total the shopper saw (the cart's `to_be_paid`). Placing the order compares it
 * with the cart as it is then: another tab may have changed the cart in between.
 */
export const REVIEWED_TOTAL_FIELD = "reviewed_total";

/** The query the review step is sent back with when the total changed. */
export const TOTAL_CHANGED_PARAM = "changed";
