import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { downloadPlanFile, httpsOnly } from '../../src/teams/planUpload/downloadPlanFile';

describe('downloadPlanFile checks every redirect', () => {
  let server: Server;
  let port: number;
  const hosts: string[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      hosts.push(`${req.headers.host}${req.url}`);
      // Two statements: restify (loaded by other test files in this worker) patches writeHead to return nothing.
      const redirect = (to: string) => {
        res.writeHead(302, { location: to });
        res.end();
      };
      if (req.url === '/file') return res.end('plan');
      if (req.url === '/hop') return redirect('/file');
      if (req.url === '/toOther') return redirect(`http://localhost:${port}/file`);
      if (req.url === '/loop') return redirect('/loop');
      res.writeHead(404);
      res.end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));
  beforeEach(() => hosts.splice(0));

  const onlyThisHost = (url: URL) => url.hostname === '127.0.0.1';

  it('follows allowed redirects', async () => {
    const outcome = await downloadPlanFile(`http://127.0.0.1:${port}/hop`, { allowUrl: onlyThisHost });
    expect(outcome).toEqual({ ok: true, content: Buffer.from('plan') });
  });

  it('refuses a redirect to a URL the policy does not allow, without fetching it', async () => {
    const outcome = await downloadPlanFile(`http://127.0.0.1:${port}/toOther`, { allowUrl: onlyThisHost });
    expect(outcome).toMatchObject({ ok: false, reason: 'insecure' });
    expect(hosts).toEqual([`127.0.0.1:${port}/toOther`]);
  });

  it('gives up after a few redirects', async () => {
    const outcome = await downloadPlanFile(`http://127.0.0.1:${port}/loop`, { allowUrl: onlyThisHost });
    expect(outcome).toMatchObject({ ok: false, reason: 'unreachable' });
    expect(hosts.length).toBeLessThanOrEqual(6);
  });

  it('allows only https outside local mode, also as the default', async () => {
    expect(httpsOnly(false)(new URL('http://tenant.sharepoint.com/f.xlsx'))).toBe(false);
    expect(httpsOnly(false)(new URL('https://tenant.sharepoint.com/f.xlsx'))).toBe(true);
    expect(httpsOnly(true)(new URL('http://127.0.0.1/f.xlsx'))).toBe(true);
    expect(await downloadPlanFile(`http://127.0.0.1:${port}/file`)).toMatchObject({
      ok: false,
      reason: 'insecure',
    });
    expect(hosts).toEqual([]);
  });
});
