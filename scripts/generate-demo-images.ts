/**
 * Draws every demo product image (and the store logo) from the catalog seeds
 * and writes them as WebP files into demo-api/images. Deterministic: the same
 * seeds always produce the same files. Run with:
 *
 *   npx tsx scripts/generate-demo-images.ts
 */
import { readdir, rm, stat } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import path from "node:path";
import sharp from "sharp";
import { drawLogo } from "../demo-api/catalog/artwork/logo";
import { drawArtwork } from "../demo-api/catalog/artwork/scene";
import { planProductImages } from "../demo-api/catalog/image-plan";
import { PRODUCT_SEEDS } from "../demo-api/catalog/seed/products";
import { STORE_SEED } from "../demo-api/catalog/seed/store";

const OUTPUT_DIR = fileURLToPath(new URL("../demo-api/images/", import.meta.url));
const WEBP_OPTIONS = { quality: 80, effort: 6 } as const;
const PARALLEL_RENDERS = 6;

interface ImageJob {
  fileName: string;
  svg: () => string;
}

function listJobs(): ImageJob[] {
  const productJobs = PRODUCT_SEEDS.flatMap(planProductImages).map((image) => ({
    fileName: image.fileName,
    svg: () => drawArtwork(image.artwork),
  }));
  return [{ fileName: STORE_SEED.logoFileName, svg: drawLogo }, ...productJobs];
}

async function render(job: ImageJob): Promise<number> {
  const target = path.join(OUTPUT_DIR, job.fileName);
  await sharp(Buffer.from(job.svg())).webp(WEBP_OPTIONS).toFile(target);
  return (await stat(target)).size;
}

/** Deletes WebP files no seed refers to any more, so renamed products leave nothing behind. */
async function removeStaleImages(keep: Set<string>): Promise<string[]> {
  const stale = (await readdir(OUTPUT_DIR)).filter((name) => name.endsWith(".webp") && !keep.has(name));
  await Promise.all(stale.map((name) => rm(path.join(OUTPUT_DIR, name))));
  return stale;
}

async function main(): Promise<void> {
  const jobs = listJobs();
  const duplicates = jobs.map((job) => job.fileName).filter((name, index, names) => names.indexOf(name) !== index);
  if (duplicates.length > 0) throw new Error(`Two images share a file name: ${duplicates.join(", ")}`);

  const removed = await removeStaleImages(new Set(jobs.map((job) => job.fileName)));
  let totalBytes = 0;
  let largest = { fileName: "", bytes: 0 };
  for (let start = 0; start < jobs.length; start += PARALLEL_RENDERS) {
    const batch = jobs.slice(start, start + PARALLEL_RENDERS);
    const sizes = await Promise.all(batch.map(render));
    sizes.forEach((bytes, index) => {
      totalBytes += bytes;
      const fileName = batch[index]?.fileName ?? "";
      if (bytes > largest.bytes) largest = { fileName, bytes };
    });
  }

  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  console.log(`Wrote ${jobs.length} images to demo-api/images (${(totalBytes / 1024 / 1024).toFixed(2)} MB total).`);
  console.log(`Largest: ${largest.fileName} (${kb(largest.bytes)}); average ${kb(totalBytes / jobs.length)}.`);
  if (removed.length > 0) console.log(`Removed ${removed.length} stale image(s): ${removed.join(", ")}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
