import type { Messages } from '../messages';
import type ja from '../ja/workspaces';

const workspaces: Messages<typeof ja> = {
  workspaces: {
    lead: 'Where a hospital and a vendor share the responsibility matrix and disclosures of their systems.',
    hospitalSide: 'We are the hospital',
    vendorSide: 'We are the vendor',
    counterpartVendor: 'Vendor',
    counterpartHospital: 'Hospital',
    systems: 'Systems',
    since: 'Created',
    emptyHospital:
      'No workspaces yet. Invite a vendor under “Invitations”; a workspace is created when the vendor accepts.',
    emptyVendor:
      'No workspaces yet. Open the link in a hospital’s invitation e-mail and accept it to see the workspace here.',
    inviteVendor: 'Invite a vendor',
    coordinator:
      'Workspaces are shared between hospitals and vendors. Regional network coordinators use “Network”.',
  },
};
export default workspaces;
