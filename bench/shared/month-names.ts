// English month names, January first, for bench texts that write dates the way English speakers do.
export const monthNames: readonly string[] = Array.from({ length: 12 }, (_, index) =>
  new Date(Date.UTC(2000, index, 1)).toLocaleString('en', { month: 'long', timeZone: 'UTC' }),
);
