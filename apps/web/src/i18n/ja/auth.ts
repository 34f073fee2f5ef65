/** Sign-in, sign-up, password reset, the second factor. */
export default {
  auth: {
    email: 'メールアドレス',
    password: 'パスワード',
    signInLink: 'サインイン',
    signUpLink: '新規登録',
    signIn: {
      title: 'サインイン',
      lead: '分界 Bunkai にサインインします。',
      submit: 'サインイン',
      noAccount: 'アカウントをお持ちでない方は',
      forgot: 'パスワードをお忘れの方',
      codeTitle: '確認コードの入力',
      codeLead:
        '認証アプリに表示されている6桁のコードを入力してください。認証アプリを使えない場合は、リカバリーコードを入力できます。',
      code: '確認コード（6桁）またはリカバリーコード',
      verify: '確認',
      otherAccount: '別のアカウントでサインイン',
      afterReset: 'パスワードを再設定しました。新しいパスワードでサインインしてください。',
    },
    signUp: {
      title: '新規登録',
      lead: '病院・事業者・地域連携の運営主体の担当者として登録します。',
      invitationLead:
        '招待を受けるためのアカウントを作成します。登録後、招待の受諾画面に進みます。',
      invitedTo: '{{organization}} からの招待に参加します。',
      displayName: '氏名',
      passwordHint: '8文字以上。よく使われるパスワードは使えません。',
      organizationKind: '組織の種類',
      chooseKind: '組織の種類を選んでください',
      organizationName: '組織名',
      organizationNameHint: '正式名称を入力してください（例：〇〇市立総合病院、株式会社〇〇）。',
      sizeClass: '病院の規模区分',
      submit: '登録する',
      haveAccount: 'アカウントをお持ちの方は',
      sent: '{{email}} に確認メールを送信しました。メールのリンクを開いて登録を完了してください（有効期限24時間）。届かない場合は、迷惑メールフォルダもご確認ください。',
    },
    confirmSignUp: {
      title: '登録の完了',
      lead: 'メールアドレスを確認しました。ボタンを押すと、アカウントを作成してサインインします。',
      submit: '登録を完了する',
      missingToken:
        'リンクが正しくありません。メールに記載されたリンクをそのまま開くか、もう一度登録してください。',
      again: 'もう一度登録する',
    },
    forgot: {
      title: 'パスワードの再設定',
      lead: '登録したメールアドレスを入力してください。パスワード再設定用のリンクを送ります。',
      submit: '再設定リンクを送信',
      sent: 'ご入力のアドレスが登録されている場合は、パスワード再設定用のリンクを送信しました。リンクの有効期限は30分です。',
      back: 'サインイン画面へ戻る',
    },
    reset: {
      title: '新しいパスワードの設定',
      lead: '新しいパスワードを入力してください。設定後は、すべての端末でサインアウトされます。',
      password: '新しいパスワード',
      submit: 'パスワードを設定',
      missingToken:
        'リンクが正しくありません。メールに記載されたリンクをそのまま開くか、もう一度申請してください。',
      requestAgain: 'もう一度申請する',
    },
  },
} as const;
