import { Skeleton } from '../../components/ui/skeleton.tsx';

/** Shown while the first route's code and data load: the page's rough shape, no spinner jump. */
export function PageFallback() {
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-4 p-6" aria-busy="true">
      <Skeleton className="h-8 w-48" />
      <Skeleton className="h-32 w-full" />
      <Skeleton className="h-48 w-full" />
    </div>
  );
}
