export const id = 355;
export const ids = [355];
export const modules = {

/***/ 1355:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runEvaluate: () => (/* binding */ runEvaluate)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6257);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8770);
/* harmony import */ var _commands_workspace_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8815);
/* harmony import */ var _manifest_load_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(521);
/* harmony import */ var _stages_pipeline_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2225);
/* harmony import */ var _stages_queries_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7331);
/* harmony import */ var _reporting_markdown_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1093);
/* harmony import */ var _reporting_describe_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4465);
/* harmony import */ var _stages_errors_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(480);
/* harmony import */ var _publish_publish_move_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(9737);
/* harmony import */ var _validation_log_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(352);
/* harmony import */ var _run_context_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(2853);
/* harmony import */ var _publish_settings_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(8225);













/** Validates each model's newest candidate and promotes those that pass, one pull request or commit per model. */
async function runEvaluate(inputs, context, workspace, connection) {
    const manifest = (0,_manifest_load_js__WEBPACK_IMPORTED_MODULE_3__.loadManifestText)(await (0,_commands_workspace_js__WEBPACK_IMPORTED_MODULE_2__/* .readWorkspaceManifest */ .P_)(workspace), workspace.manifestName);
    const settings = await (0,_publish_settings_js__WEBPACK_IMPORTED_MODULE_10__/* .publishSettings */ .n)(inputs, context, workspace, connection);
    const promoted = [];
    const rejected = [];
    const list = (0,_stages_queries_js__WEBPACK_IMPORTED_MODULE_5__/* .evaluationCandidates */ .Fc)(manifest.data, inputs.model);
    const first = (0,_stages_pipeline_js__WEBPACK_IMPORTED_MODULE_4__/* .firstStage */ .d8)((0,_stages_pipeline_js__WEBPACK_IMPORTED_MODULE_4__/* .pipelineOf */ .gQ)(manifest.data)).name;
    if (list.length === 0)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`No model has a version in ${first}: nothing to evaluate.`);
    for (const candidate of list) {
        const published = await (0,_publish_publish_move_js__WEBPACK_IMPORTED_MODULE_8__/* .publishMove */ .x)(workspace, 'promote', { model: candidate.model, version: candidate.version, to: candidate.to }, (0,_validation_log_js__WEBPACK_IMPORTED_MODULE_9__/* .validationLog */ .e)(`Validate ${candidate.model} ${candidate.version}`, inputs), settings).catch((error) => {
            // A candidate the pipeline holds back (its soak) waits; the others are still evaluated.
            if (!(error instanceof _stages_errors_js__WEBPACK_IMPORTED_MODULE_11__/* .RefusedError */ .fk))
                throw error;
            rejected.push({
                model: candidate.model,
                version: candidate.version,
                validation: 'skipped',
                reason: error.message
            });
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`${candidate.model} ${candidate.version} stays in ${first}: ${error.message}`);
            return undefined;
        });
        if (!published)
            continue;
        const { outcome } = published;
        const entry = {
            model: candidate.model,
            version: outcome.plan.version,
            validation: outcome.verdict
        };
        if (outcome.verdict === 'failed') {
            const failedGates = outcome.gates.filter(rule => !rule.passed);
            rejected.push({
                ...entry,
                exitCode: outcome.validation?.exitCode ?? null,
                ...(failedGates.length > 0 ? { failedGates } : {})
            });
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`${candidate.model} ${outcome.plan.version} stays in ${first}. ${(0,_reporting_describe_js__WEBPACK_IMPORTED_MODULE_7__/* .outcomeSentence */ .yz)(outcome.validation, outcome.failure)}\n${outcome.validation?.tail ?? ''}`);
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
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('promoted', JSON.stringify(promoted));
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('rejected', JSON.stringify(rejected));
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('changed', String(promoted.length > 0));
    const rows = [
        ...promoted.map(e => [e.model, `\`${e.version}\``, '✅ passed', resultCell(e, inputs.mode, context)]),
        ...rejected.map(e => [
            e.model,
            `\`${e.version}\``,
            e.reason
                ? `⏳ ${e.reason}`
                : e.failedGates
                    ? `❌ gates: ${e.failedGates.map(rule => `${rule.metric} ${rule.rule}`).join(', ')}`
                    : `❌ ${e.validation}${e.exitCode != null ? ` (exit ${e.exitCode})` : ''}`,
            `stays in ${first}`
        ])
    ];
    const table = rows.length > 0
        ? (0,_reporting_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .markdownTable */ .Qj)(['Model', 'Candidate', 'Validation', 'Result'], rows)
        : `No candidates in ${first}.`;
    await (0,_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .writeSummary */ .S)(`## model-stages: evaluate\n\n${table}`);
}
function resultCell(entry, mode, context) {
    if (entry.pullRequestUrl)
        return `[pull request](${entry.pullRequestUrl})`;
    if (entry.commitSha)
        return `[commit ${entry.commitSha.slice(0, 7)}](${(0,_run_context_js__WEBPACK_IMPORTED_MODULE_12__/* .commitUrl */ .Bg)(context, entry.commitSha)})`;
    return mode === 'dry-run' ? 'would be promoted (dry run)' : 'promoted';
}


/***/ })

};
