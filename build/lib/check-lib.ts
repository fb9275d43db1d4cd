/**
 * `npm run check:lib` (after `build:lib`): the library as a host app gets it. Packs dist-lib with
 * `npm pack`, unpacks it into a scratch project's node_modules, and type-checks a host's code against
 * the packed declarations (both entries, the options, the callbacks' types), strictly, as a host would.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const scratch = mkdtempSync(join(tmpdir(), 'account-settings-host-'));
try {
  execFileSync('npm', ['pack', join(root, 'dist-lib'), '--pack-destination', scratch, '--silent'], { stdio: 'pipe' });
  const tarball = readdirSync(scratch).find((file) => file.endsWith('.tgz'));
  if (!tarball) throw new Error('check:lib: npm pack wrote no tarball');
  const installed = join(scratch, 'node_modules', 'appwrite-account-settings');
  mkdirSync(installed, { recursive: true });
  execFileSync('tar', ['-xzf', join(scratch, tarball), '-C', installed, '--strip-components=1']);
  // The host's own dependencies: the peers (and their types) from this repository.
  for (const name of ['react', 'react-dom', '@types/react', '@types/react-dom', 'appwrite']) {
    mkdirSync(join(scratch, 'node_modules', name, '..'), { recursive: true });
    symlinkSync(join(root, 'node_modules', name), join(scratch, 'node_modules', name));
  }
  writeFileSync(
    join(scratch, 'host.tsx'),
    `import { AccountSettings, mountAccountSettings, EmbedOptionsError, type EmbedOptions, type Section, type User } from 'appwrite-account-settings';
import { mountAccountSettings as mountAnywhere } from 'appwrite-account-settings/standalone';

const sections: Section[] = ['profile', 'sessions'];
const options: EmbedOptions = {
  endpoint: 'https://cloud.appwrite.io/v1',
  projectId: 'my-project',
  auth: { getJWT: async () => 'a.b.c' },
  sections,
  theme: 'system',
  tokens: { accent: '#0b7285', radius: '4px' },
  onAccountChange: (user: User) => console.log(user.name, user.email, user.prefs),
  onNavigate: (section: Section) => console.log(section),
  onSignOut: () => console.log('signed out'),
};
const widget = mountAccountSettings(document.body, options);
widget.update({ locale: 'de' });
widget.navigate('sessions');
widget.unmount();
mountAnywhere(document.body, { endpoint: 'https://cloud.appwrite.io/v1', projectId: 'p', routing: { basePath: '/settings/' } }).unmount();
export const element = <AccountSettings endpoint="https://cloud.appwrite.io/v1" projectId="p" locale="ar" className="settings" />;
export const isOptionsError = (error: unknown) => error instanceof EmbedOptionsError && error.problems.length > 0;
`,
  );
  writeFileSync(
    join(scratch, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: { strict: true, jsx: 'react-jsx', module: 'ESNext', moduleResolution: 'bundler', target: 'ES2022', lib: ['ES2022', 'DOM'], noEmit: true, skipLibCheck: false, types: [] },
      files: ['host.tsx'],
    }),
  );
  execFileSync(join(root, 'node_modules/.bin/tsc'), ['-p', scratch], { stdio: 'inherit' });
  console.log(`check:lib: ${tarball} packs, installs and type-checks in a host project.`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
