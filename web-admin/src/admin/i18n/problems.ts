// The texts of the problems the forms find before the server does. Validators take a `say`
// (English by default, so the form layer stays pure and testable); screens pass useSay().
import { defineMessages, translate, useT, type Vars } from './i18n';

export const problemTexts = defineMessages({
  en: {
    required: 'required',
    nameNeeded: 'a name is needed',
    mustBeUuid: 'must be a UUID',
    atMost255: 'at most 255 characters',
    atLeast12: 'at least 12 characters',
    positiveSeconds: 'a positive number of seconds',
    chooseOne: 'choose at least one',
    uriProblem: '{uri}: {problem}',
    notAbsoluteUri: 'not an absolute URI',
    noFragment: 'must not have a fragment (RFC 6749 §3.1.2)',
    httpLocalhostOnly: 'http is allowed only for localhost',
    redirectNeeded: 'at least one is needed for the authorization code and implicit grants',
    codeNeedsGrant: 'a "code" response type needs the authorization_code grant',
    publicNoClientCredentials: 'a public client (none) cannot use client_credentials',
    notEmail: 'not an email address',
    emailNeeded: 'an email address is needed',
    notPhone: 'not a phone number',
    signInIdentifierNeeded: 'an email, a username, a phone number or an external id is needed to sign in',
    initialPasswordNeeded: 'an initial password is needed',
    notTenantPermission: 'not a permission of the tenant: {list}',
    atLeastOneScope: 'at least one scope',
    atLeastOneResponseType: 'at least one response type',
    notSupported: 'not supported: {list}',
    keySetEmpty: 'the key set needs at least one key',
    noSuchKey: 'no key with kid {kid} in the key set',
    notSigningKey: '{kid} is not a signing key',
    algNotOffered: '{alg} is not in id_token_signing_alg_values_supported',
    noSigningKey: 'no key of the new set can sign: add a new key',
    openidNeeded: 'openid is needed for sign-in',
    codeGrantNeeded: 'authorization_code is needed for sign-in',
    notDateTime: 'not a date and time',
    beforeStart: 'before the start',
    notDate: 'must be a date (YYYY-MM-DD)',
    oneOf: 'must be one of {list}',
    beforeStartDate: 'must not be before the start date',
  },
  ja: {
    required: '必須です',
    nameNeeded: '名前が必要です',
    mustBeUuid: 'UUID で指定してください',
    atMost255: '255 文字以内で入力してください',
    atLeast12: '12 文字以上で入力してください',
    positiveSeconds: '正の秒数を入力してください',
    chooseOne: '少なくとも 1 つ選んでください',
    uriProblem: '{uri}: {problem}',
    notAbsoluteUri: '絶対 URI ではありません',
    noFragment: 'フラグメントは使えません（RFC 6749 §3.1.2）',
    httpLocalhostOnly: 'http は localhost にのみ使えます',
    redirectNeeded: '認可コードグラントとインプリシットグラントには 1 つ以上必要です',
    codeNeedsGrant: '"code" を含むレスポンスタイプには authorization_code グラントが必要です',
    publicNoClientCredentials: '公開クライアント（none）は client_credentials を使えません',
    notEmail: 'メールアドレスではありません',
    emailNeeded: 'メールアドレスが必要です',
    notPhone: '電話番号ではありません',
    signInIdentifierNeeded: 'サインインにはメールアドレス、ユーザー名、電話番号、外部 ID のいずれかが必要です',
    initialPasswordNeeded: '初期パスワードが必要です',
    notTenantPermission: 'テナントの権限ではありません: {list}',
    atLeastOneScope: 'スコープが 1 つ以上必要です',
    atLeastOneResponseType: 'レスポンスタイプが 1 つ以上必要です',
    notSupported: '対応していません: {list}',
    keySetEmpty: '鍵セットには 1 つ以上の鍵が必要です',
    noSuchKey: 'kid {kid} の鍵は鍵セットにありません',
    notSigningKey: '{kid} は署名用の鍵ではありません',
    algNotOffered: '{alg} は id_token_signing_alg_values_supported にありません',
    noSigningKey: '新しいセットに署名できる鍵がありません。新しい鍵を追加してください',
    openidNeeded: 'サインインには openid が必要です',
    codeGrantNeeded: 'サインインには authorization_code が必要です',
    notDateTime: '日時ではありません',
    beforeStart: '開始より前です',
    notDate: '日付（YYYY-MM-DD）で指定してください',
    oneOf: '次のいずれかにしてください: {list}',
    beforeStartDate: '開始日より前にはできません',
  },
});

export type ProblemCode = keyof typeof problemTexts.en;
export type Say = (code: ProblemCode, vars?: Vars) => string;

export const sayEnglish: Say = (code, vars) => translate(problemTexts, 'en', code, vars);

// The problems in the console's language.
export function useSay(): Say {
  return useT(problemTexts);
}
