// Swagger UI of each service logs in through the real Keycloak page (authorization code + PKCE, client bv-spa)
// and its "try it out" calls the API with the token it got.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, closeBrowser, PASSWORD } from './support.mjs';

const SERVICES = [
  ['assessment', process.env.BV_ASSESSMENT_URL ?? 'http://localhost:8081', 'assessmentCycleList'],
  ['scoring', process.env.BV_SCORING_URL ?? 'http://localhost:8082', 'scoringRoundList'],
  ['action', process.env.BV_ACTION_URL ?? 'http://localhost:8083', 'actionMyActionsMine'],
  ['reporting', process.env.BV_REPORTING_URL ?? 'http://localhost:8084', 'reportingReportsCycles'],
];

after(closeBrowser);

for (const [name, url, operationId] of SERVICES) {
  test(`${name}'s Swagger UI authorizes with a Keycloak login and calls the API with the token`, async () => {
    const browser = await launch();
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      await page.goto(`${url}/q/swagger-ui/`);
      await page.click('button.authorize');
      const modal = page.locator('.modal-ux');
      await modal.waitFor();
      // Swagger UI reads Keycloak's discovery document before its Authorize opens the login window; on a busy
      // machine a click before that does nothing, so click again until the window opens.
      let login = null;
      for (let attempt = 0; attempt < 4 && !login; attempt++) {
        const popupOpened = page.waitForEvent('popup', { timeout: 10000 }).catch(() => null);
        await modal.locator('button.authorize').first().click();
        login = await popupOpened;
      }
      assert.ok(login, 'the Authorize button opened the Keycloak login window');
      await login.waitForSelector('#username');
      await login.fill('#username', 'planner');
      await login.fill('#password', PASSWORD);
      await login.click('#kc-login');
      // The login window closes itself once Swagger UI has the code (sometimes before we could watch it close).
      await page.waitForFunction(() => document.querySelector('.modal-ux')?.innerText.includes('Logout'), null, { timeout: 45000 });
      await page.click('.modal-ux button.close-modal');

      const op = page.locator(`[id$="-${operationId}"]`).first();
      await op.locator('.opblock-summary').click();
      await op.locator('button.try-out__btn').click();
      await op.locator('button.execute').click();
      const status = op.locator('.live-responses-table tbody .response-col_status').first();
      await status.waitFor();
      assert.equal((await status.innerText()).trim(), '200');
      assert.match(await op.locator('.live-responses-table tbody .response-col_description').first().innerText(), /"items"/);
    } finally {
      await context.close();
    }
  });
}
