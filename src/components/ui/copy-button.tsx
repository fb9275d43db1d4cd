import { useEffect, useState } from 'react';
import { useT } from '../../lib/i18n/i18n-context.tsx';
import { IconButton } from './button.tsx';
import { CheckIcon, CopyIcon } from './icons.tsx';

/** Copies `value`: an icon button named `label`; "Copied" shows as a tooltip and is announced. */
export function CopyButton({ value, label }: { value: string; label: string }) {
  const t = useT();
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(false), 2000);
    return () => clearTimeout(timer);
  }, [copied]);
  return (
    <span className="relative inline-flex">
      <IconButton label={label} onClick={() => void navigator.clipboard.writeText(value).then(() => setCopied(true))}>
        {copied ? <CheckIcon /> : <CopyIcon />}
      </IconButton>
      <span role="status" className={copied ? 'absolute bottom-full left-1/2 mb-1 -translate-x-1/2 rounded-control bg-fg px-2 py-1 font-sans text-xs whitespace-nowrap text-canvas' : 'sr-only'}>
        {copied ? t('common.copied') : ''}
      </span>
    </span>
  );
}
