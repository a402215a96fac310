import { toCents, type Money } from './cost';

const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 2 });
const plain = new Intl.NumberFormat('en-US');

/** Formats US dollars as "$1,027.50". */
export function formatUSD(dollars: number): string {
  return usd.format(dollars);
}

/** Formats a count with thousands separators: "10,000". */
export function formatCount(n: number): string {
  return plain.format(n);
}

/** Formats a price per million tokens as "$5.00", keeping extra digits when a price needs them ("$0.075"). */
export function formatPrice(dollars: number): string {
  const digits = Math.min(6, Math.max(2, (String(dollars).split('.')[1] ?? '').length));
  return new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: digits }).format(
    dollars,
  );
}

/** Formats exact money (see Money in cost.ts) as "$1,027.50", to the cent, without going through a float. */
export function formatMoney(m: Money): string {
  const cents = toCents(m);
  const abs = cents < 0n ? -cents : cents;
  const decimal = `${cents < 0n ? '-' : ''}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}` as const;
  // Intl formats a numeric string exactly (ES2023), so trillions keep their cents.
  return usd.format(decimal as `${number}`);
}
