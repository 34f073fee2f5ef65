import { router } from '../../trpc';
import { info } from './info';

export const serviceRouter = router({ info });
