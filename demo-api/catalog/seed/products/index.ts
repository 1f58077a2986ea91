import type { ProductSeed } from "../types";
import { ACCESSORIES } from "./accessories";
import { CLOTHING } from "./clothing";
import { FOOTWEAR } from "./footwear";
import { HOME } from "./home";

/** Every product, in the order the store lists them by default. */
export const PRODUCT_SEEDS: ProductSeed[] = [...CLOTHING, ...FOOTWEAR, ...HOME, ...ACCESSORIES];
