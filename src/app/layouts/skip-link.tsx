import { useSurface } from '../../config/runtime-config-context.tsx';
import { useT } from '../../lib/i18n/i18n-context.tsx';

export function SkipLink() {
  const t = useT();
  const { mainId } = useSurface();
  return (
    <a
      href={`#${mainId}`}
      className="sr-only focus:not-sr-only focus:fixed focus:start-2 focus:top-2 focus:z-50 focus:rounded-control focus:bg-surface focus:px-3 focus:py-2"
    >
      {t('app.skipToContent')}
    </a>
  );
}
