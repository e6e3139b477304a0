export const id = 319;
export const ids = [319,299];
export const modules = {

/***/ 2319:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runEvaluateCommand: () => (/* binding */ runEvaluateCommand)
/* harmony export */ });
/* harmony import */ var _commands_prepare_move_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8443);
/* harmony import */ var _commands_request_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9843);
/* harmony import */ var _commands_workspace_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7112);
/* harmony import */ var _manifest_read_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8553);
/* harmony import */ var _reporting_describe_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4465);
/* harmony import */ var _reporting_diff_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(4299);
/* harmony import */ var _stages_pipeline_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2225);
/* harmony import */ var _stages_queries_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7331);
/* harmony import */ var _stages_admission_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3194);
/* harmony import */ var _stages_errors_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(480);
/* harmony import */ var _output_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(6657);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(8681);
/* harmony import */ var _move_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(1217);













/** Validates each model's newest staging version and promotes those that pass, one change per model. */
async function runEvaluateCommand(context) {
    const { workspace, values } = context;
    const request = (0,_commands_request_js__WEBPACK_IMPORTED_MODULE_1__/* .checkRequest */ .yG)({
        command: 'evaluate',
        model: context.positionals[0],
        validationTimeout: (0,_context_js__WEBPACK_IMPORTED_MODULE_9__/* .stringOption */ .Pp)(values, 'validation-timeout')
    }, _context_js__WEBPACK_IMPORTED_MODULE_9__/* .CLI_NAMES */ .Q4);
    const mode = (0,_move_js__WEBPACK_IMPORTED_MODULE_10__.writeMode)(context);
    await (0,_move_js__WEBPACK_IMPORTED_MODULE_10__.assertCommittable)(workspace, mode);
    const original = await (0,_commands_workspace_js__WEBPACK_IMPORTED_MODULE_2__/* .readWorkspaceManifest */ .P_)(workspace);
    let text = original;
    const promoted = [];
    const rejected = [];
    const titles = [];
    const data = await (0,_manifest_read_js__WEBPACK_IMPORTED_MODULE_3__/* .readManifest */ .WI)(text, workspace.manifestName);
    const candidates = (0,_stages_queries_js__WEBPACK_IMPORTED_MODULE_6__/* .evaluationCandidates */ .Fc)(data, request.model);
    const first = (0,_stages_pipeline_js__WEBPACK_IMPORTED_MODULE_5__/* .firstStage */ .d8)((0,_stages_pipeline_js__WEBPACK_IMPORTED_MODULE_5__/* .pipelineOf */ .gQ)(data)).name;
    for (const candidate of candidates) {
        let outcome;
        try {
            outcome = await (0,_commands_prepare_move_js__WEBPACK_IMPORTED_MODULE_0__/* .prepareMove */ .H)({
                workspace,
                text,
                command: 'promote',
                args: { model: candidate.model, version: candidate.version, to: candidate.to },
                validation: (0,_move_js__WEBPACK_IMPORTED_MODULE_10__.validationOptions)(context, request.validationTimeout),
                uncommitted: true
            });
        }
        catch (error) {
            // A candidate the pipeline holds back (its soak) waits; the others are still evaluated.
            if (!(error instanceof _stages_errors_js__WEBPACK_IMPORTED_MODULE_11__/* .RefusedError */ .fk))
                throw error;
            rejected.push({
                ...candidate,
                validation: 'skipped',
                exitCode: null,
                commit: null,
                reason: error.message
            });
            titles.push(`${candidate.model} ${candidate.version} stays in ${candidate.from}: ${error.message}`);
            continue;
        }
        const entry = {
            model: candidate.model,
            version: candidate.version,
            validation: outcome.verdict,
            exitCode: (0,_stages_admission_js__WEBPACK_IMPORTED_MODULE_7__/* .validationResult */ .Vh)(outcome.admission)?.exitCode ?? null,
            commit: null
        };
        if (outcome.verdict === 'failed') {
            rejected.push({ ...entry, failedGates: (0,_stages_admission_js__WEBPACK_IMPORTED_MODULE_7__/* .failedGates */ .qq)(outcome.admission) });
            titles.push(`${candidate.model} ${candidate.version} stays in ${candidate.from}. ${(0,_reporting_describe_js__WEBPACK_IMPORTED_MODULE_4__/* .outcomeSentence */ .yz)(outcome.admission)}`);
            continue;
        }
        entry.commit = (await (0,_move_js__WEBPACK_IMPORTED_MODULE_10__.writeOutcome)(workspace, outcome, mode)) ?? null;
        text = outcome.newText;
        promoted.push(entry);
        titles.push(`${(0,_reporting_describe_js__WEBPACK_IMPORTED_MODULE_4__/* .planTitle */ .KS)(outcome.plan)}. ${(0,_reporting_describe_js__WEBPACK_IMPORTED_MODULE_4__/* .validationSentence */ .JJ)((0,_stages_admission_js__WEBPACK_IMPORTED_MODULE_7__/* .validationResult */ .Vh)(outcome.admission))}`);
    }
    const diff = (0,_reporting_diff_js__WEBPACK_IMPORTED_MODULE_12__.unifiedDiff)(workspace.manifestName, original, text);
    (0,_output_js__WEBPACK_IMPORTED_MODULE_8__/* .print */ .yy)(context.io, context.json, { changed: promoted.length > 0, dryRun: mode.dryRun, promoted, rejected, diff }, () => {
        if (candidates.length === 0)
            return `No model has a version in ${first}: nothing to evaluate.\n`;
        const tail = mode.dryRun && diff ? ['', diff, `Dry run: ${workspace.manifestName} not written.`] : [];
        return [...titles, ...tail].join('\n') + '\n';
    });
    return _output_js__WEBPACK_IMPORTED_MODULE_8__/* .EXIT_OK */ .Ij;
}


/***/ }),

/***/ 4299:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   changedLineCount: () => (/* binding */ changedLineCount),
/* harmony export */   unifiedDiff: () => (/* binding */ unifiedDiff)
/* harmony export */ });
/* harmony import */ var diff__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7291);

function unifiedDiff(file, before, after) {
    if (before === after)
        return '';
    return (0,diff__WEBPACK_IMPORTED_MODULE_0__/* .createTwoFilesPatch */ .ss)(`a/${file}`, `b/${file}`, before, after, '', '', { context: 2 })
        .split('\n')
        .filter(line => !line.startsWith('====='))
        .map(line => line.replace(/\t$/, ''))
        .join('\n');
}
/** Lines removed plus lines added. */
function changedLineCount(before, after) {
    return (0,diff__WEBPACK_IMPORTED_MODULE_0__/* .structuredPatch */ .YB)('a', 'b', before, after, '', '', { context: 0 })
        .hunks.flatMap(hunk => hunk.lines)
        .filter(line => line.startsWith('-') || line.startsWith('+')).length;
}


/***/ })

};
