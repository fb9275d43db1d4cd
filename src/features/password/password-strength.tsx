import { useEffect, useState } from 'react';
import { useT } from '../../lib/i18n/i18n-context.tsx';
import '../../lib/i18n/en/password-page.ts';

type Score = 0 | 1 | 2 | 3 | 4;
type Scorer = (password: string, userInputs: string[]) => Score;

const LABELS = ['passwordPage.strengthLabels.s0', 'passwordPage.strengthLabels.s1', 'passwordPage.strengthLabels.s2', 'passwordPage.strengthLabels.s3', 'passwordPage.strengthLabels.s4'] as const;
const COLOURS = ['bg-danger', 'bg-danger', 'bg-warning', 'bg-success', 'bg-success'];

/** A strength meter; its estimator (and dictionaries) download the first time it is shown. */
export function PasswordStrength({ password, userInputs }: { password: string; userInputs: string[] }) {
  const t = useT();
  const [scorer, setScorer] = useState<{ score: Scorer } | null>(null);

  useEffect(() => {
    let alive = true;
    void import('./zxcvbn.ts').then((m) => {
      if (alive) setScorer({ score: m.passwordScore });
    });
    return () => {
      alive = false;
    };
  }, []);

  if (!password || !scorer) return null;
  const score = scorer.score(password.slice(0, 256), userInputs);
  const label = t(LABELS[score]);
  return (
    <div className="flex items-center gap-3 text-sm">
      <div className="flex h-2 w-40 gap-1" aria-hidden="true">
        {[0, 1, 2, 3].map((i) => (
          <span key={i} className={`h-full flex-1 rounded-full ${i < Math.max(1, score) ? COLOURS[score] : 'bg-subtle'}`} />
        ))}
      </div>
      <span aria-live="polite">{t('passwordPage.strength', { label })}</span>
    </div>
  );
}
