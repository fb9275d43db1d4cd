import { createContext, use, type ReactNode } from 'react';

/**
 * A context that must be provided: returns its Provider and a hook that fails loudly when used
 * outside it (a wiring mistake, not a runtime condition).
 */
export function createRequiredContext<T>(name: string) {
  const Context = createContext<T | null>(null);
  function Provider({ value, children }: { value: T; children: ReactNode }) {
    return <Context value={value}>{children}</Context>;
  }
  function useRequired(): T {
    const value = use(Context);
    if (value === null) throw new Error(`${name} is missing: wrap the tree in its provider`);
    return value;
  }
  return [Provider, useRequired] as const;
}
