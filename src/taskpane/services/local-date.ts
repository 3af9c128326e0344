/** Today's date in the person's time zone, as YYYY-MM-DD (the form every date field of the pane uses). */
export function localIsoDate(now: Date = new Date()): string {
  const pad = (value: number): string => String(value).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
