/**
 * Time slots as CoWIN writes them, `09:00AM-11:00AM` (12-hour clock, two digits, no spaces): the form the server
 * accepts and citizens' apps show.
 */
const SLOT = /^(0[1-9]|1[0-2]):[0-5]\d(AM|PM)-(0[1-9]|1[0-2]):[0-5]\d(AM|PM)$/;

export function isSlot(text: string): boolean {
  return SLOT.test(text);
}

/** `13:30` → `01:30PM`. */
export function toTwelveHour(time: string): string {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  const suffix = hours >= 12 ? 'PM' : 'AM';
  const hour = hours % 12 === 0 ? 12 : hours % 12;
  return `${String(hour).padStart(2, '0')}:${String(minutes).padStart(2, '0')}${suffix}`;
}

function minutesOf(time: string): number {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return hours * 60 + minutes;
}

function timeOf(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/**
 * Slots of `length` minutes from a facility's opening to its closing time (`HH:MM`), the last one shorter if the
 * day does not divide evenly: a starting point the administrator can change.
 */
export function slotsBetween(opens: string, closes: string, length = 120): string[] {
  const start = minutesOf(opens);
  const end = minutesOf(closes);
  const slots: string[] = [];
  for (let from = start; from < end; from += length) {
    const to = Math.min(from + length, end);
    slots.push(`${toTwelveHour(timeOf(from))}-${toTwelveHour(timeOf(to))}`);
  }
  return slots;
}
