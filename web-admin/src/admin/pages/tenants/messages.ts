import { defineMessages } from '../../i18n/i18n';

export const m = defineMessages({
  en: {
    title: 'Tenants',
    newTenant: 'New tenant',
    createTitle: 'New tenant',
    createLead: 'A PUBLIC tenant with its own authorization server; its users sign in with the default sign-in pages. The server generates its signing keys.',
    name: 'Name',
    description: 'Description',
    id: 'Tenant ID',
    type: 'Type',
    scopes: 'Scopes offered',
    grantTypes: 'Grant types',
    durations: 'Token lifetimes (seconds)',
    issuer: 'Issuer',
  },
  ja: {
    title: 'テナント',
    newTenant: '新しいテナント',
    createTitle: '新しいテナント',
    createLead: '独自の認可サーバーを持つ PUBLIC テナントです。ユーザーは既定のサインイン画面でサインインします。署名鍵はサーバーが生成します。',
    name: '名前',
    description: '説明',
    id: 'テナント ID',
    type: '種別',
    scopes: '提供するスコープ',
    grantTypes: 'グラントタイプ',
    durations: 'トークンの有効期間（秒）',
    issuer: 'Issuer',
  },
});
