/** Japanese is the default language; every key here must exist in en.ts (checked by type). */
export const ja = {
  app: { name: '分界 Bunkai', tagline: '医療情報システムの責任分界を、病院と事業者で。' },
  nav: {
    home: 'ホーム',
    workspaces: 'ワークスペース',
    matrix: '責任分界表',
    disclosures: '開示書',
    alerts: '改訂アラート',
    network: 'ネットワーク',
  },
  language: { label: '言語', ja: '日本語', en: 'English' },
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
  },
  placeholder: {
    soon: 'この画面は準備中です。',
    workspaces: '病院と事業者が共有するワークスペースの一覧がここに表示されます。',
    matrix: 'システムごとの責任分界表（病院・事業者・共同・対象外）を作成し、双方で確認します。',
    disclosures: '事業者のサービス仕様適合開示書（MDS/SDS）を提出・共有・審査します。',
    alerts: 'ガイドライン改訂で影響を受ける分界表の行と開示書の回答が表示されます。',
    network: '同意した会員病院のネットワーク全体のギャップを運営主体が確認します。',
  },
} as const;

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Messages = Widen<typeof ja>;
