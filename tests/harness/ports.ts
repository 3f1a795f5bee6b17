import net from 'node:net';

/**
 * Resolves to a TCP port on 127.0.0.1 that was free a moment ago: the OS picks it, so two
 * test runs on one machine never collide on a fixed number.
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      if (address === null || typeof address === 'string') {
        server.close();
        reject(new Error('the OS gave no TCP port'));
        return;
      }
      server.close(() => resolve(address.port));
    });
  });
}
