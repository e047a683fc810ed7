// Human labels of the standard OpenID Connect scopes (Core §5.4, §11); other scopes show as sent.
import type { Locale } from '../../shared/locale';

const labels: Record<string, Record<Locale, string>> = {
  openid: { en: 'Confirm your identity', ja: 'あなたの本人確認' },
  profile: { en: 'Your basic profile (name, picture, …)', ja: '基本プロフィール（氏名・画像など）' },
  email: { en: 'Your email address', ja: 'メールアドレス' },
  address: { en: 'Your postal address', ja: '住所' },
  phone: { en: 'Your phone number', ja: '電話番号' },
  offline_access: { en: 'Keep access while you are away', ja: 'ログアウト中も継続してアクセス' },
};

export function scopeLabel(scope: string, locale: Locale): string {
  return labels[scope]?.[locale] ?? scope;
}

export function hasLabel(scope: string): boolean {
  return scope in labels;
}
