import { describe, expect, it } from 'vitest';
import { settled } from './settled.ts';

describe('settled', () => {
  it('waits for the write, and then resolves whether it succeeded or failed', async () => {
    let finish!: (ok: boolean) => void;
    const write = new Promise((resolve, reject) => (finish = (ok) => (ok ? resolve('user') : reject(new Error('500')))));
    let done = false;
    const result = settled(write).then(() => (done = true));
    await Promise.resolve();
    await Promise.resolve();
    expect(done).toBe(false);
    finish(false);
    await result;
    expect(done).toBe(true);
    await expect(settled(Promise.resolve('user'))).resolves.toBeUndefined();
  });

  it('resolves at once when the handler started no write', async () => {
    await expect(settled(undefined)).resolves.toBeUndefined();
  });
});
