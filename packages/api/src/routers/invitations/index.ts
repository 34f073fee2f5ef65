import { router } from '../../trpc';
import { accept } from './accept';
import { createColleague } from './create-colleague';
import { createVendor } from './create-vendor';
import { list } from './list';
import { preview } from './preview';
import { resend } from './resend';
import { revoke } from './revoke';

export const invitationsRouter = router({
  createVendor,
  createColleague,
  list,
  resend,
  revoke,
  preview,
  accept,
});
