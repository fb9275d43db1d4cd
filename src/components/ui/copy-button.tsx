import { useState } from 'react';
import { useT } from '../../lib/i18n/i18n-context.tsx';
import { Button } from './button.tsx';

/** Copies `value`; the button's own text confirms it, so the confirmation is announced in place. */
export function CopyButton({ value, label }: { value: string; label: string }) {
  const t = useT();
  const [copied, setCopied] = useState(false);
  return (
    <Button
      variant="ghost"
      className="min-h-8 px-2 py-1"
      aria-label={copied ? t('common.copied') : label}
      onClick={() => {
        void navigator.clipboard.writeText(value).then(() => {
          setCopied(true);
          setTimeout(() => setCopied(false), 2000);
        });
      }}
    >
      {copied ? t('common.copied') : t('common.copy')}
    </Button>
  );
}
