/**
 * The rows of the comparison, in display order: what a coder weighing CPC against CCS against CIC
 * looks at, group by group. Each row says how to fill one credential's cell.
 */
import type { CredentialData, ExamData, IssuerData } from '../../schemas/catalog.ts';
import { dataWords as ui } from '../../i18n/data.en.ts';
import { dataCell, factCell, listCell, missingCell, proseCell, type DraftCell } from './cells.ts';
import type { CompareGroupKey, CompareRowKey, CompareRowKind } from './types.ts';

/** What a row reads for one column: the credential, its issuer and the exam it is earned by. */
export interface Subject {
  data: CredentialData;
  issuer: IssuerData | undefined;
  /** Its own exam or the one it shares; undefined when neither resolves. */
  exam: ExamData | undefined;
  /** Its cell of "renewal if you hold these together", which depends on the whole selection. */
  together: DraftCell;
}

export interface RowSpec {
  key: CompareRowKey;
  group: CompareGroupKey;
  kind: CompareRowKind;
  cell: (s: Subject) => DraftCell;
}

/** Groups in display order. */
export const GROUP_ORDER = [
  'issuer',
  'exam',
  'eligibility',
  'costs',
  'apprenticeship',
  'renewal',
  'pay',
  'bestFor',
] as const satisfies readonly CompareGroupKey[];

const fromExam =
  (pick: (e: ExamData) => ExamData[keyof ExamData]) =>
  (s: Subject): DraftCell =>
    s.exam ? factCell(pick(s.exam)) : missingCell();

const fromIssuer =
  (pick: (i: IssuerData) => DraftCell) =>
  (s: Subject): DraftCell =>
    s.issuer ? pick(s.issuer) : missingCell();

const fact = (key: CompareRowKey, group: CompareGroupKey, cell: RowSpec['cell']): RowSpec => ({ key, group, kind: 'fact', cell });
const list = (key: CompareRowKey, group: CompareGroupKey, cell: RowSpec['cell']): RowSpec => ({ key, group, kind: 'list', cell });
const data = (key: CompareRowKey, group: CompareGroupKey, cell: RowSpec['cell']): RowSpec => ({ key, group, kind: 'data', cell });

/** Every row, grouped and in display order. */
export const ROWS: readonly RowSpec[] = [
  data('issuer.issuer', 'issuer', (s) =>
    s.issuer ? dataCell([s.issuer.name], s.data.issuer.id) : dataCell([s.data.issuer.id], s.data.issuer.id, false),
  ),
  data('issuer.level', 'issuer', (s) => dataCell([ui.levels[s.data.level]], s.data.level)),
  data('issuer.settings', 'issuer', (s) =>
    dataCell(
      s.data.settings.map((x) => ui.settings[x]),
      JSON.stringify([...s.data.settings].sort()),
    ),
  ),

  fact('exam.questions', 'exam', fromExam((e) => e.questions)),
  fact('exam.duration', 'exam', fromExam((e) => e.duration)),
  fact('exam.format', 'exam', fromExam((e) => e.format)),
  fact('exam.openBook', 'exam', fromExam((e) => e.openBook)),
  fact('exam.books', 'exam', fromExam((e) => e.books)),
  fact('exam.delivery', 'exam', fromExam((e) => e.delivery)),
  fact('exam.passingScore', 'exam', fromExam((e) => e.passingScore)),

  list('eligibility.required', 'eligibility', (s) => listCell(s.data.eligibility.required)),
  list('eligibility.recommended', 'eligibility', (s) => listCell(s.data.eligibility.recommended)),

  fact('costs.examFee', 'costs', (s) => factCell(s.data.costs.exam)),
  // Other prices' labels often name the credential ("CPC exam with a second attempt"), so only values count.
  list('costs.other', 'costs', (s) => listCell(s.data.costs.other)),
  fact('costs.membershipFee', 'costs', fromIssuer((i) => factCell(i.membershipFee))),
  fact('costs.membershipRequired', 'costs', fromIssuer((i) => factCell(i.membershipRequired))),

  data('apprenticeship.status', 'apprenticeship', (s) => {
    const status = s.data.apprentice.status;
    return dataCell([ui.apprentice[status]], status, status !== 'unknown');
  }),
  fact('apprenticeship.detail', 'apprenticeship', (s) => factCell(s.data.apprentice.detail)),
  list('apprenticeship.removal', 'apprenticeship', (s) => listCell(s.data.apprentice.removal)),

  fact('renewal.ceus', 'renewal', (s) => factCell(s.data.renewal.ceus)),
  list('renewal.together', 'renewal', (s) => s.together),
  fact('renewal.cycle', 'renewal', (s) => factCell(s.data.renewal.cycleYears)),
  list('renewal.categories', 'renewal', (s) => listCell(s.data.renewal.categories)),
  list('renewal.notes', 'renewal', (s) => listCell(s.data.renewal.notes)),
  list('renewal.issuerRules', 'renewal', fromIssuer((i) => listCell(i.renewalRules))),

  // Survey titles name the credential, so pay figures compare on their values only.
  list('pay.figures', 'pay', (s) => listCell(s.data.pay)),

  data('bestFor.bestFor', 'bestFor', (s) => proseCell(s.data.bestFor)),
  data('bestFor.work', 'bestFor', (s) => proseCell(s.data.work)),
];
