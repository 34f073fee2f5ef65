/** Workspaces: a hospital and a vendor working together. */
export default {
  workspaces: {
    lead: '病院と事業者が、システムごとの責任分界表と開示書を共有する場です。',
    hospitalSide: '当組織は病院側',
    vendorSide: '当組織は事業者側',
    counterpartVendor: '事業者',
    counterpartHospital: '病院',
    systems: '対象システム',
    since: '作成日',
    emptyHospital:
      'まだワークスペースはありません。「招待」から事業者を招待し、事業者が受諾するとワークスペースが作成されます。',
    emptyVendor:
      'まだワークスペースはありません。病院から届いた招待メールのリンクを開いて受諾すると、ワークスペースが表示されます。',
    inviteVendor: '事業者を招待する',
    coordinator:
      'ワークスペースは病院と事業者の間で作成されます。地域連携運営主体は「ネットワーク」をご利用ください。',
  },
} as const;
