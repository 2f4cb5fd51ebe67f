// A local HTTP server standing in for the list publishers in fetch tests. It binds to
// 127.0.0.1 only, on a free port, and must be closed by the test that starts it.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Route {
  status?: number;
  body?: Buffer;
  /** Send the full Content-Length but only this many bytes, then drop the connection. */
  cutAt?: number;
  /** Send without Content-Length (chunked) and end cleanly after this many bytes. */
  endAt?: number;
}

export interface ListServer {
  url: string;
  routes: Map<string, Route>;
  requests: string[];
  close: () => Promise<void>;
}

export async function startListServer(): Promise<ListServer> {
  const routes = new Map<string, Route>();
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    requests.push(req.url ?? '');
    const route = routes.get(req.url ?? '');
    if (!route) {
      res.writeHead(404).end('not found');
      return;
    }
    const status = route.status ?? 200;
    const body = route.body ?? Buffer.alloc(0);
    if (status !== 200) {
      res.writeHead(status, { 'content-type': 'text/plain' }).end('server error');
      return;
    }
    if (route.cutAt !== undefined) {
      res.writeHead(200, { 'content-length': String(body.length) });
      res.write(body.subarray(0, route.cutAt), () => res.socket?.destroy());
      return;
    }
    if (route.endAt !== undefined) {
      res.writeHead(200, { 'transfer-encoding': 'chunked' });
      res.end(body.subarray(0, route.endAt));
      return;
    }
    res.writeHead(200, { 'content-length': String(body.length) }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    routes,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
