/**
 * Every property test in `npm test` runs from one seed, so a run is repeatable and CI's answer does
 * not depend on luck: PROPERTY_SEED=<n> picks another seed, PROPERTY_SEED=random a fresh one each
 * run (what to use when hunting for new counterexamples; the open ones are listed by name in the
 * random-edit properties' KNOWN_OPEN tables).
 */
import fc from 'fast-check';

const chosen = process.env.PROPERTY_SEED;
if (chosen !== 'random') fc.configureGlobal({ seed: chosen ? Number(chosen) : 20261129 });
