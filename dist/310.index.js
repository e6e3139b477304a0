export const id = 310;
export const ids = [310];
export const modules = {

/***/ 4310:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runMonitor: () => (/* binding */ runMonitor)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 18 modules
var core = __webpack_require__(6257);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/adapters/validation.ts
var validation = __webpack_require__(8557);
// EXTERNAL MODULE: ./src/stages/errors.ts
var errors = __webpack_require__(480);
// EXTERNAL MODULE: ./src/stages/gates.ts
var stages_gates = __webpack_require__(5991);
// EXTERNAL MODULE: ./src/stages/pipeline.ts
var pipeline = __webpack_require__(2225);
// EXTERNAL MODULE: ./src/commands/digest.ts + 1 modules
var commands_digest = __webpack_require__(2781);
// EXTERNAL MODULE: ./src/commands/metrics-file.ts
var metrics_file = __webpack_require__(2566);
// EXTERNAL MODULE: ./src/commands/validate.ts
var validate = __webpack_require__(10);
;// CONCATENATED MODULE: ./src/commands/monitor.ts










/** Only the absolute bounds of a stage's gates apply to what is live: change rules need a challenger. */
function absoluteBounds(gates) {
    return Object.fromEntries(Object.entries(gates)
        .filter(([, gate]) => gate.min !== undefined || gate.max !== undefined)
        .map(([metric, gate]) => [metric, { min: gate.min, max: gate.max }]));
}
function monitorCommand(data, model, stage, override) {
    const declared = data.models[model]?.monitor ?? data.defaults?.monitor;
    return declared?.trim() ? declared : (0,validate/* validationCommand */.LQ)(data, model, override, stage);
}
/** What a failure does for a model, and after how many consecutive failing runs. */
function failurePolicy(data, model) {
    const entry = data.models[model];
    return {
        onFailure: entry?.on_failure ?? data.defaults?.on_failure ?? 'report',
        failuresBeforeAction: entry?.failures_before_action ?? data.defaults?.failures_before_action ?? 1
    };
}
/**
 * Checks every served version (the one in each exclusive stage) of every model, or MODEL's: its digest when one is
 * recorded, its monitoring command (else its validation command) run like the validation with MODEL_STAGE its stage,
 * and the absolute bounds of its stage's gates on what that command measured.
 */
async function monitorServed(workspace, data, model, options) {
    if (model !== undefined && !data.models[model])
        throw new errors/* InputError */.dz(`unknown model ${model}`);
    const exclusive = (0,pipeline/* pipelineOf */.gQ)(data)
        .stages.filter(stage => stage.exclusive)
        .map(stage => stage.name);
    const monitored = [];
    for (const name of model === undefined ? Object.keys(data.models) : [model]) {
        for (const [version, entry] of data.models[name]?.versions ?? []) {
            if (!exclusive.includes(entry.stage))
                continue;
            const subject = { model: name, version, uri: entry.uri, stage: entry.stage, target: entry.stage };
            const checks = [];
            if (entry.digest) {
                try {
                    const { digest } = await (0,commands_digest/* takeDigest */.G)(workspace, data, subject, options.timeoutSeconds);
                    checks.push({
                        kind: 'digest',
                        passed: digest === entry.digest,
                        detail: digest === entry.digest
                            ? `same bytes (${digest})`
                            : `drift: recorded ${entry.digest}, now ${digest}`
                    });
                }
                catch (error) {
                    checks.push({
                        kind: 'digest',
                        passed: false,
                        detail: error instanceof Error ? error.message : String(error)
                    });
                }
            }
            const command = monitorCommand(data, name, entry.stage, options.validate);
            let run;
            let gates = [];
            if (!command) {
                checks.push({
                    kind: 'command',
                    passed: false,
                    detail: `no monitor command: declare models.${name}.monitor or defaults.monitor (or a validation command)`
                });
            }
            else {
                const folder = await (0,promises_.mkdtemp)(external_node_path_default().join((0,external_node_os_.tmpdir)(), 'model-stages-monitor-'));
                try {
                    const metricsFile = external_node_path_default().join(folder, 'metrics.json');
                    run = await (0,validation/* runValidation */.Lb)({
                        command,
                        cwd: workspace.root,
                        env: (0,validate/* validationEnvironment */.vq)(workspace, subject, metricsFile),
                        timeoutSeconds: options.timeoutSeconds,
                        onOutput: options.onOutput
                    });
                    const seconds = (run.durationMs / 1000).toFixed(1);
                    checks.push({
                        kind: 'command',
                        passed: run.status === 'passed',
                        detail: run.status === 'passed'
                            ? `\`${command}\` exited 0 in ${seconds} s`
                            : run.status === 'timed-out'
                                ? `\`${command}\` timed out after ${seconds} s`
                                : `\`${command}\` exited ${run.exitCode ?? run.signal} after ${seconds} s`
                    });
                    const measured = await (0,metrics_file/* readMetricsFile */._)(metricsFile);
                    if (measured.error)
                        checks.push({ kind: 'metrics', passed: false, detail: measured.error });
                    else if (run.status === 'passed') {
                        gates = (0,stages_gates/* gatesFor */.wQ)(data, name, entry.stage).flatMap(set => (0,stages_gates/* evaluateGates */.ud)(absoluteBounds(set), measured.metrics ?? {}, undefined));
                        for (const gate of gates)
                            checks.push({
                                kind: 'gate',
                                passed: gate.passed,
                                detail: `${gate.metric} ${gate.candidate ?? 'not measured'} against ${gate.rule}${gate.passed ? '' : ': fails'}`
                            });
                    }
                }
                finally {
                    await (0,promises_.rm)(folder, { recursive: true, force: true });
                }
            }
            monitored.push({
                model: name,
                version,
                stage: entry.stage,
                passed: checks.every(check => check.passed),
                checks,
                ...(run ? { run } : {}),
                gates,
                ...failurePolicy(data, name)
            });
        }
    }
    return monitored;
}
/** The first check that failed, in a few words: what an incident and a rollback cite. */
function failedCheck(monitored) {
    const failed = monitored.checks.find(check => !check.passed);
    return failed ? `${failed.kind}: ${failed.detail}` : 'passed';
}

// EXTERNAL MODULE: ./src/commands/workspace.ts + 1 modules
var commands_workspace = __webpack_require__(7112);
// EXTERNAL MODULE: ./src/manifest/read.ts
var read = __webpack_require__(8553);
// EXTERNAL MODULE: ./src/stages/freezes.ts
var stages_freezes = __webpack_require__(7427);
// EXTERNAL MODULE: ./src/reporting/markdown.ts
var markdown = __webpack_require__(1093);
;// CONCATENATED MODULE: ./src/reporting/monitor.ts

/** The evidence of a monitor run, as the summary and an incident issue show it. */
function monitorMarkdown(monitored) {
    if (monitored.length === 0)
        return 'No version is served (no exclusive stage holds one).';
    const table = (0,markdown/* markdownTable */.Qj)(['Model', 'Version', 'Stage', 'Result', 'Checks'], monitored.map(entry => [
        entry.model,
        `\`${entry.version}\``,
        entry.stage,
        entry.passed ? '✅ passed' : '❌ failed',
        entry.checks.map(check => `${check.passed ? '✅' : '❌'} ${check.kind}: ${check.detail}`).join('<br>')
    ]));
    const tails = monitored
        .filter(entry => !entry.passed && entry.run)
        .map(entry => `**${entry.model} \`${entry.version}\`** (${entry.stage}):\n\n${(0,markdown/* outputTailBlock */.vw)(entry.run)}`);
    return [table, ...tails].join('\n\n');
}
function monitorText(monitored) {
    if (monitored.length === 0)
        return 'No version is served (no exclusive stage holds one).\n';
    return (monitored
        .flatMap(entry => [
        `${entry.model} ${entry.version} (${entry.stage}): ${entry.passed ? 'passed' : 'FAILED'}`,
        ...entry.checks.map(check => `  ${check.passed ? 'ok  ' : 'FAIL'} ${check.kind}: ${check.detail}`)
    ])
        .join('\n') + '\n');
}

;// CONCATENATED MODULE: ./src/reporting/incident.ts

/** The hidden line an incident issue is found by: the model, how many runs in a row failed, and the last run. */
function incidentMarker(model) {
    return `<!-- model-stages:incident:${model} `;
}
function incidentState(body, model) {
    const line = body.split('\n').find(text => text.startsWith(incidentMarker(model)));
    const failures = Number(/failures=(\d+)/.exec(line ?? '')?.[1] ?? 0);
    const run = /run=(\S+)/.exec(line ?? '')?.[1];
    return { failures, ...(run && run !== '-' ? { run } : {}) };
}
function incidentTitle(model, failing) {
    return `model-stages: ${model} ${failing.map(entry => `${entry.version} (${entry.stage})`).join(', ')} fails its monitor`;
}
function incidentBody(model, failing, state, action, runUrl) {
    return [
        `${incidentMarker(model)}failures=${state.failures} run=${state.run ?? '-'} -->`,
        `**${model}** fails its monitor: ${state.failures} run${state.failures === 1 ? '' : 's'} in a row.`,
        monitorMarkdown(failing),
        action,
        runUrl ? `Last checked by [this workflow run](${runUrl}).` : '',
        '<sub>Opened by model-stages monitor. It is updated by each failing run and closed by the first passing one.</sub>'
    ]
        .filter(Boolean)
        .join('\n\n');
}

// EXTERNAL MODULE: ./src/action/fence.ts
var fence = __webpack_require__(6391);
// EXTERNAL MODULE: ./src/action/outputs.ts
var outputs = __webpack_require__(8948);
// EXTERNAL MODULE: ./src/action/publish/publish-move.ts
var publish_move = __webpack_require__(7517);
// EXTERNAL MODULE: ./src/action/publish/settings.ts
var publish_settings = __webpack_require__(8225);
// EXTERNAL MODULE: ./src/action/summary.ts
var summary = __webpack_require__(8770);
// EXTERNAL MODULE: ./src/action/timeline.ts + 1 modules
var timeline = __webpack_require__(9885);
// EXTERNAL MODULE: ./src/action/validation-log.ts
var validation_log = __webpack_require__(352);
;// CONCATENATED MODULE: ./src/action/run-monitor.ts















/** What a block or an override records of a failed check: "monitor: <check>", one line, bounded. */
function monitorReason(entry) {
    // A reason is one line: control characters become spaces.
    // eslint-disable-next-line no-control-regex -- control characters are what is replaced
    const controls = /[\x00-\x1f\x7f]+/g;
    const check = failedCheck(entry).replace(controls, ' ').trim();
    return `monitor: ${check.length > 200 ? `${check.slice(0, 199)}…` : check}`;
}
/**
 * on_failure rollback (or block): each failing stage rolled back to the newest earlier version that served it and is
 * not blocked, validated as every rollback is; with block, the failing version is blocked in the same change. A
 * frozen stage is left as it is unless every window open on it allows the monitor, which then acts with the override
 * recorded.
 */
async function act(failing, data, workspace, settings, inputs, moved) {
    const done = [];
    for (const entry of failing) {
        const reason = monitorReason(entry);
        const freezes = (0,stages_freezes/* openFreezes */.lB)(data, entry.model, entry.stage, new Date());
        const [latest] = freezes;
        if (latest && !freezes.every(freeze => freeze.allowMonitor)) {
            done.push(`Not rolled back: ${(0,stages_freezes/* freezeSentence */.Nb)(entry.stage, latest)}. The monitor acts during a freeze only when the ` +
                'window says allow_monitor: true; roll back by hand with force and a reason if it must.');
            continue;
        }
        const blocking = entry.onFailure === 'block';
        try {
            const published = await (0,publish_move/* publishMove */.x8)(workspace, blocking ? 'block' : 'rollback', blocking
                ? { model: entry.model, version: entry.version, reason, rollback: true }
                : { model: entry.model, to: entry.stage, toName: 'the failing stage' }, (0,validation_log/* validationLog */.e)(`Validate the version ${entry.stage} rolls back to`, inputs.request), { ...settings, ...(latest ? { force: reason } : {}) });
            const { plan } = published.outcome;
            moved.push(published);
            const back = plan.transitions.find(transition => transition.cause === 'requested')?.version ?? plan.version;
            const where = published.pullRequest
                ? `pull request #${published.pullRequest.number} (${published.pullRequest.url})`
                : published.commitSha
                    ? `commit ${published.commitSha}`
                    : 'nothing written (dry run)';
            const what = blocking
                ? `Blocked ${entry.version} and rolled ${entry.stage} back to ${back}`
                : `Rolled ${entry.stage} back to ${back}`;
            done.push(published.outcome.verdict === 'failed'
                ? `The rollback of ${entry.stage} to ${back} did not pass its validation: nothing was written.`
                : `${what} (${reason}): ${where}.`);
        }
        catch (error) {
            // Nothing to roll back to, or a refusal: the incident says so, and the other stages are still acted on.
            if (!(error instanceof errors/* RefusedError */.fk) && !(error instanceof errors/* InputError */.dz))
                throw error;
            done.push(`Not rolled back: ${error.message}`);
        }
    }
    return done.join('\n');
}
/**
 * monitor: what is served, checked; a failure opens or updates the model's incident issue (one per model, found by
 * its marker and its author) and, after `failures_before_action` failing runs in a row, rolls the stage back as
 * `on_failure` says. A passing run closes the incident. A re-run of the same workflow run counts once.
 */
async function runMonitor(inputs, context, workspace, connection) {
    const data = await (0,read/* readManifest */.WI)(await (0,commands_workspace/* readWorkspaceManifest */.P_)(workspace), workspace.manifestName);
    // The checks' output is fenced, as a validation's is: the runner obeys no command in it.
    const monitored = await core/* group */.Os('Check what is served', () => (0,fence/* fenced */.O)(write => monitorServed(workspace, data, inputs.request.model, {
        validate: inputs.request.validate,
        timeoutSeconds: inputs.request.validationTimeout,
        onOutput: write
    })));
    await (0,fence/* logFenced */.v)(monitorText(monitored).trimEnd());
    const models = [...new Set(monitored.map(entry => entry.model))];
    const outcomes = [];
    const moved = [];
    const api = inputs.mode === 'dry-run' ? undefined : await connection.api();
    const settings = api ? await (0,publish_settings/* publishSettings */.n)(inputs, context, workspace, connection) : undefined;
    const runId = context.runId ?? undefined;
    for (const model of models) {
        const failing = monitored.filter(entry => entry.model === model && !entry.passed);
        const outcome = { model, failing };
        outcomes.push(outcome);
        if (!api || !settings)
            continue;
        const incident = await api.findIncident(incidentMarker(model));
        if (failing.length === 0) {
            if (incident) {
                await api.commentOnIssue(incident.number, `${model} passes its monitor again${context.runUrl ? ` ([run](${context.runUrl}))` : ''}: closing.`);
                await api.updateIncident(incident.number, incident.body, 'closed');
                outcome.incident = { number: incident.number, url: incident.url, closed: true };
            }
            continue;
        }
        const before = incident ? incidentState(incident.body, model) : { failures: 0 };
        // A re-run of the same workflow run is the same failure: counted once.
        const failures = runId !== undefined && before.run === runId ? before.failures : before.failures + 1;
        const policy = failing[0];
        const acting = policy.onFailure !== 'report' && failures >= policy.failuresBeforeAction;
        outcome.action = acting
            ? await act(failing, data, workspace, settings, inputs, moved)
            : policy.onFailure === 'report'
                ? 'on_failure is report: nothing is rolled back.'
                : `on_failure is ${policy.onFailure}: it acts after ${policy.failuresBeforeAction} failing runs in a row (this is ${failures}).`;
        const body = incidentBody(model, failing, { failures, ...(runId ? { run: runId } : {}) }, outcome.action, context.runUrl);
        if (incident) {
            await api.updateIncident(incident.number, body);
            outcome.incident = { number: incident.number, url: incident.url };
        }
        else {
            const opened = await api.openIncident(incidentTitle(model, failing), body);
            outcome.incident = { number: opened.number, url: opened.url };
        }
    }
    const failed = outcomes.filter(outcome => outcome.failing.length > 0);
    (0,outputs/* setOutput */.u)('changed', 'false');
    (0,outputs/* setOutput */.u)('monitored', JSON.stringify(monitored.map(({ run: _run, ...entry }) => entry)));
    (0,outputs/* setOutput */.u)('incidents', JSON.stringify(outcomes
        .filter(outcome => outcome.incident)
        .map(outcome => ({ model: outcome.model, ...outcome.incident }))));
    const actions = failed.map(outcome => `- **${outcome.model}**: ${outcome.action ?? 'reported'}${outcome.incident ? ` (issue #${outcome.incident.number})` : ''}`);
    const timelines = await (0,timeline/* movedTimelines */.W)(workspace, moved, context);
    await (0,summary/* writeSummary */.S)(['## model-stages: monitor', monitorMarkdown(monitored), actions.join('\n'), timelines]
        .filter(Boolean)
        .join('\n\n'));
    if (failed.length > 0)
        core/* setFailed */.C1(`${failed.map(outcome => outcome.model).join(', ')} fail${failed.length === 1 ? 's' : ''} its monitor: ${failed.map(outcome => failedCheck(outcome.failing[0])).join('; ')}`);
}


/***/ })

};
