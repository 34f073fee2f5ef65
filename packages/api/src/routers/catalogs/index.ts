import { router } from '../../trpc';
import { diff } from './diff';
import { list } from './list';
import { requirement } from './requirement';
import { requirements } from './requirements';
import { setStatus } from './set-status';

export const catalogsRouter = router({ list, requirements, requirement, diff, setStatus });
