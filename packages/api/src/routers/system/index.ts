import { router } from '../../trpc';
import { info } from './info';

export const systemRouter = router({ info });
