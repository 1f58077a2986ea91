import { existsSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { ProductDetail, ProductPricing } from "@commercengine/storefront-sdk";
import { describe, expect, it } from "vitest";
import { buildCatalog } from "./index";

const IMAGE_BASE_URL = "http://127.0.0.1:4010/images";
const IMAGES_DIR = fileURLToPath(new URL("../images/", import.meta.url));

const catalog = buildCatalog({ imageBaseUrl: IMAGE_BASE_URL });
const { products, categories } = catalog;
const variantProducts = products.filter((product) => product.has_variant);
const allVariants = variantProducts.flatMap((product) => product.variants);

function duplicatesOf(values: (string | null)[]): (string | null)[] {
  return values.filter((value, index) => values.indexOf(value) !== index);
}

function fileNameOf(url: string): string {
  expect(url.startsWith(`${IMAGE_BASE_URL}/`)).toBe(true);
  return url.slice(IMAGE_BASE_URL.length + 1);
}

function isOnSale(pricing: ProductPricing): boolean {
  return pricing.selling_price < pricing.listing_price;
}

/** The display name of a variant option value: a size string or a `{ name, hexcode }` colour. */
function optionValueName(value: unknown): string {
  if (typeof value === "string") return value;
  if (typeof value === "object" && value !== null && "name" in value && typeof value.name === "string") {
    return value.name;
  }
  throw new Error(`Unexpected option value ${JSON.stringify(value)}`);
}

/** Option keys and values as comparable strings, e.g. "color=Indigo". */
function optionValueLabels(product: ProductDetail): Set<string> {
  const labels = new Set<string>();
  for (const option of product.variant_options ?? []) {
    for (const value of option.value) labels.add(`${option.key}=${optionValueName(value)}`);
  }
  return labels;
}

describe("demo catalog size and variety", () => {
  it("has a full store's worth of products and categories", () => {
    expect(products.length).toBeGreaterThanOrEqual(30);
    expect(categories.length).toBeGreaterThanOrEqual(6);
    expect(categories.some((category) => category.parent_category_id !== null)).toBe(true);
  });

  it("has products with colour and size variants, some of whose combinations are not made", () => {
    const twoAxis = variantProducts.filter((product) => product.variant_options?.length === 2);
    expect(twoAxis.length).toBeGreaterThanOrEqual(10);
    const withGaps = twoAxis.filter((product) => {
      const [colors, sizes] = product.variant_options ?? [];
      return product.variants.length < (colors?.value.length ?? 0) * (sizes?.value.length ?? 0);
    });
    expect(withGaps.length).toBeGreaterThanOrEqual(3);
  });

  it("has products on sale, out of stock and on backorder, at product and variant level", () => {
    expect(products.filter((product) => isOnSale(product.pricing)).length).toBeGreaterThanOrEqual(5);
    expect(products.filter((product) => !product.stock_available && !product.backorder).length).toBeGreaterThan(1);
    expect(products.filter((product) => !product.stock_available && product.backorder).length).toBeGreaterThan(1);
    expect(allVariants.filter((variant) => !variant.stock_available && !variant.backorder).length).toBeGreaterThan(5);
    expect(allVariants.some((variant) => !variant.stock_available && variant.backorder)).toBe(true);
  });

  it("has products sold in multiples and with a maximum quantity", () => {
    expect(products.some((product) => product.pricing.incremental_quantity > 1)).toBe(true);
    expect(products.some((product) => product.pricing.max_order_quantity !== null)).toBe(true);
  });

  it("offers percentage and flat coupons with unique codes", () => {
    const coupons = catalog.coupons;
    expect(coupons.length).toBeGreaterThanOrEqual(3);
    expect(duplicatesOf(coupons.map((coupon) => coupon.code))).toEqual([]);
    expect(coupons.some((coupon) => coupon.kind === "percent" && coupon.maxDiscount !== null)).toBe(true);
    expect(coupons.some((coupon) => coupon.kind === "flat" && coupon.minOrderValue > 0)).toBe(true);
  });
});

describe("identity", () => {
  it("gives products, variants and categories unique ids, slugs and SKUs", () => {
    const ids = [...products, ...allVariants, ...categories].map((entity) => entity.id);
    expect(duplicatesOf(ids)).toEqual([]);
    expect(duplicatesOf(products.map((product) => product.slug))).toEqual([]);
    expect(duplicatesOf(allVariants.map((variant) => variant.slug))).toEqual([]);
    expect(duplicatesOf(categories.map((category) => category.slug))).toEqual([]);
    const skus = [...products.map((product) => product.sku), ...allVariants.map((variant) => variant.sku)];
    expect(duplicatesOf(skus.filter((sku) => sku !== null))).toEqual([]);
  });

  it("is the same on every build", () => {
    expect(buildCatalog({ imageBaseUrl: IMAGE_BASE_URL })).toEqual(catalog);
  });

  it("accepts an image base URL with a trailing slash", () => {
    const rebuilt = buildCatalog({ imageBaseUrl: `${IMAGE_BASE_URL}/` });
    expect(rebuilt.products[0]?.images[0]?.url_standard).toBe(products[0]?.images[0]?.url_standard);
  });
});

describe("images", () => {
  it("shows every product in at least two images that exist on disk", () => {
    for (const product of products) {
      expect(product.images.length, product.slug).toBeGreaterThanOrEqual(2);
      for (const image of product.images) {
        expect(existsSync(`${IMAGES_DIR}${fileNameOf(image.url_standard)}`), image.url_standard).toBe(true);
        expect(image.alternate_text).toBeTruthy();
      }
    }
    expect(existsSync(`${IMAGES_DIR}${fileNameOf(catalog.storeConfig.brand.logo_url ?? "")}`)).toBe(true);
  });

  it("has no image files the catalog does not use", () => {
    const used = new Set(products.flatMap((product) => product.images.map((image) => fileNameOf(image.url_standard))));
    used.add(fileNameOf(catalog.storeConfig.brand.logo_url ?? ""));
    const onDisk = readdirSync(IMAGES_DIR).filter((name) => name.endsWith(".webp"));
    expect(onDisk.filter((name) => !used.has(name))).toEqual([]);
  });

  it("shows each variant the images of its own colour", () => {
    for (const product of variantProducts) {
      const productImageIds = new Set(product.images.map((image) => image.id));
      for (const variant of product.variants) {
        expect(variant.images.length, variant.slug).toBeGreaterThanOrEqual(1);
        const colorName = variant.associated_options.color?.value;
        for (const image of variant.images) {
          expect(productImageIds.has(image.id)).toBe(true);
          expect(typeof colorName === "object" && image.title?.endsWith(` in ${colorName.name}`)).toBe(true);
        }
      }
    }
  });
});

describe("variants", () => {
  it("gives simple products no variants or options", () => {
    for (const product of products.filter((candidate) => !candidate.has_variant)) {
      expect(product.variants).toEqual([]);
      expect(product.variant_options).toBeNull();
      expect(product.sku).not.toBeNull();
    }
  });

  it("marks exactly one default variant per product, and the product carries its pricing", () => {
    for (const product of variantProducts) {
      const defaults = product.variants.filter((variant) => variant.is_default);
      expect(defaults.length, product.slug).toBe(1);
      expect(product.pricing).toEqual(defaults[0]?.pricing);
    }
  });

  it("describes every variant with exactly the product's option keys and values", () => {
    for (const product of variantProducts) {
      const optionKeys = (product.variant_options ?? []).map((option) => option.key).sort();
      const allowed = optionValueLabels(product);
      const used = new Set<string>();
      for (const variant of product.variants) {
        expect(Object.keys(variant.associated_options).sort(), variant.slug).toEqual(optionKeys);
        for (const [key, option] of Object.entries(variant.associated_options)) {
          const label = `${key}=${optionValueName(option.value)}`;
          expect(allowed.has(label), `${variant.slug}: ${label}`).toBe(true);
          used.add(label);
          if (option.type === "color") expect(option.value.hexcode).toMatch(/^#[0-9A-F]{6}$/);
        }
        expect(variant.product_id).toBe(product.id);
      }
      expect([...used].sort(), `${product.slug} has option values no variant uses`).toEqual([...allowed].sort());
      const combinations = product.variants.map((variant) => variant.name);
      expect(duplicatesOf(combinations)).toEqual([]);
    }
  });

  it("keeps product stock consistent with its variants", () => {
    for (const product of variantProducts) {
      const anyInStock = product.variants.some((variant) => variant.stock_available);
      const anyBackorder = product.variants.some((variant) => variant.backorder === true);
      expect(product.stock_available, product.slug).toBe(anyInStock);
      expect(product.backorder, product.slug).toBe(!anyInStock && anyBackorder);
    }
    for (const variant of allVariants) {
      expect(variant.stock_available && variant.backorder).toBe(false);
    }
  });
});

describe("categories", () => {
  it("links every product to existing categories, root first", () => {
    const byId = new Map(categories.map((category) => [category.id, category]));
    for (const product of products) {
      expect(product.category_ids.length, product.slug).toBeGreaterThanOrEqual(1);
      expect(product.categories.map((category) => category.id)).toEqual(product.category_ids);
      product.categories.forEach((category, index) => {
        expect(byId.get(category.id)).toEqual(category);
        const parent = product.categories[index - 1];
        expect(category.parent_category_id).toBe(parent?.id ?? null);
      });
    }
  });

  it("counts the products in each category and its descendants", () => {
    for (const category of categories) {
      const count = products.filter((product) => product.category_ids.includes(category.id)).length;
      expect(category.product_count, category.slug).toBe(count);
      expect(category.active).toBe(true);
      if (category.parent_category_id !== null) {
        expect(categories.some((parent) => parent.id === category.parent_category_id)).toBe(true);
      }
    }
  });
});

describe("prices, ratings and copy", () => {
  const allPricing = [...products.map((product) => product.pricing), ...allVariants.map((variant) => variant.pricing)];

  it("prices in rupees with GST included and a consistent pre-tax price", () => {
    for (const pricing of allPricing) {
      expect(pricing.currency).toBe("INR");
      expect(pricing.price_including_tax).toBe(true);
      expect([5, 12, 18]).toContain(pricing.tax_rate);
      expect(pricing.selling_price).toBeLessThanOrEqual(pricing.listing_price);
      expect(pricing.selling_price).toBeGreaterThanOrEqual(100);
      const expected = Math.round((pricing.selling_price / (1 + pricing.tax_rate / 100)) * 100) / 100;
      expect(pricing.selling_price_excluding_tax).toBe(expected);
      expect(pricing.min_order_quantity % pricing.incremental_quantity).toBe(0);
      if (pricing.max_order_quantity !== null) {
        expect(pricing.max_order_quantity).toBeGreaterThanOrEqual(pricing.min_order_quantity);
      }
    }
    expect(catalog.storeConfig.currency).toEqual({ name: "Indian Rupee", code: "INR", symbol: "₹" });
  });

  it("tags exactly the products on sale with 'sale'", () => {
    for (const product of products) {
      const anyVariantOnSale = product.variants.some((variant) => isOnSale(variant.pricing));
      const onSale = isOnSale(product.pricing) || anyVariantOnSale;
      expect(product.tags?.includes("sale") ?? false, product.slug).toBe(onSale);
    }
  });

  it("has believable ratings", () => {
    for (const product of products) {
      if (product.reviews_count === 0) {
        expect(product.reviews_rating_sum).toBe(0);
        continue;
      }
      const average = product.reviews_rating_sum / product.reviews_count;
      expect(average, product.slug).toBeGreaterThanOrEqual(3.5);
      expect(average, product.slug).toBeLessThanOrEqual(4.9);
    }
  });

  it("writes plain-text, multi-paragraph descriptions and SEO fields", () => {
    for (const product of products) {
      expect(product.short_description, product.slug).toBeTruthy();
      expect(product.description, product.slug).toMatch(/\S\n\n\S/);
      expect(product.description).not.toMatch(/<[a-z/]/i);
      expect(product.seo.title).toContain(product.name);
      expect(product.seo.description).toBeTruthy();
    }
  });

  it("points related-product lists at other existing products", () => {
    const ids = new Set(products.map((product) => product.id));
    for (const product of products) {
      for (const relatedId of [...product.upselling_product_ids, ...product.crossselling_product_ids]) {
        expect(relatedId !== null && ids.has(relatedId), product.slug).toBe(true);
        expect(relatedId).not.toBe(product.id);
      }
    }
  });
});
