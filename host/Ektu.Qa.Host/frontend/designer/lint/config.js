// bpmnlint configuration compiled into the bundle: the recommended rules that matter for the
// executable subset, plus the project's own rules (package "qa" = bpmnlint-plugin-qa).
import Linter from 'bpmnlint/lib/linter';

import conditionalFlows from 'bpmnlint/rules/conditional-flows';
import endEventRequired from 'bpmnlint/rules/end-event-required';
import fakeJoin from 'bpmnlint/rules/fake-join';
import noBpmndi from 'bpmnlint/rules/no-bpmndi';
import noDisconnected from 'bpmnlint/rules/no-disconnected';
import noDuplicateSequenceFlows from 'bpmnlint/rules/no-duplicate-sequence-flows';
import noGatewayJoinFork from 'bpmnlint/rules/no-gateway-join-fork';
import noImplicitEnd from 'bpmnlint/rules/no-implicit-end';
import noImplicitSplit from 'bpmnlint/rules/no-implicit-split';
import noImplicitStart from 'bpmnlint/rules/no-implicit-start';
import noOverlappingElements from 'bpmnlint/rules/no-overlapping-elements';
import singleBlankStartEvent from 'bpmnlint/rules/single-blank-start-event';
import singleEventDefinition from 'bpmnlint/rules/single-event-definition';
import startEventRequired from 'bpmnlint/rules/start-event-required';
import subProcessBlankStartEvent from 'bpmnlint/rules/sub-process-blank-start-event';
import superfluousGateway from 'bpmnlint/rules/superfluous-gateway';

import { executableProcessRule, gatewayConditionsRule, supportedSubsetRule } from './subset';

const rules = {
  'bpmnlint/conditional-flows': conditionalFlows,
  'bpmnlint/end-event-required': endEventRequired,
  'bpmnlint/fake-join': fakeJoin,
  'bpmnlint/no-bpmndi': noBpmndi,
  'bpmnlint/no-disconnected': noDisconnected,
  'bpmnlint/no-duplicate-sequence-flows': noDuplicateSequenceFlows,
  'bpmnlint/no-gateway-join-fork': noGatewayJoinFork,
  'bpmnlint/no-implicit-end': noImplicitEnd,
  'bpmnlint/no-implicit-split': noImplicitSplit,
  'bpmnlint/no-implicit-start': noImplicitStart,
  'bpmnlint/no-overlapping-elements': noOverlappingElements,
  'bpmnlint/single-blank-start-event': singleBlankStartEvent,
  'bpmnlint/single-event-definition': singleEventDefinition,
  'bpmnlint/start-event-required': startEventRequired,
  'bpmnlint/sub-process-blank-start-event': subProcessBlankStartEvent,
  'bpmnlint/superfluous-gateway': superfluousGateway,
  'bpmnlint-plugin-qa/supported-subset': supportedSubsetRule,
  'bpmnlint-plugin-qa/gateway-conditions': gatewayConditionsRule,
  'bpmnlint-plugin-qa/executable-process': executableProcessRule,
};

export const lintConfig = {
  rules: {
    'conditional-flows': 'error',
    'end-event-required': 'error',
    // several flows into one task are an uncontrolled merge: defined, but usually a modelling slip
    'fake-join': 'warn',
    'no-bpmndi': 'error',
    'no-disconnected': 'error',
    'no-duplicate-sequence-flows': 'error',
    'no-gateway-join-fork': 'warn',
    'no-implicit-end': 'error',
    'no-implicit-split': 'error',
    'no-implicit-start': 'error',
    'no-overlapping-elements': 'warn',
    'single-blank-start-event': 'error',
    'single-event-definition': 'error',
    'start-event-required': 'error',
    'sub-process-blank-start-event': 'error',
    'superfluous-gateway': 'warn',
    'qa/supported-subset': 'error',
    'qa/gateway-conditions': 'error',
    'qa/executable-process': 'error',
  },
};

const resolver = {
  resolveRule(pkg, ruleName) {
    const rule = rules[pkg + '/' + ruleName];
    if (!rule) {
      throw new Error('unknown rule <' + pkg + '/' + ruleName + '>');
    }
    return rule;
  },
  resolveConfig(pkg, configName) {
    throw new Error('unknown config <' + pkg + '/' + configName + '>');
  },
};

export function createLinter() {
  return new Linter({ config: lintConfig, resolver });
}

/**
 * Flattens bpmnlint results into [{ id, message, category, rule }] sorted errors first.
 */
export function flattenResults(results) {
  const problems = [];
  for (const [ rule, reports ] of Object.entries(results)) {
    for (const report of reports) {
      problems.push({ id: report.id, message: report.message, category: report.category, rule });
    }
  }
  const order = { error: 0, 'rule-error': 0, warn: 1, info: 2 };
  problems.sort((a, b) => (order[a.category] - order[b.category]) || String(a.id).localeCompare(String(b.id)));
  return problems;
}
