/**
 * The embedded mock's words, from the catalogue (lib/i18n/en/mock.ts): the mock may not import src/, so
 * its inbox and OAuth2 consent page take them as props. Mock mode only.
 */
import { useMemo } from 'react';
import type { MockInboxLabels, MockOAuthConsentLabels } from '../../config/runtime-config-context.tsx';
import { useI18n } from '../../lib/i18n/i18n-context.tsx';
import '../../lib/i18n/en/mock.ts';

export function useMockInboxLabels(): MockInboxLabels {
  const { t, plural } = useI18n();
  return useMemo(
    () => ({
      button: t('mock.inbox.button'),
      count: (count) => plural(count, 'mock.inbox.countOne', 'mock.inbox.count'),
      demo: t('mock.inbox.demo'),
      clearAll: t('mock.inbox.clearAll'),
      close: t('common.close'),
      list: t('mock.inbox.list'),
      empty: t('mock.inbox.empty'),
      smsTo: (to) => t('mock.inbox.smsTo', { to }),
      emailTo: (recipient) => t('mock.inbox.emailTo', { recipient }),
      openLink: t('mock.inbox.openLink'),
      openInNewTab: t('mock.inbox.openInNewTab'),
      copyCode: (code) => t('mock.inbox.copyCode', { code }),
      copied: t('common.copied'),
    }),
    [t, plural],
  );
}

export function useMockOAuthConsentLabels(): MockOAuthConsentLabels {
  const t = useI18n().t;
  return useMemo(
    () => ({
      unavailableTitle: t('mock.oauth.unavailableTitle'),
      unavailableBody: (status) => t('mock.oauth.unavailableBody', { status: String(status) }),
      pageTitle: (provider) => t('mock.oauth.pageTitle', { provider }),
      heading: (app, provider) => t('mock.oauth.heading', { app, provider }),
      intro: t('mock.oauth.intro'),
      email: t('mock.oauth.email'),
      name: t('mock.oauth.name'),
      allow: t('mock.oauth.allow'),
      deny: t('mock.oauth.deny'),
    }),
    [t],
  );
}
