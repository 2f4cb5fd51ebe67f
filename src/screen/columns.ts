// Which columns to screen, found from the header (English and Japanese export
// headings) or set with --name-column / --address-column.

export interface ScreenColumns {
  names: Array<{ index: number; header: string }>;
  addresses: Array<{ index: number; header: string }>;
}

/** Header → comparable form: NFKC (full-width headings), lower case, no spaces/_/-. */
function canonical(header: string): string {
  return header.normalize('NFKC').toLowerCase().replace(/[\s_\-.:：]+/g, '');
}

const NAME_HEADERS = new Set(
  [
    'name', 'full_name', 'fullname', 'counterparty', 'counterparty_name', 'sender', 'sender_name', 'receiver',
    'receiver_name', 'recipient', 'recipient_name', 'beneficiary', 'beneficiary_name', 'customer_name', 'customer',
    'client_name', 'account_name', 'account_holder', 'account_holder_name', 'holder_name', 'payee', 'payee_name',
    'payer', 'payer_name', 'originator', 'originator_name', 'remitter', 'remitter_name', 'ordering_customer',
    'entity_name', 'company_name', 'legal_name', 'beneficiary_bank', 'counterparty_bank',
    '氏名', '名義', '名義人', '口座名義', '口座名義人', '取引先', '取引先名', '送金先', '送金先名', '受取人', '受取人名',
    '依頼人', '依頼人名', '顧客名', 'お客様名', '名前', '会社名', '法人名',
  ].map(canonical),
);

const ADDRESS_HEADERS = new Set(
  [
    'wallet', 'address', 'wallet_address', 'from_address', 'to_address', 'from_wallet', 'to_wallet',
    'counterparty_address', 'counterparty_wallet', 'destination_address', 'source_address', 'deposit_address',
    'withdrawal_address', 'sender_address', 'receiver_address', 'recipient_address', 'crypto_address',
    'ウォレットアドレス', 'ウォレット', 'アドレス', '送金先アドレス', '入金アドレス', '出金アドレス',
  ].map(canonical),
);

export function detectColumns(header: readonly string[]): ScreenColumns {
  const names: ScreenColumns['names'] = [];
  const addresses: ScreenColumns['addresses'] = [];
  header.forEach((h, index) => {
    const c = canonical(h);
    if (NAME_HEADERS.has(c)) names.push({ index, header: h });
    else if (ADDRESS_HEADERS.has(c)) addresses.push({ index, header: h });
  });
  return { names, addresses };
}

/** Explicit columns by header name (case-insensitive) or 1-based number. */
export function resolveColumns(header: readonly string[], wanted: readonly string[], flag: string): Array<{ index: number; header: string }> {
  return wanted.map((w) => {
    const byName = header.findIndex((h) => h === w);
    const index = byName !== -1 ? byName : header.findIndex((h) => canonical(h) === canonical(w));
    if (index !== -1) return { index, header: header[index] as string };
    if (/^\d+$/.test(w) && Number(w) >= 1 && Number(w) <= header.length) {
      const i = Number(w) - 1;
      return { index: i, header: header[i] as string };
    }
    throw new UsageError(`${flag} "${w}" is not a column of the input; headers are: ${header.join(', ')}`);
  });
}

/** A problem with how the tool was called or with the input's shape: exit 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}
