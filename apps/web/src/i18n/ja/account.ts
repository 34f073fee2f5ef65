/** The account page: profile, password, second factor, sessions. */
export default {
  account: {
    title: 'アカウント',
    lead: 'プロフィール、二要素認証、サインイン中の端末、パスワードを管理します。',
    mfaNotice:
      'この組織では管理者に二要素認証（MFA）の設定が必要です。下の「二要素認証（MFA）」から設定してください。',
    profile: {
      title: 'プロフィール',
      name: '氏名',
      email: 'メールアドレス',
      organization: '現在の組織',
      role: '権限',
      mfa: '二要素認証',
    },
    mfa: {
      title: '二要素認証（MFA）',
      enabled: '有効',
      disabled: '未設定',
      enabledText: 'サインイン時に、パスワードに加えて認証アプリの確認コードが必要です。',
      disabledText:
        'パスワードが漏れても不正にサインインされないよう、認証アプリ（Google Authenticator、Microsoft Authenticator など）による二要素認証を設定してください。',
      currentPassword: '現在のパスワード（ご本人の確認のため）',
      start: '設定する',
      step1: '1. 認証アプリでこのQRコードを読み取ってください。',
      qrAlt: '認証アプリに登録するためのQRコード',
      manual: 'QRコードを読み取れない場合は、次のキーを認証アプリに手入力してください。',
      secret: '手入力用のキー',
      step2: '2. 認証アプリに表示された6桁のコードを入力してください。',
      code: '確認コード（6桁）',
      confirm: '有効にする',
      cancel: 'やめる',
      done: '二要素認証を有効にしました。',
      recoveryTitle: 'リカバリーコード',
      recoveryWarning:
        'リカバリーコードはこの画面で一度だけ表示されます。認証アプリを使えなくなったときにサインインするために必要です。印刷するか、パスワード管理ツールなど安全な場所に保管してください。各コードは1回だけ使えます。',
      recoveryStored: '保管しました',
      copy: 'コードをコピー',
      copied: 'コピーしました',
    },
    sessions: {
      title: 'サインイン中の端末',
      device: '端末（ブラウザ）',
      ip: 'IPアドレス',
      lastSeen: '最終アクセス',
      started: 'サインイン日時',
      signOutOthers: '他の端末からサインアウト',
      signedOutOthers: '他の端末からサインアウトしました。',
      onlyThis: 'サインイン中の端末はこの端末だけです。',
    },
    password: {
      title: 'パスワードの変更',
      current: '現在のパスワード',
      next: '新しいパスワード',
      submit: 'パスワードを変更',
      done: 'パスワードを変更しました。他の端末はサインアウトされました。',
    },
  },
} as const;
