export const id = 772;
export const ids = [772];
export const modules = {

/***/ 2772:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runMonitorCommand: () => (/* binding */ runMonitorCommand)
});

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

// EXTERNAL MODULE: ./src/commands/workspace.ts
var commands_workspace = __webpack_require__(2743);
// EXTERNAL MODULE: ./src/manifest/read.ts
var read = __webpack_require__(8553);
// EXTERNAL MODULE: ./src/reporting/markdown.ts
var markdown = __webpack_require__(1093);
;// CONCATENATED MODULE: ./src/reporting/monitor.ts

/** The evidence of a monitor run, as the summary and an incident issue show it. */
function monitorMarkdown(monitored) {
    if (monitored.length === 0)
        return 'No version is served (no exclusive stage holds one).';
    const table = markdownTable(['Model', 'Version', 'Stage', 'Result', 'Checks'], monitored.map(entry => [
        entry.model,
        `\`${entry.version}\``,
        entry.stage,
        entry.passed ? '✅ passed' : '❌ failed',
        entry.checks.map(check => `${check.passed ? '✅' : '❌'} ${check.kind}: ${check.detail}`).join('<br>')
    ]));
    const tails = monitored
        .filter(entry => !entry.passed && entry.run)
        .map(entry => `**${entry.model} \`${entry.version}\`** (${entry.stage}):\n\n${outputTailBlock(entry.run)}`);
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

// EXTERNAL MODULE: ./src/cli/output.ts + 1 modules
var output = __webpack_require__(4871);
// EXTERNAL MODULE: ./src/cli/handlers/move.ts
var move = __webpack_require__(1217);
;// CONCATENATED MODULE: ./src/cli/handlers/monitor.ts






/** Checks what is served; exit 1 when a check fails. What a failure does (issue, rollback, block) is the action's. */
async function runMonitorCommand(context) {
    const { workspace, request } = context;
    const data = await (0,read/* readManifest */.WI)(await (0,commands_workspace/* readWorkspaceManifest */.P_)(workspace), workspace.manifestName);
    const monitored = await monitorServed(workspace, data, request.model, (0,move.validationOptions)(context, request));
    const failed = monitored.some(entry => !entry.passed);
    (0,output/* print */.yy)(context.io, context.json, { failed, monitored }, () => monitorText(monitored));
    return failed ? output/* EXIT_REFUSED */.MY : output/* EXIT_OK */.Ij;
}


/***/ })

};
