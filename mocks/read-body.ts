/** Request bodies for the HTTP server, read up to a limit and no further. */
import type { IncomingMessage } from 'node:http';

/**
 * The body as text, or null once it passes `limit`: a declared length is refused before a byte is read,
 * a streamed one when it crosses the limit (reading stops there; the connection closes after the answer).
 */
export function readBody(req: IncomingMessage, limit: number): Promise<string | null> {
  if (Number(req.headers['content-length'] ?? 0) > limit) return Promise.resolve(null);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) {
        chunks.push(chunk);
        return;
      }
      req.off('data', onData);
      req.pause();
      resolve(null);
    };
    req.on('data', onData);
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
