// The executable BPMN subset of the Ektu.Qa workflow engine (shared/bpmn-conformance README §2).
// The engine's parser applies the same rules when a definition is saved; this copy gives the
// modeler immediate feedback and drives which palette / context pad / replace entries exist.

const SERVICE_IMPLEMENTATION = /^\$\{\s*environment\.services\.[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)*\s*\}$/;

function is(node, type) {
  return node && typeof node.$instanceOf === 'function' && node.$instanceOf(type);
}

function eventDefinitionTypes(node) {
  return (node.eventDefinitions || []).map((d) => d.$type);
}

function onlyDefinition(node, allowed) {
  const types = eventDefinitionTypes(node);
  if (types.length === 0) {
    return allowed.indexOf('none') >= 0;
  }
  return types.length === 1 && allowed.indexOf(types[0]) >= 0;
}

/**
 * Returns the problems of one flow element against the subset (messages in English; the UI
 * translates them), or an empty array.
 */
export function subsetProblems(node) {
  const problems = [];
  const type = node.$type;

  if (is(node, 'bpmn:StartEvent')) {
    if (!onlyDefinition(node, [ 'none' ])) {
      problems.push('Only a none start event is supported');
    }
  } else if (is(node, 'bpmn:EndEvent')) {
    if (!onlyDefinition(node, [ 'none', 'bpmn:TerminateEventDefinition', 'bpmn:ErrorEventDefinition' ])) {
      problems.push('Only none, terminate and error end events are supported');
    }
  } else if (is(node, 'bpmn:IntermediateCatchEvent')) {
    if (!onlyDefinition(node, [ 'bpmn:TimerEventDefinition', 'bpmn:MessageEventDefinition' ])) {
      problems.push('Only timer and message intermediate catch events are supported');
    }
  } else if (is(node, 'bpmn:BoundaryEvent')) {
    if (!onlyDefinition(node, [ 'bpmn:TimerEventDefinition', 'bpmn:ErrorEventDefinition' ])) {
      problems.push('Only timer and error boundary events are supported');
    } else if (eventDefinitionTypes(node)[0] === 'bpmn:ErrorEventDefinition' && node.cancelActivity === false) {
      problems.push('An error boundary event always interrupts');
    }
  } else if (is(node, 'bpmn:UserTask') || is(node, 'bpmn:ServiceTask')) {
    if (is(node, 'bpmn:ServiceTask') && !SERVICE_IMPLEMENTATION.test(node.implementation || '')) {
      problems.push('A service task needs a handler: implementation = ${environment.services.<handler key>}');
    }
  } else if (type === 'bpmn:SubProcess') {
    if (node.triggeredByEvent) {
      problems.push('Event sub-processes are not supported');
    }
  } else if (type === 'bpmn:ExclusiveGateway' || type === 'bpmn:ParallelGateway' || type === 'bpmn:InclusiveGateway') {
    // supported
  } else if (type === 'bpmn:SequenceFlow') {
    const condition = node.conditionExpression;
    if (condition) {
      const body = (condition.body || '').trim();
      const language = condition.language;
      if (language && !/^(javascript|js)$/i.test(language)) {
        problems.push('Condition language must be javascript');
      } else if (language && !/next\s*\(/.test(body)) {
        problems.push('A script condition must call next(null, value)');
      } else if (!language && !/^\$\{[\s\S]*\}$/.test(body)) {
        problems.push('An expression condition must be a single ${...}');
      }
      if (is(node.sourceRef, 'bpmn:ParallelGateway')) {
        problems.push('A flow leaving a parallel gateway must not have a condition');
      }
      if (node.sourceRef && node.sourceRef.default === node) {
        problems.push('The default flow must not have a condition');
      }
    }
  } else {
    problems.push('Element type is outside the supported subset');
  }

  for (const definition of node.eventDefinitions || []) {
    if (definition.$type === 'bpmn:TimerEventDefinition' && !definition.timeDuration && !definition.timeDate) {
      problems.push('A timer needs a duration (ISO 8601, e.g. P3D) or a date');
    }
  }

  const loop = node.loopCharacteristics;
  if (loop) {
    if (loop.$type !== 'bpmn:MultiInstanceLoopCharacteristics') {
      problems.push('Only multi-instance markers are supported (no standard loop)');
    } else if (!is(node, 'bpmn:UserTask')) {
      problems.push('Multi-instance is supported on user tasks only');
    }
  }

  return problems;
}

/**
 * bpmnlint rule "qa/supported-subset": every flow element of the executable process must be
 * inside the subset; pools, lanes and collaborations are not executed.
 */
export function supportedSubsetRule() {
  function check(node, reporter) {
    if (is(node, 'bpmn:Collaboration')) {
      reporter.report(node.id, 'Pools and collaborations are not supported; model a single process');
      return;
    }
    if (is(node, 'bpmn:Process') && node.laneSets && node.laneSets.length) {
      reporter.report(node.id, 'Lanes are not supported');
    }
    if (!is(node, 'bpmn:FlowElement')) {
      return;
    }
    for (const message of subsetProblems(node)) {
      reporter.report(node.id, message);
    }
  }

  return { check };
}

/**
 * bpmnlint rule "qa/gateway-conditions": an exclusive/inclusive split without any condition and
 * without a default flow cannot choose a path (the engine fails at run time). bpmnlint's
 * conditional-flows rule covers the case where some flows already have conditions.
 */
export function gatewayConditionsRule() {
  function check(node, reporter) {
    if (!(is(node, 'bpmn:ExclusiveGateway') || is(node, 'bpmn:InclusiveGateway'))) {
      return;
    }
    const outgoing = node.outgoing || [];
    if (outgoing.length < 2 || node.default || outgoing.some((f) => f.conditionExpression)) {
      return;
    }
    reporter.report(node.id, 'A splitting gateway needs conditions on its outgoing flows and a default flow');
  }

  return { check };
}

/**
 * bpmnlint rule "qa/executable-process": exactly one executable process.
 */
export function executableProcessRule() {
  function check(node, reporter) {
    if (!is(node, 'bpmn:Definitions')) {
      return;
    }
    const processes = (node.rootElements || []).filter((e) => is(e, 'bpmn:Process'));
    const executable = processes.filter((p) => p.isExecutable);
    if (executable.length !== 1) {
      const target = processes[0] || node;
      reporter.report(target.id, 'Exactly one process must be marked executable');
    }
  }

  return { check };
}
