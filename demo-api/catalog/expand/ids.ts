import { hash32 } from "../hash";

const CROCKFORD_BASE32 = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
/** Every id's timestamp part falls on the day the demo catalog was first published. */
const CATALOG_EPOCH_MS = Date.UTC(2025, 0, 15);
const DAY_MS = 86_400_000;

/**
 * A ULID-shaped id (26 Crockford base-32 characters) derived from `kind` and
 * `key`, so the same entity gets the same id on every run.
 */
export function stableId(kind: string, key: string): string {
  const text = `${kind}:${key}`;
  const time = CATALOG_EPOCH_MS + (hash32(text, 0x5eed) % DAY_MS);
  let timePart = "";
  for (let i = 9; i >= 0; i--) {
    timePart += base32Digit(Math.floor(time / 32 ** i));
  }
  let randomPart = "";
  for (let seed = 1; seed <= 4; seed++) {
    // 20 bits per hash, 5 bits per character.
    const bits = hash32(text, seed) >>> 12;
    for (let shift = 15; shift >= 0; shift -= 5) randomPart += base32Digit(bits >>> shift);
  }
  return timePart + randomPart;
}

function base32Digit(value: number): string {
  return CROCKFORD_BASE32.charAt(value % 32);
}
