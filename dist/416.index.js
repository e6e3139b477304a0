export const id = 416;
export const ids = [416];
export const modules = {

/***/ 416:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runEvaluate: () => (/* binding */ runEvaluate)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 18 modules
var core = __webpack_require__(6257);
// EXTERNAL MODULE: ./src/action/outputs.ts
var outputs = __webpack_require__(8948);
// EXTERNAL MODULE: ./src/action/summary.ts
var summary = __webpack_require__(8770);
// EXTERNAL MODULE: ./src/stages/admission.ts
var admission = __webpack_require__(3194);
// EXTERNAL MODULE: ./src/stages/errors.ts
var errors = __webpack_require__(480);
// EXTERNAL MODULE: ./src/stages/pipeline.ts
var pipeline = __webpack_require__(2225);
// EXTERNAL MODULE: ./src/stages/queries.ts
var queries = __webpack_require__(7331);
;// CONCATENATED MODULE: ./src/commands/evaluate.ts




/**
 * The one evaluate loop: each model's newest candidate (or MODEL's) is validated and promoted by the door's
 * `promote`. A candidate the pipeline holds back, or whose validation fails, stays where it is; the others go on.
 */
async function evaluate(data, model, promote) {
    const evaluated = [];
    for (const candidate of (0,queries/* evaluationCandidates */.Fc)(data, model)) {
        let done;
        try {
            done = await promote(candidate);
        }
        catch (error) {
            if (!(error instanceof errors/* RefusedError */.fk))
                throw error;
            evaluated.push({ ...candidate, status: 'held', reason: error.message });
            continue;
        }
        const { outcome, applied } = done;
        const version = outcome.plan.version;
        if (outcome.verdict === 'failed') {
            const failed = (0,admission/* failedGates */.qq)(outcome.admission);
            evaluated.push({
                ...candidate,
                version,
                status: 'rejected',
                outcome,
                exitCode: (0,admission/* validationResult */.Vh)(outcome.admission)?.exitCode ?? null,
                ...(failed.length > 0 ? { failedGates: failed } : {})
            });
            continue;
        }
        const status = outcome.plan.transitions.length === 0 ? 'unchanged' : 'promoted';
        evaluated.push({ ...candidate, version, status, outcome, ...(applied === undefined ? {} : { applied }) });
    }
    return { from: (0,pipeline/* firstStage */.d8)((0,pipeline/* pipelineOf */.gQ)(data)).name, evaluated };
}

// EXTERNAL MODULE: ./src/commands/workspace.ts + 2 modules
var commands_workspace = __webpack_require__(6008);
// EXTERNAL MODULE: ./src/manifest/read.ts
var read = __webpack_require__(8553);
// EXTERNAL MODULE: ./src/reporting/markdown.ts
var markdown = __webpack_require__(1093);
// EXTERNAL MODULE: ./src/reporting/describe.ts
var describe = __webpack_require__(4465);
// EXTERNAL MODULE: ./src/action/publish/publish-move.ts + 8 modules
var publish_move = __webpack_require__(9712);
// EXTERNAL MODULE: ./src/action/validation-log.ts
var validation_log = __webpack_require__(352);
// EXTERNAL MODULE: ./src/action/run-context.ts
var run_context = __webpack_require__(2853);
// EXTERNAL MODULE: ./src/action/publish/settings.ts
var publish_settings = __webpack_require__(8225);
;// CONCATENATED MODULE: ./src/action/run-evaluate.ts













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
    const data = await (0,read/* readManifest */.WI)(await (0,commands_workspace/* readWorkspaceManifest */.P_)(workspace), workspace.manifestName);
    const settings = await (0,publish_settings/* publishSettings */.n)(inputs, context, workspace, connection);
    const result = await evaluate(data, inputs.request.model, async (candidate) => {
        const published = await (0,publish_move/* publishMove */.x)(workspace, 'promote', { model: candidate.model, version: candidate.version, to: candidate.to }, (0,validation_log/* validationLog */.e)(`Validate ${candidate.model} ${candidate.version}`, inputs.request), settings);
        return { outcome: published.outcome, applied: published };
    });
    if (result.evaluated.length === 0)
        core/* info */.pq(`No model has a version in ${result.from}: nothing to evaluate.`);
    for (const entry of result.evaluated) {
        if (entry.status === 'held')
            core/* warning */.$e(`${entry.model} ${entry.version} stays in ${entry.from}: ${entry.reason}`);
        if (entry.status === 'rejected')
            core/* warning */.$e(`${entry.model} ${entry.version} stays in ${entry.from}. ${(0,describe/* outcomeSentence */.yz)(entry.outcome?.admission)}\n${(0,admission/* validationResult */.Vh)(entry.outcome?.admission)?.tail ?? ''}`);
    }
    const promoted = result.evaluated.filter(entry => entry.status === 'promoted');
    const rejected = result.evaluated.filter(entry => entry.status === 'rejected' || entry.status === 'held');
    (0,outputs/* setOutput */.u)('promoted', JSON.stringify(promoted.map(listed)));
    (0,outputs/* setOutput */.u)('rejected', JSON.stringify(rejected.map(listed)));
    (0,outputs/* setOutput */.u)('changed', String(promoted.length > 0));
    const rows = [
        ...promoted.map(e => [e.model, `\`${e.version}\``, '✅ passed', resultCell(e, inputs.mode, context)]),
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
    const table = rows.length > 0
        ? (0,markdown/* markdownTable */.Qj)(['Model', 'Candidate', 'Validation', 'Result'], rows)
        : `No candidates in ${result.from}.`;
    await (0,summary/* writeSummary */.S)(`## model-stages: evaluate\n\n${table}`);
}
function resultCell(entry, mode, context) {
    if (entry.applied?.pullRequest)
        return `[pull request](${entry.applied.pullRequest.url})`;
    if (entry.applied?.commitSha)
        return `[commit ${entry.applied.commitSha.slice(0, 7)}](${(0,run_context/* commitUrl */.Bg)(context, entry.applied.commitSha)})`;
    return mode === 'dry-run' ? 'would be promoted (dry run)' : 'promoted';
}


/***/ })

};
