export const id = 355;
export const ids = [355];
export const modules = {

/***/ 1355:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   listed: () => (/* binding */ listed),
/* harmony export */   reportEvaluation: () => (/* binding */ reportEvaluation),
/* harmony export */   runEvaluate: () => (/* binding */ runEvaluate)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6257);
/* harmony import */ var _outputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8948);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8770);
/* harmony import */ var _commands_evaluate_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7643);
/* harmony import */ var _commands_workspace_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7112);
/* harmony import */ var _manifest_read_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8553);
/* harmony import */ var _reporting_markdown_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1093);
/* harmony import */ var _reporting_describe_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4465);
/* harmony import */ var _stages_admission_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3194);
/* harmony import */ var _publish_publish_move_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(7517);
/* harmony import */ var _timeline_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(9885);
/* harmony import */ var _validation_log_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(352);
/* harmony import */ var _run_context_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(2853);
/* harmony import */ var _publish_settings_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(8225);














/** A candidate as the `promoted` and `rejected` outputs list it. */
function listed(entry) {
    return {
        model: entry.model,
        version: entry.version,
        validation: entry.outcome?.verdict ?? 'skipped',
        ...(entry.status === 'rejected' ? { exitCode: entry.exitCode ?? null } : {}),
        ...(entry.failedGates ? { failedGates: entry.failedGates } : {}),
        ...(entry.reason ? { reason: entry.reason } : {}),
        ...(entry.applied?.pullRequest ? { pullRequestUrl: entry.applied.pullRequest.url } : {}),
        ...(entry.applied?.commitSha ? { commitSha: entry.applied.commitSha } : {})
    };
}
/** Validates each model's newest candidate and promotes those that pass, one pull request or commit per model. */
async function runEvaluate(inputs, context, workspace, connection) {
    const data = await (0,_manifest_read_js__WEBPACK_IMPORTED_MODULE_5__/* .readManifest */ .WI)(await (0,_commands_workspace_js__WEBPACK_IMPORTED_MODULE_4__/* .readWorkspaceManifest */ .P_)(workspace), workspace.manifestName);
    const settings = await (0,_publish_settings_js__WEBPACK_IMPORTED_MODULE_12__/* .publishSettings */ .n)(inputs, context, workspace, connection);
    const result = await (0,_commands_evaluate_js__WEBPACK_IMPORTED_MODULE_3__/* .evaluate */ ._)(data, inputs.request.model, async (candidate) => {
        const published = await (0,_publish_publish_move_js__WEBPACK_IMPORTED_MODULE_9__/* .publishMove */ .x8)(workspace, 'promote', { model: candidate.model, version: candidate.version, to: candidate.to }, (0,_validation_log_js__WEBPACK_IMPORTED_MODULE_11__/* .validationLog */ .e)(`Validate ${candidate.model} ${candidate.version}`, inputs.request), settings);
        return { outcome: published.outcome, applied: published };
    });
    if (result.evaluated.length === 0)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`No model has a version in ${result.from}: nothing to evaluate.`);
    await reportEvaluation(result.evaluated, inputs.mode, context, `No candidates in ${result.from}.`, '', workspace);
}
/** Warnings for the candidates left where they are, the promoted/rejected/changed outputs, and the summary table. */
async function reportEvaluation(evaluated, mode, context, empty, extra = '', workspace) {
    for (const entry of evaluated) {
        if (entry.status === 'held')
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`${entry.model} ${entry.version} stays in ${entry.from}: ${entry.reason}`);
        if (entry.status === 'rejected')
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`${entry.model} ${entry.version} stays in ${entry.from}. ${(0,_reporting_describe_js__WEBPACK_IMPORTED_MODULE_7__/* .outcomeSentence */ .yz)(entry.outcome?.admission)}\n${(0,_stages_admission_js__WEBPACK_IMPORTED_MODULE_8__/* .validationResult */ .Vh)(entry.outcome?.admission)?.tail ?? ''}`);
    }
    const promoted = evaluated.filter(entry => entry.status === 'promoted');
    const rejected = evaluated.filter(entry => entry.status === 'rejected' || entry.status === 'held');
    (0,_outputs_js__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .u)('promoted', JSON.stringify(promoted.map(listed)));
    (0,_outputs_js__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .u)('rejected', JSON.stringify(rejected.map(listed)));
    (0,_outputs_js__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .u)('changed', String(promoted.length > 0));
    const rows = [
        ...promoted.map(e => [e.model, `\`${e.version}\``, '✅ passed', resultCell(e, mode, context)]),
        ...rejected.map(e => [
            e.model,
            `\`${e.version}\``,
            e.reason
                ? `⏳ ${e.reason}`
                : e.failedGates
                    ? `❌ gates: ${e.failedGates.map(rule => `${rule.metric} ${rule.rule}`).join(', ')}`
                    : `❌ ${e.outcome?.verdict ?? 'failed'}${e.exitCode != null ? ` (exit ${e.exitCode})` : ''}`,
            `stays in ${e.from}`
        ])
    ];
    const table = rows.length > 0 ? (0,_reporting_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .markdownTable */ .Qj)(['Model', 'Candidate', 'Validation', 'Result'], rows) : empty;
    const moved = promoted.flatMap(entry => entry.outcome ? [{ outcome: entry.outcome, commitSha: entry.applied?.commitSha }] : []);
    const timelines = workspace ? await (0,_timeline_js__WEBPACK_IMPORTED_MODULE_10__/* .movedTimelines */ .W)(workspace, moved, context) : '';
    await (0,_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .writeSummary */ .S)(`## model-stages: evaluate\n\n${table}${extra}${timelines ? `\n\n${timelines}` : ''}`);
}
function resultCell(entry, mode, context) {
    if (entry.applied?.pullRequest)
        return `[pull request](${entry.applied.pullRequest.url})`;
    if (entry.applied?.commitSha)
        return `[commit ${entry.applied.commitSha.slice(0, 7)}](${(0,_run_context_js__WEBPACK_IMPORTED_MODULE_13__/* .commitUrl */ .Bg)(context, entry.applied.commitSha)})`;
    return mode === 'dry-run' ? 'would be promoted (dry run)' : 'promoted';
}


/***/ }),

/***/ 7643:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ evaluate)
/* harmony export */ });
/* unused harmony export inParallel */
/* harmony import */ var _stages_admission_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3194);
/* harmony import */ var _stages_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(480);
/* harmony import */ var _stages_pipeline_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2225);
/* harmony import */ var _stages_queries_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7331);




/**
 * The one evaluate loop: each model's newest candidate (or MODEL's; or the `candidates` whose results were
 * gathered) is validated and promoted by the door's `promote`. A candidate the pipeline holds back, or whose validation fails, stays where it is; the others go on.
 */
async function evaluate(data, model, promote, candidates = (0,_stages_queries_js__WEBPACK_IMPORTED_MODULE_2__/* .evaluationCandidates */ .Fc)(data, model)) {
    const evaluated = [];
    for (const candidate of candidates) {
        let done;
        try {
            done = await promote(candidate);
        }
        catch (error) {
            if (!(error instanceof _stages_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .RefusedError */ .fk))
                throw error;
            evaluated.push({ ...candidate, status: 'held', reason: error.message });
            continue;
        }
        const { outcome, applied } = done;
        const version = outcome.plan.version;
        if (outcome.verdict === 'failed') {
            const failed = (0,_stages_admission_js__WEBPACK_IMPORTED_MODULE_0__/* .failedGates */ .qq)(outcome.admission);
            evaluated.push({
                ...candidate,
                version,
                status: 'rejected',
                outcome,
                exitCode: (0,_stages_admission_js__WEBPACK_IMPORTED_MODULE_0__/* .validationResult */ .Vh)(outcome.admission)?.exitCode ?? null,
                ...(failed.length > 0 ? { failedGates: failed } : {})
            });
            continue;
        }
        const status = outcome.plan.transitions.length === 0 ? 'unchanged' : 'promoted';
        evaluated.push({ ...candidate, version, status, outcome, ...(applied === undefined ? {} : { applied }) });
    }
    return { from: (0,_stages_pipeline_js__WEBPACK_IMPORTED_MODULE_1__/* .firstStage */ .d8)((0,_stages_pipeline_js__WEBPACK_IMPORTED_MODULE_1__/* .pipelineOf */ .gQ)(data)).name, evaluated };
}
/**
 * Runs `work` for each item, at most `jobs` at once, and gives the results in the items' order: validations that
 * run side by side, each in its own process group, with the same outcome as one after another.
 */
async function inParallel(items, jobs, work) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next++;
            results[index] = await work(items[index]);
        }
    };
    await Promise.all(Array.from({ length: Math.min(jobs, items.length) }, worker));
    return results;
}


/***/ })

};
