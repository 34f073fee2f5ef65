import type { Messages } from '../messages';
import type ja from '../ja/common';
import { commonWords } from '../common-words';

const common: Messages<typeof ja> = {
  app: { name: 'Bunkai 分界', tagline: 'Responsibility splits for medical information systems.' },
  nav: {
    home: 'Home',
    catalogs: 'Guidelines',
    workspaces: 'Workspaces',
    matrix: 'Responsibility matrix',
    disclosures: 'Disclosures',
    alerts: 'Revision alerts',
    network: 'Network',
    systems: 'Systems',
    members: 'Members',
    invitations: 'Invitations',
    audit: 'Audit log',
    account: 'Account',
  },
  language: { label: 'Language', ja: '日本語', en: 'English' },
  common: {
    loading: 'Loading…',
    cancel: 'Cancel',
    save: 'Save',
    edit: 'Edit',
    none: 'None',
    current: 'This device',
    unknown: 'Unknown',
    notFound: 'Page not found',
    backHome: 'Back to home',
    error: 'Something went wrong',
    retry: 'Reload',
    withNote: '{{text}} ({{note}})',
    separator: ' · ',
    listSeparator: ', ',
    choose: 'Choose…',
  },
  errors: {
    network: 'Cannot reach the server. Check your connection and try again',
    unexpected: 'An unexpected error occurred. Please try again later',
    checkFields: 'Some entries need correcting. See the message under each field',
  },
  fileImport: { row: 'Row', column: 'Column', message: 'Problem', wholeFile: 'Whole file' },
  header: {
    organization: 'Organization',
    noOrganization: 'No organization',
    choose: 'Choose an organization',
    signOut: 'Sign out',
  },
  ...commonWords('en'),
  home: {
    title: 'Home',
    lead: 'Hospitals, vendors and regional coordinators keep the responsibility matrix and conformance disclosures in one place, against the guidelines.',
    status: 'Service status',
    appVersion: 'Version',
    databaseMode: 'Database',
    serverVersion: 'PostgreSQL',
    modes: { pglite: 'Embedded (PGlite)', postgres: 'PostgreSQL server' },
    loading: 'Loading…',
    error: 'Cannot reach the server',
    noOrganization:
      'You do not belong to an organization yet. Accept an invitation from its e-mail link to use your organization’s pages.',
  },
  placeholder: {
    soon: 'This page is being built.',
    workspaces: 'The workspaces shared by hospitals and vendors will be listed here.',
    matrix:
      'Build each system’s responsibility matrix (hospital, vendor, shared, not applicable) and confirm it together.',
    disclosures: 'Vendors submit, share and get review of their conformance disclosures (MDS/SDS).',
    alerts:
      'Matrix rows and disclosure answers affected by a guideline revision will be shown here.',
    network: 'Coordinators see network-wide gaps across member hospitals that consented.',
  },
  access: {
    hospitalOnly:
      'This page is for hospital organizations. Switch to a hospital organization in the header.',
    adminOnly: 'This page is for the organization’s owners and administrators.',
    needOrganization: 'Available once you belong to an organization.',
  },
};
export default common;
