// Wallet addresses match exactly, after the only folding that is safe per format:
// EVM (0x + 40 hex) and bech32 (bc1…, ltc1…) addresses are case-insensitive; base58
// addresses (Bitcoin legacy, Tron, Monero…) are case-sensitive and stay as written.

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
