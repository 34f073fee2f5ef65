import type { Messages } from './ja';

export const en: Messages = {
  app: { name: 'Bunkai 分界', tagline: 'Responsibility splits for medical information systems.' },
  nav: {
    home: 'Home',
    workspaces: 'Workspaces',
    matrix: 'Responsibility matrix',
    disclosures: 'Disclosures',
    alerts: 'Revision alerts',
    network: 'Network',
  },
  language: { label: 'Language', ja: '日本語', en: 'English' },
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
};
