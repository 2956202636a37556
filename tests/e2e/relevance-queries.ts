/**
 * Queries readers type, each with the pages an editor who knows the site would accept in the
 * top three results (any one of them is a hit). tests/e2e/relevance.spec.ts runs every query
 * through the search page against the built index.
 *
 * Who asks: career changers (getting in, time, cost, pay), coders choosing a credential
 * (comparisons, exams, specialties), certified coders (renewal, CEUs, progression).
 * Add a query when a reader's search went wrong; keep `why` to one line.
 */
export interface RelevanceQuery {
  q: string;
  /** Routes, any of which in the top three is a hit. */
  expect: string[];
  why: string;
}

const guide = (slug: string) => `/guides/${slug}/`;
const credential = (id: string) => `/credentials/${id}/`;

export const RELEVANCE_QUERIES: RelevanceQuery[] = [
  // Career changers
  { q: 'salary', expect: [guide('what-coders-earn')], why: 'the pay guide, not the sources list' },
  { q: 'medical coder salary', expect: [guide('what-coders-earn')], why: 'pay' },
  { q: 'how much do coders make', expect: [guide('what-coders-earn')], why: '"make" means pay' },
  { q: 'wage', expect: [guide('what-coders-earn')], why: 'synonym of pay' },
  { q: 'pay', expect: [guide('what-coders-earn')], why: 'the pay guide' },
  { q: 'hourly rate', expect: [guide('what-coders-earn')], why: 'pay (first written untuned; the guide now has it as a keyword)' },
  { q: 'how long to get certified', expect: [guide('how-to-become-a-medical-coder'), guide('faq')], why: 'time to a first credential' },
  { q: 'how long does it take to become a medical coder', expect: [guide('how-to-become-a-medical-coder'), guide('faq')], why: 'time' },
  { q: 'how to become a medical coder', expect: [guide('how-to-become-a-medical-coder')], why: 'the routes guide' },
  { q: 'training cost', expect: [guide('how-to-become-a-medical-coder')], why: 'routes with their cost' },
  { q: 'what does a medical coder do', expect: [guide('what-medical-coders-do')], why: 'the job described' },
  { q: 'coding vs billing', expect: [guide('coding-vs-billing')], why: 'the guide on the two jobs' },
  { q: 'first job no experience', expect: [guide('first-coding-job-without-experience')], why: 'first job' },
  { q: 'entry level coding job', expect: [guide('first-coding-job-without-experience')], why: 'first job' },
  { q: 'remote coding jobs', expect: [guide('work-settings-and-remote-coding')], why: 'remote work' },
  { q: 'work from home', expect: [guide('work-settings-and-remote-coding')], why: 'remote work' },
  { q: 'which certification first', expect: [guide('choosing-your-first-credential')], why: 'first credential' },
  { q: 'best certification for beginners', expect: [guide('choosing-your-first-credential')], why: 'first credential' },
  { q: 'myths about medical coding', expect: [guide('myths-and-outdated-claims')], why: 'myths corrected' },
  { q: 'will computers replace coders', expect: [guide('faq')], why: 'answered in the FAQ' },
  { q: 'do i need a degree', expect: [guide('faq'), guide('how-to-become-a-medical-coder')], why: 'answered in the FAQ and the routes guide' },
  // Choosing a credential
  { q: 'cpc vs ccs', expect: ['/compare/cpc-vs-ccs/', guide('cpc-vs-ccs-vs-cic')], why: 'the pair page or the three-way guide' },
  { q: 'cpc or cic', expect: ['/compare/cpc-vs-cic/', guide('cpc-vs-ccs-vs-cic')], why: 'the pair page or the three-way guide' },
  { q: 'aapc or ahima', expect: [guide('aapc-vs-ahima-vs-nha')], why: 'the three bodies' },
  { q: 'cpc exam tips', expect: [guide('preparing-for-the-cpc-exam')], why: 'exam preparation' },
  { q: 'cpc exam', expect: [guide('preparing-for-the-cpc-exam'), credential('cpc')], why: 'exam facts or preparation' },
  { q: 'cca exam', expect: [guide('preparing-for-the-cca-exam'), credential('cca')], why: 'exam facts or preparation' },
  { q: 'ccs exam retake', expect: [guide('preparing-for-the-ccs-exam')], why: 'retakes are in the CCS guide' },
  { q: 'cic exam', expect: [guide('preparing-for-the-cic-exam'), credential('cic')], why: 'exam facts or preparation' },
  { q: 'inpatient coding', expect: [guide('inpatient-drg-basics'), credential('cic'), credential('ccs')], why: 'inpatient basics or the inpatient credentials' },
  { q: 'ms-drg', expect: [guide('inpatient-drg-basics')], why: 'DRGs' },
  { q: 'risk adjustment', expect: [guide('risk-adjustment-coding'), credential('crc')], why: 'risk adjustment' },
  { q: 'hcc coding', expect: [guide('risk-adjustment-coding')], why: 'HCCs are risk adjustment' },
  { q: 'medical biller certification', expect: [credential('cpb'), credential('cbcs'), guide('coding-vs-billing')], why: 'billing credentials' },
  { q: 'specialty credential after cpc', expect: [guide('from-certified-to-specialist')], why: 'specialising' },
  { q: 'anesthesia base units', expect: [guide('anesthesia-coding')], why: 'specialty guide' },
  { q: 'cardiac catheterization', expect: [guide('cardiology-coding')], why: 'specialty guide' },
  { q: 'chemotherapy', expect: [guide('oncology-coding')], why: 'specialty guide' },
  { q: 'fracture coding', expect: [guide('orthopedic-coding')], why: 'specialty guide' },
  { q: 'emergency department', expect: [guide('emergency-department-coding')], why: 'specialty guide' },
  // Credential pages answer to their own abbreviation
  { q: 'cpc', expect: [credential('cpc')], why: 'abbreviation' },
  { q: 'cpc-a', expect: [credential('cpc-a'), guide('removing-the-cpc-a')], why: 'abbreviation' },
  { q: 'ccs', expect: [credential('ccs')], why: 'abbreviation' },
  { q: 'ccs-p', expect: [credential('ccs-p')], why: 'abbreviation' },
  { q: 'cic', expect: [credential('cic')], why: 'abbreviation' },
  { q: 'crc', expect: [credential('crc')], why: 'abbreviation' },
  { q: 'cpma', expect: [credential('cpma')], why: 'abbreviation' },
  { q: 'rhit', expect: [credential('rhit')], why: 'abbreviation' },
  { q: 'cbcs', expect: [credential('cbcs')], why: 'abbreviation' },
  { q: 'ccvtc', expect: [credential('ccvtc')], why: 'abbreviation' },
  { q: 'ccpc', expect: [credential('ccpc')], why: 'abbreviation' },
  { q: 'chiropractic coding', expect: [credential('ccpc')], why: 'the specialty credential by its field' },
  { q: 'thoracic surgery coder', expect: [credential('ccvtc')], why: 'the specialty credential by its name' },
  // Certified coders
  { q: 'ceu requirements cpc', expect: [guide('keeping-your-credentials'), credential('cpc')], why: 'renewal' },
  { q: 'continuing education', expect: [guide('keeping-your-credentials')], why: 'CEUs' },
  { q: 'how many ceus do i need', expect: [guide('keeping-your-credentials')], why: 'CEUs' },
  { q: 'renew my credential', expect: [guide('keeping-your-credentials')], why: 'renewal' },
  { q: 'ahima ceu', expect: [guide('keeping-your-credentials')], why: 'AHIMA renewal' },
  { q: 'cpc-a removal', expect: [guide('removing-the-cpc-a')], why: 'apprentice status' },
  { q: 'remove apprentice status', expect: [guide('removing-the-cpc-a')], why: 'apprentice status' },
  { q: 'promotion to coding manager', expect: [guide('career-progression')], why: 'career ladder' },
  { q: 'coding audit', expect: [guide('common-coding-errors-and-audits'), credential('cpma')], why: 'audits' },
  { q: 'denials', expect: [guide('common-coding-errors-and-audits')], why: 'denials' },
  { q: 'hipaa', expect: [guide('compliance-basics')], why: 'compliance' },
  { q: 'physician query', expect: [guide('querying-providers')], why: 'queries' },
  { q: 'icd-10 code update october', expect: [guide('code-set-update-calendar')], why: 'code-set calendar' },
  { q: 'onboarding new coders', expect: [guide('onboarding-specialty-coders')], why: 'leaders' },
  { q: 'glossary', expect: [guide('glossary')], why: 'terms' },
  // Written after the guides' keywords, without changing them: how the ranking does on words
  // nobody tuned it for.
  { q: 'coder pay', expect: [guide('what-coders-earn')], why: 'pay' },
  { q: 'cpc salary', expect: [guide('what-coders-earn'), credential('cpc')], why: 'pay by credential' },
  { q: 'how long does certification take', expect: [guide('how-to-become-a-medical-coder'), guide('faq')], why: 'time' },
  { q: 'ceu deadline', expect: [guide('keeping-your-credentials')], why: 'renewal' },
  { q: 'renewal fee', expect: [guide('keeping-your-credentials')], why: 'renewal' },
  { q: 'working remotely', expect: [guide('work-settings-and-remote-coding')], why: 'remote work' },
  { q: 'apprentice', expect: [guide('removing-the-cpc-a'), credential('cpc-a')], why: 'apprentice status' },
  { q: 'drg', expect: [guide('inpatient-drg-basics')], why: 'DRGs' },
  { q: 'study for cpc', expect: [guide('preparing-for-the-cpc-exam')], why: 'exam preparation' },
  { q: 'billing credential', expect: [guide('coding-vs-billing'), credential('cpb'), credential('cbcs')], why: 'billing' },
  { q: 'career changer', expect: [guide('how-to-become-a-medical-coder'), guide('choosing-your-first-credential')], why: 'getting in' },
];
