/**
 * The build-time check of the roadmap data, as an editor reads its report: every problem names
 * the file and the field, says what is wrong in a sentence, and a circle of prerequisites is
 * shown as the path that goes round.
 */
import { describe, expect, it } from 'vitest';
import { checkRoadmapData, findCycles, reachableSteps } from '../../src/lib/roadmap/index.ts';
import { role, step } from './roadmap-mini.ts';

const S = 'content/steps.yaml';
const R = 'content/roles.yaml';

describe('the data check', () => {
  it('passes data a plan can use', () => {
    const steps = [step('a'), step('b', { prerequisites: ['a'], unlocks: { credentials: ['cpc'], roles: ['r'], capabilities: [] }, followedBy: ['c'] }), step('c', { kind: 'exam' })];
    const roles = [role('r', ['b', { anyOf: ['c', ['a', 'b']] }], { typicalCredentials: ['cpc'], employers: { accepts: ['c'], rule: { kind: 'unknown', reason: 'Test.' } } })];
    expect(checkRoadmapData(steps, roles, ['cpc'])).toEqual([]);
  });

  it('names each unknown or impossible id with its file and field', () => {
    const steps = [
      step('a', { prerequisites: ['a', 'ghost', { anyOf: ['b', ['b', 'phantom']] }], followedBy: ['b', 'gone'] }),
      step('b', { unlocks: { credentials: ['cpc', 'cpx'], roles: ['r', 'astronaut', 'other'], capabilities: [] } }),
      step('exam', { kind: 'exam' }),
      step('cred', { kind: 'credential' }),
    ];
    const roles = [
      role('r', ['b', { anyOf: ['nowhere', 'exam', ['cred', 'b']] }], {
        typicalCredentials: ['cpc', 'ccx'],
        employers: { accepts: ['missing-exam'], rule: { kind: 'unknown', reason: 'Test.' } },
      }),
      role('other', ['a']),
    ];
    expect(checkRoadmapData(steps, roles, ['cpc'])).toEqual([
      { file: S, field: 'a.prerequisites[0]', message: 'a step cannot be its own prerequisite' },
      { file: S, field: 'a.prerequisites[1]', message: '"ghost" is not a step in content/steps.yaml' },
      { file: S, field: 'a.prerequisites[2].anyOf[1][1]', message: '"phantom" is not a step in content/steps.yaml' },
      { file: S, field: 'a.followedBy[1]', message: '"gone" is not a step in content/steps.yaml' },
      { file: S, field: 'b.unlocks.credentials[1]', message: '"cpx" is not a credential in content/credentials/' },
      { file: S, field: 'b.unlocks.roles[1]', message: '"astronaut" is not a role in content/roles.yaml' },
      { file: S, field: 'b.unlocks.roles[2]', message: 'the role "other" does not name this step in its qualifiedBy, so the step does not unlock it' },
      { file: R, field: 'r.qualifiedBy[1].anyOf[0]', message: '"nowhere" is not a step in content/steps.yaml' },
      { file: R, field: 'r.employers.accepts[0]', message: '"missing-exam" is not a step in content/steps.yaml' },
      {
        file: R,
        field: 'r.qualifiedBy[1].anyOf[1]',
        message: '"exam" gives a credential these employers do not ask for: add it to employers.accepts with the source that says so, or take it out',
      },
      {
        file: R,
        field: 'r.qualifiedBy[1].anyOf[2][0]',
        message: '"cred" gives a credential these employers do not ask for: add it to employers.accepts with the source that says so, or take it out',
      },
      { file: R, field: 'r.typicalCredentials[1]', message: '"ccx" is not a credential in content/credentials/' },
      { file: S, field: 'a.prerequisites', message: 'prerequisites go round in a circle: a → a' },
      ...['no-background', 'healthcare-worker', 'student', 'cpc-a', 'certified'].map((start) => ({
        file: R,
        field: 'other.qualifiedBy[0]',
        message: `this role cannot be reached from the start "${start}": no route meets this requirement`,
      })),
      { file: S, field: 'a.prerequisites', message: 'this step can never be reached: its prerequisites cannot all be met from any start' },
    ]);
  });

  it('reports ids used twice', () => {
    const problems = checkRoadmapData([step('a'), step('b'), step('a'), step('a')], [role('r', ['a']), role('r', ['b'])], []);
    expect(problems).toEqual([
      { file: S, field: 'a', message: 'the id "a" is used by more than one step' },
      { file: R, field: 'r', message: 'the id "r" is used by more than one role' },
    ]);
  });

  it('reports a role some start cannot reach, naming the first requirement it cannot meet', () => {
    // Only a certified coder has the entry step: no route leads to it (an empty any-of is never met).
    const steps = [step('entry', { doneFor: ['certified'], prerequisites: [{ anyOf: [] }] }), step('job', { prerequisites: ['entry'] }), step('open')];
    const problems = checkRoadmapData(steps, [role('r', ['open', 'job'])], []);
    expect(problems.filter((p) => p.file === R).map((p) => p.message)).toEqual(
      ['no-background', 'healthcare-worker', 'student', 'cpc-a'].map((s) => `this role cannot be reached from the start "${s}": no route meets this requirement`),
    );
    expect(problems.every((p) => p.file === S || p.field === 'r.qualifiedBy[1]')).toBe(true);
    expect(problems.filter((p) => p.file === S)).toEqual([]);
  });
});

describe('circles of prerequisites', () => {
  it('are shown as the path that returns to where it started, through any-of alternatives too', () => {
    const steps = [
      step('a', { prerequisites: ['b'] }),
      step('b', { prerequisites: [{ anyOf: ['x', ['y', 'c']] }] }),
      step('c', { prerequisites: ['a', 'outside'] }),
      step('x'),
      step('y'),
    ];
    expect(findCycles(steps)).toEqual([['a', 'b', 'c', 'a']]);
  });

  it('finds each circle once, and none in a graph where paths only meet', () => {
    expect(findCycles([step('a', { prerequisites: ['b', 'c'] }), step('b', { prerequisites: ['d'] }), step('c', { prerequisites: ['d'] }), step('d')])).toEqual([]);
    expect(findCycles([step('p', { prerequisites: ['q'] }), step('q', { prerequisites: ['p'] }), step('s', { prerequisites: ['s', 'p'] })])).toEqual([
      ['p', 'q', 'p'],
      ['s', 's'],
    ]);
    expect(findCycles([step('m', { prerequisites: ['n'] }), step('n', { prerequisites: ['o'] }), step('o', { prerequisites: ['n', 'm'] })])).toEqual([
      ['n', 'o', 'n'],
      ['m', 'n', 'o', 'm'],
    ]);
  });
});

describe('steps a start can reach', () => {
  it('are its done steps, then whatever their prerequisites allow, whatever the listed order', () => {
    const steps = [
      step('late', { prerequisites: ['mid'] }),
      step('mid', { prerequisites: [{ anyOf: ['gone', 'base'] }] }),
      step('base', { doneFor: ['student'], prerequisites: ['gone'] }),
      step('never', { prerequisites: ['gone'] }),
      step('free'),
    ];
    expect([...reachableSteps(steps, 'student')].sort()).toEqual(['base', 'free', 'late', 'mid']);
    expect([...reachableSteps(steps, 'certified')].sort()).toEqual(['free']);
  });
});
