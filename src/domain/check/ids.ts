/**
 * Ids compare the way people mean them: " g1 " and "G1" and full-width "Ｇ１"
 * name the same goal. The id as typed is kept for messages.
 */
export function idKey(id: string): string {
  return id.normalize("NFKC").trim().toUpperCase();
}
