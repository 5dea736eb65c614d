// The popup's two questions to the background, each answer validated.
import browser from 'webextension-polyfill';
import { ReportSchema, type Acknowledge, type Report, type ReportGet } from '../../src/messages/schemas';

export async function getReport(tabId: number): Promise<Report> {
  const request: ReportGet = { type: 'report/get', tabId };
  const answer: unknown = await browser.runtime.sendMessage(request);
  const parsed = ReportSchema.safeParse(answer);
  if (!parsed.success) throw new Error('The background sent a report Second Look could not read.');
  return parsed.data;
}

export async function acknowledge(tabId: number, clause: string, acknowledged: boolean): Promise<void> {
  const request: Acknowledge = { type: 'finding/acknowledge', tabId, clause, acknowledged };
  await browser.runtime.sendMessage(request);
}
