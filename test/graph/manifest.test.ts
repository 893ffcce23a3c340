import { readFileSync } from 'node:fs';
import path from 'node:path';

describe('the app manifest for proactive installation', () => {
  it('names the bot registration in webApplicationInfo, as TeamsAppInstallation.ReadWriteSelfForUser.All needs', () => {
    const manifest = JSON.parse(
      readFileSync(path.resolve(__dirname, '../../appPackage/manifest.json'), 'utf8'),
    ) as {
      id: string;
      webApplicationInfo?: { id: string; resource?: string };
    };
    expect(manifest.webApplicationInfo?.id).toBe(manifest.id);
    expect(manifest.webApplicationInfo?.resource).toMatch(/^api:\/\/botid-\$\{\{MICROSOFT_APP_ID\}\}$/);
  });
});
