// Wallet addresses match exactly, after the only folding that is safe per format:
// EVM (0x + 40 hex) and bech32 (bc1…, ltc1…) addresses are case-insensitive; base58
// addresses (Bitcoin legacy, Tron, Monero…) are case-sensitive and stay as written.
import { FNV_OFFSET, FNV_PRIME } from './fnv';

const EVM = /^0x[0-9a-fA-F]{40}$/;
const BECH32 = /^(bc1|tb1|ltc1|bcrt1)[0-9a-zA-Z]+$/i;

export function normalizeAddress(value: string): string {
  const trimmed = value.trim();
  if (EVM.test(trimmed) || BECH32.test(trimmed)) return trimmed.toLowerCase();
  return trimmed;
}

export function addressFolding(value: string): string {
  const trimmed = value.trim();
  if (EVM.test(trimmed)) return 'EVM address, compared case-insensitively';
  if (BECH32.test(trimmed)) return 'bech32 address, compared case-insensitively';
  return 'compared exactly';
}

/** Too short to be an address: never looked up (avoids "0" or "-" lighting up). */
export const MIN_ADDRESS_LENGTH = 20;

/** Characters of an address's start that WalletPrefixes reads: fewer than MIN_ADDRESS_LENGTH. */
const PREFIX_LENGTH = 8;
const PREFIX_BITS = 1 << 16;

/**
 * An address's first characters hashed with A–Z folded to a–z: the same for an address and
 * its normalizeAddress form (which only trims and lower-cases), and for an address and any
 * prefix of it that is at least PREFIX_LENGTH long.
 */
function foldedPrefixHash(address: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < PREFIX_LENGTH && i < address.length; i++) {
    const c = address.charCodeAt(i);
    h = Math.imul(h ^ (c >= 65 && c <= 90 ? c + 32 : c), FNV_PRIME);
  }
  return (h ^ (h >>> 16)) & (PREFIX_BITS - 1);
}

/**
 * Which address starts the list's wallets have, as a bit set: nearly every address of an
 * export starts like no listed wallet, and this says so before the address is folded
 * (two regular expressions and a lower-cased copy) and looked up. A yes only means "look".
 */
export class WalletPrefixes {
  private readonly bits = new Uint32Array(PREFIX_BITS / 32);

  /** A listed wallet, or the fragment of one the list cut short (either as normalizeAddress gives it). */
  add(address: string): void {
    const h = foldedPrefixHash(address);
    this.bits[h >>> 5]! |= 1 << (h & 31);
  }

  /** False when no added wallet can equal or start this trimmed address (of MIN_ADDRESS_LENGTH or more). */
  mayHold(trimmed: string): boolean {
    const h = foldedPrefixHash(trimmed);
    return ((this.bits[h >>> 5] as number) & (1 << (h & 31))) !== 0;
  }
}
