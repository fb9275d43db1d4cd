import { useAccountIfLoaded } from '../../api/account/signed-in-account.tsx';
import { PageHeading } from '../../components/ui/page-heading.tsx';
import { PageTitle } from '../../components/ui/page-title.tsx';
import { useT } from '../../lib/i18n/i18n-context.tsx';
import { NameForm } from './name-form.tsx';
import { ProfileSummary } from './profile-summary.tsx';
import '../../lib/i18n/en/profile.ts';

export function ProfilePage() {
  const t = useT();
  // Painted before a cold start's account check answers: the summary and the field fill in after.
  const account = useAccountIfLoaded();
  return (
    <>
      <PageTitle>{t('profile.title')}</PageTitle>
      <PageHeading>{t('profile.title')}</PageHeading>
      <div className="flex flex-col gap-6">
        <ProfileSummary account={account} />
        <NameForm currentName={account?.name} userId={account?.$id} />
      </div>
    </>
  );
}
