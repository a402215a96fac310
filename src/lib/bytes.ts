// One way to write a size for people, shared by the lessons' figures (src/lib/lora.ts), the LoRA widget and the offline
// download's sizes, so the same number reads the same everywhere.

const UNITS = ['bytes', 'KB', 'MB', 'GB', 'TB'] as const;

/** A size in decimal units (1 MB = 1,000,000 bytes), one decimal below 100: "8.4 MB", "134 MB", "512 bytes". */
export function formatBytes(bytes: number | bigint): string {
  let value = Math.max(0, Number(bytes));
  if (!Number.isFinite(value)) value = 0;
  let unit = 0;
  while (unit < UNITS.length - 1 && value >= 1_000) {
    value /= 1_000;
    unit += 1;
  }
  const digits = value < 100 && unit > 0 ? 1 : 0;
  // 999.96 KB would round to "1,000 KB": say "1 MB" instead.
  if (Number(value.toFixed(digits)) >= 1_000 && unit < UNITS.length - 1) return `1 ${UNITS[unit + 1]}`;
  return `${new Intl.NumberFormat('en-US', { maximumFractionDigits: digits }).format(value)} ${UNITS[unit]}`;
}
