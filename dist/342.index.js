export const id = 342;
export const ids = [342];
export const modules = {

/***/ 342:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runMove: () => (/* binding */ runMove)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 18 modules
var core = __webpack_require__(6257);
// EXTERNAL MODULE: ./src/action/fence.ts
var fence = __webpack_require__(6391);
// EXTERNAL MODULE: ./src/action/summary.ts
var summary = __webpack_require__(8770);
// EXTERNAL MODULE: ./src/commands/moves.ts + 1 modules
var moves = __webpack_require__(438);
// EXTERNAL MODULE: ./src/reporting/describe.ts
var describe = __webpack_require__(4465);
// EXTERNAL MODULE: ./src/stages/admission.ts
var admission = __webpack_require__(3194);
// EXTERNAL MODULE: ./node_modules/diff/libesm/patch/create.js + 2 modules
var create = __webpack_require__(7291);
;// CONCATENATED MODULE: ./src/reporting/diff.ts

function unifiedDiff(file, before, after) {
    if (before === after)
        return '';
    return (0,create/* createTwoFilesPatch */.ss)(`a/${file}`, `b/${file}`, before, after, '', '', { context: 2 })
        .split('\n')
        .filter(line => !line.startsWith('====='))
        .map(line => line.replace(/\t$/, ''))
        .join('\n');
}
/** Lines removed plus lines added. */
function changedLineCount(before, after) {
    return structuredPatch('a', 'b', before, after, '', '', { context: 0 })
        .hunks.flatMap(hunk => hunk.lines)
        .filter(line => line.startsWith('-') || line.startsWith('+')).length;
}

// EXTERNAL MODULE: ./src/reporting/summary.ts
var reporting_summary = __webpack_require__(6994);
// EXTERNAL MODULE: ./src/action/outputs.ts
var outputs = __webpack_require__(8948);
// EXTERNAL MODULE: ./src/action/publish/publish-move.ts
var publish_move = __webpack_require__(7517);
// EXTERNAL MODULE: ./src/action/publish/settings.ts
var publish_settings = __webpack_require__(8225);
// EXTERNAL MODULE: ./src/action/run-context.ts
var run_context = __webpack_require__(2853);
// EXTERNAL MODULE: ./src/action/timeline.ts + 1 modules
var action_timeline = __webpack_require__(9885);
// EXTERNAL MODULE: ./src/action/validation-log.ts
var validation_log = __webpack_require__(352);
;// CONCATENATED MODULE: ./src/action/run-move.ts














/** register, promote, archive, restore and rollback: plan, validate, write as the mode says, report. */
async function runMove(inputs, context, workspace, connection) {
    const settings = await (0,publish_settings/* publishSettings */.n)(inputs, context, workspace, connection);
    const published = await (0,publish_move/* publishMove */.x8)(workspace, inputs.request.command, { ...(0,moves/* moveArgs */.Ju)(inputs.request), toName: 'input to' }, 
    // Only a version entering a stage is validated: register, archive and restore open no validation group.
    (0,moves/* isEnter */.RI)(inputs.request) ? (0,validation_log/* validationLog */.e)('Validation output', inputs.request) : work => work({}), settings);
    const { outcome } = published;
    (0,outputs/* setMoveOutputs */.K)(published, inputs.mode);
    // A diff is built only when it is shown: in a dry run.
    const diff = inputs.mode === 'dry-run'
        ? unifiedDiff(workspace.manifestName, outcome.manifest.text, outcome.newText)
        : '';
    const links = { commitUrl: published.commitSha ? (0,run_context/* commitUrl */.Bg)(context, published.commitSha) : undefined };
    const failure = published.deploymentFailure;
    const failureSummary = failure
        ? `\n\n**Deployment not recorded**: ${failure.message}\n\n${failure.leftBehind}`
        : '';
    const timeline = await (0,action_timeline/* movedTimelines */.W)(workspace, [published], context);
    await (0,summary/* writeSummary */.S)((0,reporting_summary/* moveSummary */.wv)(published, inputs.mode, diff, links) + (timeline ? `\n\n${timeline}` : '') + failureSummary);
    if (outcome.plan.note)
        await (0,fence/* logFenced */.v)(`Nothing to do: ${outcome.plan.note}`);
    if (inputs.mode === 'dry-run' && diff)
        await (0,fence/* logFenced */.v)(`Planned change (dry run, nothing written):\n${diff}`);
    if (published.pullRequest) {
        const how = published.pullRequestCreated ? 'opened' : 'updated';
        core/* info */.pq(`Pull request #${published.pullRequest.number} ${how}: ${published.pullRequest.url}`);
    }
    if (published.commitSha)
        core/* info */.pq(`Commit: ${published.commitSha}`);
    if (failure)
        core/* setFailed */.C1(`${failure.message}\n${failure.leftBehind}`);
    if (outcome.verdict === 'failed') {
        core/* setFailed */.C1(`${(0,describe/* outcomeSentence */.yz)(outcome.admission)}\n${(0,admission/* validationResult */.Vh)(outcome.admission)?.tail ?? ''}`);
    }
}


/***/ })

};
