/** Read by vite.config.ts at build time only: the table, made while the module runner that loads the rules is open. */
import { coverageIndex } from './coverage-index';

export default await coverageIndex();
