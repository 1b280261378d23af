/**
 * Ids compare the way people mean them: " g1 " and "G1" and full-width "Ｇ１"
 * name the same goal. The id as typed is kept for messages.
 */
export function idKey(id: string): string {
  // Plain ASCII ids (G1, S12) are what sheets hold; NFKC and trim would leave them unchanged.
  if (PLAIN_ASCII.test(id)) return id.toUpperCase();
  return id.normalize("NFKC").trim().toUpperCase();
}

/** Printable ASCII without spaces: NFKC-stable and nothing to trim. */
const PLAIN_ASCII = /^[\x21-\x7e]*$/;
