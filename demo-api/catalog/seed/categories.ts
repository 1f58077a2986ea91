import type { CategorySeed } from "./types";

/** Parents come before their children. */
export const CATEGORY_SEEDS: CategorySeed[] = [
  {
    slug: "clothing",
    name: "Clothing",
    description: "Everyday essentials in breathable natural fabrics, cut for Indian weather.",
    parentSlug: null,
  },
  {
    slug: "t-shirts",
    name: "T-shirts",
    description: "Soft organic cotton, linen blends and hand block prints.",
    parentSlug: "clothing",
  },
  {
    slug: "hoodies-sweatshirts",
    name: "Hoodies & Sweatshirts",
    description: "Brushed fleece and cotton slub layers for winter mornings and air-conditioned offices.",
    parentSlug: "clothing",
  },
  {
    slug: "footwear",
    name: "Footwear",
    description: "Sneakers and slides built for long days on city pavements.",
    parentSlug: null,
  },
  {
    slug: "sneakers",
    name: "Sneakers",
    description: "Leather court classics and vulcanised canvas low-tops.",
    parentSlug: "footwear",
  },
  {
    slug: "sandals-slides",
    name: "Sandals & Slides",
    description: "Easy slip-ons for monsoon puddles and lazy Sundays.",
    parentSlug: "footwear",
  },
  {
    slug: "home",
    name: "Home",
    description: "Handmade pieces that make a home feel lived in.",
    parentSlug: null,
  },
  {
    slug: "mugs-drinkware",
    name: "Mugs & Drinkware",
    description: "Stoneware mugs, terracotta kulhads and bottles for chai, coffee and everything between.",
    parentSlug: "home",
  },
  {
    slug: "candles",
    name: "Candles",
    description: "Hand-poured soy wax candles scented with Indian botanicals.",
    parentSlug: "home",
  },
  {
    slug: "cushions-throws",
    name: "Cushions & Throws",
    description: "Handloom covers, kantha throws and floor seating.",
    parentSlug: "home",
  },
  {
    slug: "accessories",
    name: "Accessories",
    description: "The finishing touches: bags, caps and socks.",
    parentSlug: null,
  },
  {
    slug: "bags",
    name: "Bags",
    description: "Totes, backpacks and slings for the daily commute.",
    parentSlug: "accessories",
  },
  {
    slug: "caps-hats",
    name: "Caps & Hats",
    description: "Washed cotton caps and bucket hats to keep the sun off.",
    parentSlug: "accessories",
  },
  {
    slug: "socks",
    name: "Socks",
    description: "Cushioned cotton and bamboo socks in cheerful colours.",
    parentSlug: "accessories",
  },
];
