import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useUpdatePassword } from '../../api/account/account-mutations.ts';
import { useSignedInAccount } from '../../api/account/signed-in-account.tsx';
import { useAppwrite } from '../../api/client/appwrite-context.tsx';
import { sessionQueries } from '../../api/sessions/session-queries.ts';
import { NewPasswordForm } from '../../components/password/new-password-form.tsx';
import { Alert } from '../../components/ui/alert.tsx';
import { Card } from '../../components/ui/card.tsx';
import { PageHeading } from '../../components/ui/page-heading.tsx';
import { PageTitle } from '../../components/ui/page-title.tsx';
import { useI18n } from '../../lib/i18n/i18n-context.tsx';
import { PasswordStrength } from './password-strength.tsx';
import '../../lib/i18n/en/password-page.ts';

export function PasswordPage() {
  const { t, plural } = useI18n();
  const api = useAppwrite();
  const queryClient = useQueryClient();
  const account = useSignedInAccount();
  const update = useUpdatePassword();
  const [done, setDone] = useState<{ remaining: number } | null>(null);
  const [formKey, setFormKey] = useState(0);
  const hasPassword = account.passwordUpdate !== '';
  const userInputs = [account.name, account.email, account.phone, account.$id].filter(Boolean);

  return (
    <>
      <PageTitle>{t('passwordPage.title')}</PageTitle>
      <PageHeading description={t('passwordPage.description')}>{hasPassword ? t('passwordPage.title') : t('passwordPage.set')}</PageHeading>
      <Card>
        <div className="flex flex-col gap-4">
          {!hasPassword && <p>{t('passwordPage.setBody')}</p>}
          {done && (
            <Alert tone="success" title={t('passwordPage.done')}>
              {plural(done.remaining, 'passwordPage.signedOutOthersOne', 'passwordPage.signedOutOthers')}
            </Alert>
          )}
          <NewPasswordForm
            key={formKey}
            requireCurrent={hasPassword}
            submitLabel={hasPassword ? t('passwordPage.submit') : t('passwordPage.submitSet')}
            pending={update.isPending}
            below={(password) => <PasswordStrength password={password} userInputs={userInputs} />}
            onSubmit={(password, fail, current) =>
              update.mutateAsync(hasPassword ? { password, oldPassword: current } : { password }, {
                onSuccess: () => {
                  setFormKey((k) => k + 1);
                  // The server signed out the other devices: say how many sessions are left.
                  void queryClient
                    .query({ ...sessionQueries.list(api), staleTime: 0 })
                    .then((sessions) => setDone({ remaining: sessions.total }))
                    .catch(() => setDone({ remaining: 1 }));
                },
                onError: fail,
              })
            }
          />
        </div>
      </Card>
    </>
  );
}
