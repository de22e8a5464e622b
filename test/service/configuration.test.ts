/** What a service is started with (the user checklist, profile and thresholds of `serve`) decides what every request gets. */
import { describe, expect, it } from 'vitest';
import { ChecklistConfigError } from '../../src/checklist/errors.js';
import { buildService } from '../../src/service/app.js';
import { post, send, start, THIN_JSON } from './harness.js';

describe('the service configuration', () => {
  it('scores every request against the user checklist, and lists and explains its items', async () => {
    const service = await start({ validator: { checklist: { id: 'lab', items: { 'doseAdministration.volume': { enabled: false }, 'cellSource.nomenclature': { weight: 10 } } }, checklistFile: 'lab.yaml' } });
    const ids = (await send(service, '/v1/items')).json().items.map((item: { id: string }) => item.id);
    expect(ids).not.toContain('doseAdministration.volume');
    expect((await send(service, '/v1/items/cellSource.nomenclature')).json().weight).toBe(10);
    expect((await send(service, '/v1/items/doseAdministration.volume')).status).toBe(404);
    const report = (await post(service, '/v1/check?ledger=true', THIN_JSON, 'application/json')).json();
    expect(report.ledger.map((entry: { itemId: string }) => entry.itemId)).not.toContain('doseAdministration.volume');
    await service.close();
  });

  it('gives requests the started profile and thresholds unless they name their own', async () => {
    const service = await start({ validator: { profile: 'journal-strict' }, thresholds: { failOn: 'none' } });
    const answer = await post(service, '/v1/check', THIN_JSON, 'application/json');
    expect([answer.json().checklist.profile, answer.headers.get('checklist-passes')]).toEqual(['journal-strict', 'true']);
    const own = await post(service, '/v1/check?profile=default&failOn=essential', THIN_JSON, 'application/json');
    expect([own.json().checklist.profile, own.headers.get('checklist-passes')]).toEqual(['default', 'false']);
    await service.close();
  });

  it('refuses to start with a bad user checklist, naming the entry', async () => {
    const building = buildService({ log: false, validator: { checklist: { items: { 'storage.temprature': { level: 'essential' } } }, checklistFile: 'lab.yaml' } });
    await expect(building).rejects.toBeInstanceOf(ChecklistConfigError);
    await expect(building).rejects.toThrow(/storage\.temprature/);
  });
});
