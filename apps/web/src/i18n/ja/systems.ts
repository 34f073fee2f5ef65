/** The hospital's systems. */
export default {
  systems: {
    title: 'システム',
    lead: '当院の医療情報システムを登録します。事業者を招待するときに対象システムとして選びます。',
    name: 'システム名',
    category: '区分',
    serviceType: '提供形態',
    createdAt: '登録日',
    actions: '操作',
    empty: 'まだシステムが登録されていません。',
    addTitle: 'システムを追加',
    add: '追加',
    added: 'システム「{{name}}」を追加しました。',
    updated: 'システム「{{name}}」を更新しました。',
    readOnly: 'システムの追加・変更は管理者が行います。',
    choose: '選択してください',
  },
} as const;
