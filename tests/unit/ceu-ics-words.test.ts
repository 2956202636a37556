/**
 * The words of the calendar export's events (src/lib/ceu/ics.ts): each kind of deadline has its
 * own summary and description, naming the issuer. The module is loaded afresh here, so that its
 * table of words is the one this test reads (the mutation run shares one module cache between
 * test files).
 */
import { describe, expect, it, vi } from 'vitest';

describe('calendar event words', () => {
  it('gives each kind of deadline its summary and description, naming the issuer', async () => {
    vi.resetModules();
    const { deadlineEvents } = await import('../../src/lib/ceu/ics.ts');
    const ahima = { issuer: 'ahima', cycle: { start: '2025-01-01' }, dueDate: '2026-12-31', submissionOpens: '2026-10-01', lapseDate: '2027-06-29', inactiveDate: '2027-01-01' };
    const aapc = { issuer: 'aapc', cycle: { start: '2025-06-01' }, dueDate: '2027-05-31', submissionOpens: '2027-04-30', lapseDate: '2027-08-29' };
    const events = deadlineEvents([ahima, aapc], { names: { ahima: 'AHIMA' } });
    expect(events.map((e) => [e.date, e.summary, e.description])).toEqual([
      ['2026-10-01', 'AHIMA: CEU submission opens', "From today AHIMA accepts this cycle's CEU submission."],
      ['2026-12-31', 'AHIMA: CEUs due', "Last day to submit this cycle's CEUs to AHIMA."],
      [
        '2027-01-01',
        'AHIMA: credentials inactive if CEUs are short',
        "If this cycle's requirements were not met by the due date, AHIMA lists the credentials as inactive from today until they are met or revoked; an extension carries a fee per credential.",
      ],
      ['2027-06-29', 'AHIMA: credentials revoked if still short', "If this cycle's requirements are still not met by today, AHIMA revokes the credentials."],
      ['2027-04-30', 'AAPC: CEU submission opens', "From today AAPC accepts this cycle's CEU submission."],
      ['2027-05-31', 'AAPC: CEUs due', "Last day to submit this cycle's CEUs to AAPC."],
      ['2027-08-29', 'AAPC: credentials lapse', "If this cycle's CEUs have not reached AAPC by now, the credentials are revoked."],
    ]);
  });
});
