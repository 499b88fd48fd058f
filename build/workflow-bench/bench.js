#!/usr/bin/env node
'use strict';
/*
 * The bpmn-engine side of build/bench-workflow: runs the approval chain N times in memory (no persistence),
 * completing every user task as soon as it waits, with C concurrent instances, and prints one JSON line:
 *   {"engine":"bpmn-engine","version":"25.0.1","instances":N,"concurrency":C,"seconds":s,"instancesPerSecond":r,"p50Ms":..,"p95Ms":..}
 * p50/p95 are "signal one task -> the next task waiting", the same measure as the C# side minus the database.
 *
 *   node bench.js <model.bpmn> [instances=2000] [concurrency=16]
 */
const fs = require('node:fs');
const path = require('node:path');
const { Engine } = require('bpmn-engine');
const BpmnModdle = require('bpmn-moddle');
const { EventEmitter } = require('node:events');

const [model, n = '2000', c = '16'] = process.argv.slice(2);
if (!model) {
  process.stderr.write('usage: node bench.js <model.bpmn> [instances] [concurrency]\n');
  process.exit(2);
}
const source = fs.readFileSync(model, 'utf8');
const instances = Number(n);
const concurrency = Number(c);
const version = JSON.parse(fs.readFileSync(path.join(path.dirname(require.resolve('bpmn-engine')), '..', 'package.json'), 'utf8')).version;
const latencies = [];

function runOne(i) {
  return new Promise((resolve, reject) => {
    const listener = new EventEmitter();
    let signalledAt = null;
    let userTasks = 0;
    listener.on('activity.wait', (api) => {
      if (api.content.type !== 'bpmn:UserTask') return;
      if (signalledAt !== null) latencies.push(Number(process.hrtime.bigint() - signalledAt) / 1e6);
      userTasks++;
      // Signal on the next turn: the engine is still inside the step that made the task wait.
      setImmediate(() => {
        signalledAt = process.hrtime.bigint();
        api.signal({ outcome: 'approve' });
      });
    });
    // The parsed model is shared, as our runtime caches its parsed models: the figure is the engine's steps, not XML parsing.
    const engine = new Engine({ name: 'bench-' + i, moddleContext });
    engine.execute({ listener, variables: { initiator: 'aqd' } }, (err, execution) => {
      if (err) return reject(err);
      execution.waitFor('end').then(() => {
        if (userTasks !== 5) return reject(new Error(`instance ${i}: ${userTasks} user tasks, expected 5`));
        resolve();
      }, reject);
    });
  });
}

let moddleContext;

async function main() {
  moddleContext = await new BpmnModdle().fromXML(source);
  // Warm-up: JIT and module loading are not the engine's steady state.
  for (let i = 0; i < Math.min(100, instances); i++) await runOne(-i - 1);
  latencies.length = 0;
  let next = 0;
  const started = process.hrtime.bigint();
  async function worker() {
    while (next < instances) await runOne(next++);
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  latencies.sort((a, b) => a - b);
  const pct = (p) => latencies[Math.max(0, Math.ceil(latencies.length * p) - 1)];
  process.stdout.write(JSON.stringify({
    engine: 'bpmn-engine', version, instances, concurrency, seconds: +seconds.toFixed(3),
    instancesPerSecond: +(instances / seconds).toFixed(1), p50Ms: +pct(0.5).toFixed(3), p95Ms: +pct(0.95).toFixed(3),
  }) + '\n');
}

main().catch((err) => {
  process.stderr.write((err && err.stack) || String(err));
  process.exit(1);
});
