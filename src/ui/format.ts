/** The display formatting lives in src/lib/format.ts (pure, shared with the key figures of src/lib/key-figures). */
export { money, yearMonth } from '../lib/format';
