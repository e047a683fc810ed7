// Every text the sign-in pages show, in English and Japanese.
import type { Locale } from '../../shared/locale';

const en = {
  loading: 'Loading…',
  signinTitle: 'Sign in',
  signinLead: 'Sign in to continue to {client}.',
  email: 'Email address',
  password: 'Password',
  name: 'Name',
  signin: 'Sign in',
  signingIn: 'Signing in…',
  noAccount: 'No account yet?',
  createAccount: 'Create an account',
  sessionLead: 'You are already signed in.',
  continueSession: 'Continue',
  otherAccount: 'Or sign in with another account',
  signupTitle: 'Create an account',
  signupLead: 'Create an account to continue to {client}.',
  signup: 'Create account',
  signingUp: 'Creating account…',
  haveAccount: 'Already have an account?',
  backToSignin: 'Sign in',
  consentTitle: 'Allow access',
  consentLead: '{client} is asking for access to:',
  allow: 'Allow',
  deny: 'Deny',
  sending: 'Sending…',
  privacyPolicy: 'Privacy policy',
  terms: 'Terms of service',
  website: 'Website',
  errorTitle: 'Something went wrong',
  errorLead: 'The sign-in could not be completed. Go back to the application and start again.',
  errorCode: 'Error',
  errorDetails: 'Details',
  missingFlow: 'This page was opened without an authorization request (id and tenant_id are missing).',
  unexpectedAnswer: 'The server gave an unexpected answer: {reason}',
  network: 'The server could not be reached. Check your connection and try again.',
};

export type MessageKey = keyof typeof en;

const ja: Record<MessageKey, string> = {
  loading: '読み込み中…',
  signinTitle: 'サインイン',
  signinLead: '{client} を利用するにはサインインしてください。',
  email: 'メールアドレス',
  password: 'パスワード',
  name: '氏名',
  signin: 'サインイン',
  signingIn: 'サインインしています…',
  noAccount: 'アカウントをお持ちでない場合',
  createAccount: 'アカウントを作成',
  sessionLead: 'すでにサインインしています。',
  continueSession: '続ける',
  otherAccount: '別のアカウントでサインイン',
  signupTitle: 'アカウント作成',
  signupLead: '{client} を利用するためのアカウントを作成します。',
  signup: 'アカウントを作成',
  signingUp: 'アカウントを作成しています…',
  haveAccount: 'アカウントをお持ちの場合',
  backToSignin: 'サインイン',
  consentTitle: 'アクセスの許可',
  consentLead: '{client} が次の情報へのアクセスを求めています:',
  allow: '許可する',
  deny: '拒否する',
  sending: '送信しています…',
  privacyPolicy: 'プライバシーポリシー',
  terms: '利用規約',
  website: 'ウェブサイト',
  errorTitle: 'エラーが発生しました',
  errorLead: 'サインインを完了できませんでした。アプリケーションに戻って、もう一度やり直してください。',
  errorCode: 'エラー',
  errorDetails: '詳細',
  missingFlow: '認可リクエストなしでこのページが開かれました（id と tenant_id がありません）。',
  unexpectedAnswer: 'サーバーから想定外の応答がありました: {reason}',
  network: 'サーバーに接続できませんでした。接続を確認して、もう一度お試しください。',
};

const catalogs: Record<Locale, Record<MessageKey, string>> = { en, ja };

export type Translate = (key: MessageKey, vars?: Record<string, string>) => string;

export function translator(locale: Locale): Translate {
  return (key, vars = {}) =>
    catalogs[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) => vars[name] ?? whole);
}
