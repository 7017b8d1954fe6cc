// Writes epoch milliseconds as the plain local dates CSV exports carry ('YYYY-MM-DD', 'YYYY-MM-DD HH:mm:ss'), read back as UTC.

export const millisecondsPerHour = 3_600_000;
export const millisecondsPerDay = 86_400_000;

function twoDigits(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}

/**
 * @example
 * formatDate(Date.UTC(2025, 0, 31)); // '2025-01-31'
 */
export function formatDate(epochMilliseconds: number): string {
  const date = new Date(epochMilliseconds);
  return `${date.getUTCFullYear()}-${twoDigits(date.getUTCMonth() + 1)}-${twoDigits(date.getUTCDate())}`;
}

/**
 * @example
 * formatDateTime(Date.UTC(2025, 0, 31, 9, 5)); // '2025-01-31 09:05:00'
 */
export function formatDateTime(epochMilliseconds: number): string {
  const date = new Date(epochMilliseconds);
  const time = `${twoDigits(date.getUTCHours())}:${twoDigits(date.getUTCMinutes())}:${twoDigits(date.getUTCSeconds())}`;
  return `${formatDate(epochMilliseconds)} ${time}`;
}
