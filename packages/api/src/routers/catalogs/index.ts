import { router } from '../../trpc';
import { diff } from './diff';
import { exportVersion } from './export';
import { importVersion } from './import';
import { importPreview } from './import-preview';
import { list } from './list';
import { requirement } from './requirement';
import { requirements } from './requirements';
import { setStatus } from './set-status';
import { template } from './template';

export const catalogsRouter = router({
  list,
  requirements,
  requirement,
  diff,
  setStatus,
  importPreview,
  import: importVersion,
  export: exportVersion,
  template,
});
