/**
 * react-hook-form resolvers whose schema (and zod) load after the form has rendered: the code is
 * prefetched when the browser is idle, and a submit before that simply waits for it.
 */
import type { FieldValues, Resolver } from 'react-hook-form';
import type * as z from 'zod/mini';
import type { schemas } from './schemas.ts';

type Schemas = typeof schemas;
export type FormName = keyof Schemas;
export type FormInput<K extends FormName> = z.input<Schemas[K]> & FieldValues;
export type FormOutput<K extends FormName> = z.output<Schemas[K]>;

let loading: Promise<typeof import('./schemas.ts')> | undefined;

/** Starts (once) loading the schemas; safe to call from anywhere. */
export function preloadSchemas() {
  loading ??= import('./schemas.ts');
  return loading;
}

function whenIdle(task: () => unknown) {
  if (typeof window === 'undefined') return; // the build-time prerender: nothing to prepare for
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => task(), { timeout: 2000 });
  else setTimeout(task, 50);
}

/** The resolver for one of the forms in schemas.ts; create it at module level. */
export function schemaResolver<K extends FormName>(name: K): Resolver<FormInput<K>, unknown, FormOutput<K>> {
  if (!loading) whenIdle(preloadSchemas);
  return async (values, context, options) => {
    const { schemas: loaded, standardSchemaResolver } = await preloadSchemas();
    // The schema is the one named K; TypeScript cannot narrow a lookup in the union of all of them.
    const resolverFor = standardSchemaResolver as (schema: Schemas[K]) => Resolver<FormInput<K>, unknown, FormOutput<K>>;
    return resolverFor(loaded[name])(values, context, options);
  };
}
