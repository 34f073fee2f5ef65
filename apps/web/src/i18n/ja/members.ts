/** An organization's members and settings. */
export default {
  members: {
    title: 'メンバー',
    lead: '組織のメンバーと権限を管理します。',
    name: '氏名',
    email: 'メールアドレス',
    role: '権限',
    audience: '担当区分',
    mfa: '二要素認証',
    mfaOn: '有効',
    mfaOff: '未設定',
    actions: '操作',
    you: '（あなた）',
    roleOf: '{{name}} の権限',
    audienceOf: '{{name}} の担当区分',
    remove: '削除',
    removeTitle: 'メンバーを削除しますか？',
    removeBody: '{{name}}（{{email}}）はこの組織のデータにアクセスできなくなります。',
    removeConfirm: '削除する',
    removed: '{{name}} を組織から削除しました。',
    changed: '{{name}} の権限を変更しました。',
    invite: '同僚を招待する',
    settings: {
      title: '組織の設定',
      name: '組織名',
      requireMfa: '管理者（オーナー・管理者）に二要素認証を必須にする',
      requireMfaHint:
        '有効にすると、二要素認証を設定していない管理者は組織のデータを操作できません。',
      submit: '設定を保存',
      saved: '組織の設定を保存しました。',
    },
  },
} as const;
