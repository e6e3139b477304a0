export const id = 181;
export const ids = [181];
export const modules = {

/***/ 2562:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runEvaluate: () => (/* binding */ runEvaluate)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 18 modules
var core = __webpack_require__(6257);
// EXTERNAL MODULE: ./src/action/summary.ts
var summary = __webpack_require__(8770);
// EXTERNAL MODULE: ./src/commands/workspace.ts + 2 modules
var commands_workspace = __webpack_require__(6008);
// EXTERNAL MODULE: ./src/manifest/load.ts
var load = __webpack_require__(521);
// EXTERNAL MODULE: ./src/stages/plan.ts
var plan = __webpack_require__(692);
;// CONCATENATED MODULE: ./src/stages/queries.ts

/** The newest staging version of every model (or of `model`): the candidates evaluate validates. */
function evaluationCandidates(data, model) {
    const models = model === undefined ? Object.keys(data.models) : [model];
    return models.flatMap(name => {
        const version = (0,plan/* newestInStage */.Wl)(data, name, 'staging');
        return version === undefined ? [] : [{ model: name, version }];
    });
}
/** Where every model stands: one record per model, in the order written. */
function manifestStatus(data) {
    return Object.entries(data.models).map(([model, entry]) => {
        const inStage = (stage) => Object.entries(entry.versions)
            .filter(([, version]) => version.stage === stage)
            .map(([version]) => version);
        return {
            model,
            production: inStage('production')[0] ?? null,
            staging: inStage('staging'),
            archived: inStage('archived')
        };
    });
}

// EXTERNAL MODULE: ./src/reporting/markdown.ts
var markdown = __webpack_require__(1093);
// EXTERNAL MODULE: ./src/reporting/describe.ts
var describe = __webpack_require__(4465);
// EXTERNAL MODULE: ./src/action/publish/publish-move.ts + 8 modules
var publish_move = __webpack_require__(6739);
// EXTERNAL MODULE: ./src/action/validation-log.ts
var validation_log = __webpack_require__(352);
// EXTERNAL MODULE: ./src/action/run-context.ts
var run_context = __webpack_require__(2853);
// EXTERNAL MODULE: ./src/action/publish/settings.ts
var publish_settings = __webpack_require__(8225);
;// CONCATENATED MODULE: ./src/action/run-evaluate.ts











/** Validates each model's newest candidate and promotes those that pass, one pull request or commit per model. */
async function runEvaluate(inputs, context, workspace) {
    const manifest = (0,load/* loadManifestText */.VH)(await (0,commands_workspace/* readWorkspaceManifest */.P_)(workspace), workspace.manifestName);
    const settings = await (0,publish_settings/* publishSettings */.n)(inputs, context, workspace);
    const promoted = [];
    const rejected = [];
    const list = evaluationCandidates(manifest.data, inputs.model);
    if (list.length === 0)
        core/* info */.pq('No model has a version in staging: nothing to evaluate.');
    for (const candidate of list) {
        const published = await (0,validation_log/* withValidationLog */.g)(`Validate ${candidate.model} ${candidate.version}`, inputs, validation => (0,publish_move/* publishMove */.x)(workspace, 'promote', candidate, validation, settings));
        const { outcome } = published;
        const entry = { ...candidate, version: outcome.plan.version, validation: outcome.verdict };
        if (outcome.verdict === 'failed') {
            const failedGates = outcome.gates.filter(rule => !rule.passed);
            rejected.push({
                ...entry,
                exitCode: outcome.validation?.exitCode ?? null,
                ...(failedGates.length > 0 ? { failedGates } : {})
            });
            core/* warning */.$e(`${candidate.model} ${outcome.plan.version} stays in staging. ${(0,describe/* outcomeSentence */.yz)(outcome.validation, outcome.failure)}\n${outcome.validation?.tail ?? ''}`);
            continue;
        }
        if (outcome.plan.transitions.length === 0)
            continue;
        if (published.pullRequest)
            entry.pullRequestUrl = published.pullRequest.url;
        if (published.commitSha)
            entry.commitSha = published.commitSha;
        promoted.push(entry);
    }
    core/* setOutput */.uH('promoted', JSON.stringify(promoted));
    core/* setOutput */.uH('rejected', JSON.stringify(rejected));
    core/* setOutput */.uH('changed', String(promoted.length > 0));
    const rows = [
        ...promoted.map(e => [e.model, `\`${e.version}\``, '✅ passed', resultCell(e, inputs.mode, context)]),
        ...rejected.map(e => [
            e.model,
            `\`${e.version}\``,
            e.failedGates
                ? `❌ gates: ${e.failedGates.map(rule => `${rule.metric} ${rule.rule}`).join(', ')}`
                : `❌ ${e.validation}${e.exitCode != null ? ` (exit ${e.exitCode})` : ''}`,
            'stays in staging'
        ])
    ];
    const table = rows.length > 0
        ? (0,markdown/* markdownTable */.Qj)(['Model', 'Candidate', 'Validation', 'Result'], rows)
        : 'No candidates in staging.';
    await (0,summary/* writeSummary */.S)(`## model-stages: evaluate\n\n${table}`);
}
function resultCell(entry, mode, context) {
    if (entry.pullRequestUrl)
        return `[pull request](${entry.pullRequestUrl})`;
    if (entry.commitSha)
        return `[commit ${entry.commitSha.slice(0, 7)}](${(0,run_context/* commitUrl */.Bg)(context, entry.commitSha)})`;
    return mode === 'dry-run' ? 'would be promoted (dry run)' : 'promoted';
}


/***/ })

};
