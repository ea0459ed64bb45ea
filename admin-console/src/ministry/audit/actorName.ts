/**
 * An audit actor (`staff:<uuid>`, `nha:<id>`, `cli:<user>`) as a person reads it: a staff member's name when known,
 * otherwise the actor as written.
 */
export function actorName(actor: string, staffNames: ReadonlyMap<string, string>): string {
  const [kind, id] = actor.split(':', 2);
  if (kind === 'staff' && id) return staffNames.get(id) ?? actor;
  return actor;
}
