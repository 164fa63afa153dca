// Dates from the API are ISO yyyy-MM-dd (a day, or the first day of a month or year at that precision).
// They are shown in Arabic month names with Western digits, as the seed outlets write them.

const formatters = {
  day: new Intl.DateTimeFormat('ar-u-nu-latn', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  month: new Intl.DateTimeFormat('ar-u-nu-latn', { month: 'long', year: 'numeric', timeZone: 'UTC' }),
  year: new Intl.DateTimeFormat('ar-u-nu-latn', { year: 'numeric', timeZone: 'UTC' }),
};

export function parseIsoDate(value) {
  if (typeof value !== 'string') return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!match) return null;
  const time = Date.UTC(+match[1], +match[2] - 1, +match[3]);
  return Number.isNaN(time) ? null : new Date(time);
}

export function formatDate(value, precision = 'day') {
  const date = parseIsoDate(value);
  if (!date) return null;
  return (formatters[precision] || formatters.day).format(date);
}

/** «30 نوفمبر 2016 – 10 ديسمبر 2016», one date when both ends agree, null when neither is known. */
export function formatSpan(first, last) {
  const a = formatDate(first);
  const b = formatDate(last);
  if (!a && !b) return null;
  if (!a || !b || a === b) return a || b;
  return `${a} – ${b}`;
}
