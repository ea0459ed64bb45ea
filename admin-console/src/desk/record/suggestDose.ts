/** Which vaccine and dose number the record form starts with. */
export interface DoseChoice {
  vaccine: string;
  dose: number;
}

/** What the desk knows about the person when it is about to record. */
export interface DoseContext {
  /** Their appointment today, if they came with one. */
  appointment?: { vaccine: string; dose: number };
  /** The doses they have had, from the verification. */
  history?: readonly { vaccine: string; dose: number }[];
  /** The vaccines of the facility's sessions today. */
  todaysVaccines: readonly string[];
  /** The vaccine the desk last recorded today: the vial that is open. */
  lastVaccine?: string;
}

/**
 * The appointment says best; else the next dose after their last one, of the same vaccine (a series continues with
 * its vaccine); else a first dose of the vaccine last given today (the open vial), or of the day's first session.
 * An empty vaccine means the vaccinator must choose.
 */
export function suggestDose({ appointment, history = [], todaysVaccines, lastVaccine }: DoseContext): DoseChoice {
  if (appointment) return { vaccine: appointment.vaccine, dose: appointment.dose };
  const last = [...history].sort((a, b) => b.dose - a.dose)[0];
  if (last) return { vaccine: last.vaccine, dose: last.dose + 1 };
  if (lastVaccine && todaysVaccines.includes(lastVaccine)) return { vaccine: lastVaccine, dose: 1 };
  return { vaccine: todaysVaccines[0] ?? '', dose: 1 };
}

/** The vaccines to offer, each once, in a steady order: today's sessions', then the suggested one if no session has it. */
export function vaccineOptions(todaysVaccines: readonly string[], suggested: string): string[] {
  return [...new Set([...todaysVaccines, suggested].filter((code) => code !== ''))];
}
