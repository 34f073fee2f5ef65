import { router } from '../../trpc';
import { addEvidenceToRow } from './add-evidence';
import { combined } from './combined';
import { comment } from './comment';
import { compareWithSnapshot } from './compare-snapshot';
import { create } from './create';
import { dispute } from './dispute';
import { evidenceFile } from './evidence-file';
import { exportMatrix } from './export';
import { exportSnapshotFile } from './export-snapshot';
import { get } from './get';
import { importFile, importPreview } from './import';
import { list } from './list';
import { participants } from './participants';
import { removeEvidenceFromRow } from './remove-evidence';
import { row } from './row';
import { rows } from './rows';
import { sign } from './sign';
import { snapshots } from './snapshots';
import { transition } from './transition';
import { updateRows } from './update-rows';

export const matrixRouter = router({
  list,
  get,
  create,
  rows,
  row,
  updateRows,
  transition,
  dispute,
  comment,
  participants,
  addEvidence: addEvidenceToRow,
  removeEvidence: removeEvidenceFromRow,
  evidenceFile,
  sign,
  snapshots,
  compareSnapshot: compareWithSnapshot,
  exportSnapshot: exportSnapshotFile,
  export: exportMatrix,
  importPreview,
  import: importFile,
  combined,
});
