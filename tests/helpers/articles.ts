/**
 * Invented articles for the tests: written here, in the seed's format, so that no test leans on the
 * wording of the bundled article or of the Wikinews texts.
 */
export const HARBOUR = `Storm closes the harbour at Port Elling

A winter storm closed the harbour at Port Elling on Tuesday, stranding 40 fishing boats.

The coastguard said waves of 9.5 metres were recorded off the north-east breakwater. Crews were told to stay ashore.

Mayor Ana Kovač’s office estimates the damage at $4.5 million, according to the Elling Gazette.

Fishermen’s unions warn that 60% of the town’s income depends on the winter catch.

  storms, Port Elling, fishing`;

export const MINE = `Copper mine reopens after two-year closure

The Velka copper mine reopened on Monday after a two-year closure, its owners said.

Around 300 miners returned to work underground, the regional labour office reported.

Environmental groups oppose the reopening, citing water pollution downstream.`;
