import fc from 'fast-check';

// Property tests run the same cases on every run: a test run (CI's above all) must not fail by
// the luck of the draw on a case nobody has looked at. FC_SEED=random draws new cases, to look
// for them; FC_SEED=<n> replays a draw that failed.
const seed = process.env.FC_SEED;
if (seed !== 'random') fc.configureGlobal({ seed: seed ? Number(seed) : 20261129 });
