export const id = 534;
export const ids = [534,299];
export const modules = {

/***/ 3534:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runEvaluateCommand: () => (/* binding */ runEvaluateCommand)
});

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

// EXTERNAL MODULE: ./src/commands/prepare-move.ts + 3 modules
var prepare_move = __webpack_require__(8443);
// EXTERNAL MODULE: ./src/commands/workspace.ts
var commands_workspace = __webpack_require__(2743);
// EXTERNAL MODULE: ./src/manifest/read.ts
var read = __webpack_require__(8553);
// EXTERNAL MODULE: ./src/reporting/describe.ts
var describe = __webpack_require__(4465);
// EXTERNAL MODULE: ./src/reporting/diff.ts
var reporting_diff = __webpack_require__(4299);
// EXTERNAL MODULE: ./src/cli/output.ts
var output = __webpack_require__(6657);
// EXTERNAL MODULE: ./src/cli/handlers/move.ts
var move = __webpack_require__(1217);
;// CONCATENATED MODULE: ./src/cli/handlers/evaluate.ts









/** A candidate as `--json` lists it. */
function listed(entry) {
    return {
        model: entry.model,
        version: entry.version,
        validation: entry.outcome?.verdict ?? 'skipped',
        exitCode: (0,admission/* validationResult */.Vh)(entry.outcome?.admission)?.exitCode ?? null,
        commit: entry.applied ?? null,
        ...(entry.failedGates ? { failedGates: entry.failedGates } : {}),
        ...(entry.reason ? { reason: entry.reason } : {})
    };
}
function line(entry) {
    const { outcome } = entry;
    if (entry.status === 'held')
        return `${entry.model} ${entry.version} stays in ${entry.from}: ${entry.reason}`;
    if (entry.status === 'rejected')
        return `${entry.model} ${entry.version} stays in ${entry.from}. ${(0,describe/* outcomeSentence */.yz)(outcome?.admission)}`;
    if (!outcome)
        return `${entry.model} ${entry.version}`;
    return `${(0,describe/* planTitle */.KS)(outcome.plan)}. ${(0,describe/* validationSentence */.JJ)((0,admission/* validationResult */.Vh)(outcome.admission))}`;
}
/** Validates each model's newest candidate and promotes those that pass, one change per model, in the work tree. */
async function runEvaluateCommand(context) {
    const { workspace, request } = context;
    const mode = (0,move.writeMode)(context);
    await (0,move.assertCommittable)(workspace, mode);
    const original = await (0,commands_workspace/* readWorkspaceManifest */.P_)(workspace);
    let text = original;
    const data = await (0,read/* readManifest */.WI)(text, workspace.manifestName);
    const result = await evaluate(data, request.model, async (candidate) => {
        const outcome = await (0,prepare_move/* prepareMove */.H)({
            workspace,
            text,
            command: 'promote',
            args: { model: candidate.model, version: candidate.version, to: candidate.to },
            validation: (0,move.validationOptions)(context, request),
            uncommitted: true
        });
        const applied = await (0,move.writeOutcome)(workspace, outcome, mode);
        if (outcome.verdict !== 'failed')
            text = outcome.newText;
        return { outcome, applied };
    });
    const promoted = result.evaluated.filter(entry => entry.status === 'promoted' || entry.status === 'unchanged');
    const rejected = result.evaluated.filter(entry => entry.status === 'rejected' || entry.status === 'held');
    const diff = (0,reporting_diff.unifiedDiff)(workspace.manifestName, original, text);
    (0,output/* print */.yy)(context.io, context.json, {
        changed: promoted.some(entry => entry.status === 'promoted'),
        dryRun: mode.dryRun,
        promoted: promoted.map(listed),
        rejected: rejected.map(listed),
        diff
    }, () => {
        if (result.evaluated.length === 0)
            return `No model has a version in ${result.from}: nothing to evaluate.\n`;
        const tail = mode.dryRun && diff ? ['', diff, `Dry run: ${workspace.manifestName} not written.`] : [];
        return [...result.evaluated.map(line), ...tail].join('\n') + '\n';
    });
    return output/* EXIT_OK */.Ij;
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
