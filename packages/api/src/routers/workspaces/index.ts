import { router } from '../../trpc';
import { get } from './get';
import { list } from './list';

export const workspacesRouter = router({ list, get });
