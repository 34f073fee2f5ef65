import { vocabularyIn } from '../vocabulary';

const words = vocabularyIn('ja');

/** The shell and what every feature shares: navigation, common words, errors, the vocabulary of organizations, roles and systems. */
export default {
  app: { name: '分界 Bunkai', tagline: '医療情報システムの責任分界を、病院と事業者で。' },
  nav: {
    home: 'ホーム',
    catalogs: 'ガイドライン',
    workspaces: 'ワークスペース',
    matrix: '責任分界表',
    disclosures: '開示書',
    alerts: '改訂アラート',
    network: 'ネットワーク',
    systems: 'システム',
    members: 'メンバー',
    invitations: '招待',
    audit: '監査ログ',
    account: 'アカウント',
  },
  language: { label: '言語', ja: '日本語', en: 'English' },
  common: {
    loading: '読み込み中…',
    cancel: 'キャンセル',
    save: '保存',
    edit: '編集',
    none: 'なし',
    current: 'この端末',
    unknown: '不明',
    notFound: 'ページが見つかりません',
    backHome: 'ホームへ戻る',
    error: 'エラーが発生しました',
    retry: '再読み込み',
    withNote: '{{text}}（{{note}}）',
    separator: '・',
    listSeparator: '、',
    choose: '選択してください',
  },
  errors: {
    network: 'サーバーに接続できません。通信環境を確認して、もう一度お試しください',
    unexpected: '予期しないエラーが発生しました。時間をおいてもう一度お試しください',
    checkFields: '入力内容に誤りがあります。各項目のメッセージを確認してください',
  },
  fileImport: { row: '行', column: '列', message: '内容', wholeFile: 'ファイル全体' },
  header: {
    organization: '組織',
    noOrganization: '所属組織なし',
    choose: '組織を選択',
    signOut: 'サインアウト',
  },
  ...words.organization,
  home: {
    title: 'ホーム',
    lead: '病院・事業者・地域連携の運営主体が、ガイドラインに沿った責任分界表と適合開示書を一か所で管理します。',
    status: 'サービスの状態',
    appVersion: 'バージョン',
    databaseMode: 'データベース',
    serverVersion: 'PostgreSQL',
    modes: { pglite: '組み込み (PGlite)', postgres: 'PostgreSQL サーバー' },
    loading: '読み込み中…',
    error: 'サーバーに接続できません',
    noOrganization:
      'まだどの組織にも所属していません。招待メールのリンクから招待を受諾すると、組織のページが使えるようになります。',
  },
  placeholder: {
    soon: 'この画面は準備中です。',
    workspaces: '病院と事業者が共有するワークスペースの一覧がここに表示されます。',
    matrix: 'システムごとの責任分界表（病院・事業者・共同・対象外）を作成し、双方で確認します。',
    disclosures: '事業者のサービス仕様適合開示書（MDS/SDS）を提出・共有・審査します。',
    alerts: 'ガイドライン改訂で影響を受ける分界表の行と開示書の回答が表示されます。',
    network: '同意した会員病院のネットワーク全体のギャップを運営主体が確認します。',
  },
  access: {
    hospitalOnly:
      'この画面は病院の組織でのみ利用できます。ヘッダーで病院の組織に切り替えてください。',
    adminOnly: 'この画面は組織の管理者（オーナー・管理者）のみ利用できます。',
    needOrganization: '組織に所属すると利用できます。',
  },
} as const;
