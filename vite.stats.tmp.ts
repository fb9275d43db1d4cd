import base from './vite.config.ts';
import stats from './stats-plugin.tmp.mjs';
export default (env: any) => { const c: any = (base as any)(env); c.plugins.push(stats()); c.build.outDir = '/tmp/dist-stats'; return c; };
