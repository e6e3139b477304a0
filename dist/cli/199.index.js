export const id = 199;
export const ids = [199];
export const modules = {

/***/ 6199:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCheckCommand: () => (/* binding */ runCheckCommand)
});

// EXTERNAL MODULE: ./src/commands/request.ts
var commands_request = __webpack_require__(9843);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/adapters/manifest-history.ts + 1 modules
var manifest_history = __webpack_require__(9789);
// EXTERNAL MODULE: ./src/manifest/read.ts
var read = __webpack_require__(8553);
// EXTERNAL MODULE: ./src/manifest/problems.ts
var manifest_problems = __webpack_require__(1905);
// EXTERNAL MODULE: ./src/stages/history.ts
var stages_history = __webpack_require__(1959);
// EXTERNAL MODULE: ./src/stages/errors.ts
var errors = __webpack_require__(480);
// EXTERNAL MODULE: ./src/stages/pipeline.ts
var stages_pipeline = __webpack_require__(2225);
// EXTERNAL MODULE: ./src/stages/rules.ts
var rules = __webpack_require__(4128);
;// CONCATENATED MODULE: ./src/stages/review.ts


/**
 * Judges every change between two states of a manifest by the pipeline's rules. A rollback is legal only for a
 * version that was in its target stage before, when the history is known (`formerIn`).
 */
function reviewChanges(changes, formerIn, pipeline = stages_pipeline/* DEFAULT_PIPELINE */.nF) {
    return changes.map(change => {
        const operation = (0,rules/* legalOperation */.dN)(change.from, change.to, pipeline);
        if (!operation) {
            return {
                ...change,
                refusal: (0,rules/* illegalMoveMessage */.$e)(change.from, change.to, pipeline),
                needsValidation: false
            };
        }
        if (operation === 'rollback' && change.to !== null) {
            const former = formerIn(change.model, change.to);
            if (former && !former.includes(change.version)) {
                return {
                    ...change,
                    operation,
                    refusal: `${change.from} → ${change.to} is a rollback, and ${change.version} was never in ${change.to}: restore it to ${pipeline.stages[0]?.name} and promote it instead`,
                    needsValidation: false
                };
            }
        }
        return { ...change, operation, needsValidation: operation === 'promote' || operation === 'rollback' };
    });
}

// EXTERNAL MODULE: ./src/stages/states.ts
var states = __webpack_require__(7337);
// EXTERNAL MODULE: ./src/commands/validate.ts + 2 modules
var validate = __webpack_require__(2932);
// EXTERNAL MODULE: ./src/stages/gates.ts
var gates = __webpack_require__(5991);
// EXTERNAL MODULE: ./src/stages/soak.ts
var stages_soak = __webpack_require__(2633);
// EXTERNAL MODULE: ./src/reporting/override.ts
var override = __webpack_require__(2828);
;// CONCATENATED MODULE: ./src/commands/review.ts













/** The live version, as the base records it (its metrics are the gates' baseline). */
function baseProduction(data, model, pipeline) {
    const versions = data?.models[model]?.versions ?? new Map();
    const live = (0,stages_pipeline/* lastStage */.TX)(pipeline).name;
    const current = [...versions].find(([, entry]) => entry.stage === live);
    return current ? { version: current[0], uri: current[1].uri, metrics: current[1].metrics } : undefined;
}
/**
 * Compares the manifest at `baseRevision` with the work tree, judges every stage change by the lifecycle
 * rules (hand edits included), and validates every version entering production.
 */
async function reviewManifest(workspace, baseRevision, validation, options = {}) {
    const git = workspace.git;
    if (!git)
        throw new errors/* InputError */.dz(`check needs a git repository: ${workspace.root} is not one`);
    const baseText = await git.show(baseRevision, workspace.manifestName);
    const headText = 'headText' in options
        ? options.headText
        : await (0,promises_.readFile)(workspace.manifestPath, 'utf8').catch(() => undefined);
    if (baseText === headText || headText === undefined) {
        if (headText === undefined && baseText !== undefined) {
            const problem = {
                file: workspace.manifestName,
                line: 1,
                column: 1,
                message: 'the manifest was deleted: archive versions instead, git history is the archive'
            };
            return { touched: true, problems: [problem], changes: [], overrides: [] };
        }
        return { touched: false, problems: [], changes: [], overrides: [] };
    }
    const check = await (0,read/* checkManifest */.K7)(headText, workspace.manifestName);
    if (baseText === undefined) {
        // A new manifest records the stages as they are when a team starts: there is no move to judge yet.
        return { touched: true, initial: true, headText, problems: check.problems, changes: [], overrides: [] };
    }
    // The stages are read as every command reads them: a head that breaks the manifest's profile is refused whole,
    // never read another way into stages that would then be judged.
    let headStages;
    try {
        headStages = (0,read/* readStageMap */.rx)(headText, workspace.manifestName);
    }
    catch (error) {
        if (error instanceof manifest_problems/* ManifestError */.Sh)
            return { touched: true, headText, problems: check.problems, changes: [], overrides: [] };
        throw error;
    }
    const baseName = `${workspace.manifestName}@${baseRevision}`;
    const base = await (0,read/* readManifest */.WI)(baseText, baseName).catch(() => undefined);
    // The pipeline the pull request would put in force judges its moves.
    const pipeline = (0,stages_pipeline/* pipelineOf */.gQ)(check.manifest ?? base ?? {});
    const changes = (0,states/* diffStages */.b)((0,read/* readStageMap */.rx)(baseText, baseName), headStages);
    const soaks = (to) => (0,stages_pipeline/* stageSpec */.aJ)(pipeline, to)?.soak !== undefined;
    const needsHistory = changes.some(change => change.from === 'archived' || soaks(change.to));
    const history = needsHistory
        ? await (0,manifest_history/* readManifestHistory */.S)(git, workspace.manifestName, baseRevision)
        : { entries: [], revisions: 0, committedAt: new Map() };
    const reviewed = reviewChanges(changes, (model, stage) => (history.revisions > 0 ? (0,stages_history/* formerVersionsIn */.w)(history.entries, model, stage) : undefined), pipeline);
    const overrides = (await git.trailerValues(baseRevision, options.headRevision ?? 'HEAD', override/* OVERRIDE_TRAILER */.h0)).map(({ commit, value }) => ({ commit, reason: value }));
    const now = options.now ?? new Date();
    const results = [];
    for (const change of reviewed) {
        if (!change.needsValidation || change.refusal || !check.manifest) {
            results.push(change);
            continue;
        }
        const overridden = [];
        const soak = change.operation === 'promote' && change.from !== null && change.to !== null
            ? (0,stages_soak/* judgeSoak */.cE)(pipeline, change.from, change.to, (0,stages_soak/* stageEntry */.RX)(history.entries, history.committedAt, change.model, change.version, change.from), now)
            : undefined;
        if (soak && soak.remainingSeconds > 0) {
            const shortfall = (0,stages_soak/* soakShortfall */.a5)(change.version, soak);
            if (overrides.length === 0) {
                results.push({
                    ...change,
                    refusal: `${change.version} may not enter ${change.to} yet: ${shortfall}. Wait, or record why it may: ` +
                        `promote it with force and a reason, or add a commit with a ${override/* OVERRIDE_TRAILER */.h0}: <reason> trailer`
                });
                continue;
            }
            overridden.push(`soak: ${shortfall}`);
        }
        const data = check.manifest;
        const production = baseProduction(base, change.model, pipeline);
        const target = change.to ?? '';
        if (options.untrustedHead) {
            // Nothing of the head runs; its recorded metrics are still judged by the gates, for the reviewer to see.
            const recorded = data.models[change.model]?.versions.get(change.version)?.metrics ?? {};
            results.push({
                ...change,
                validationNotRun: options.untrustedHead,
                gates: (0,gates/* gatesFor */.wQ)(data, change.model, target).flatMap(set => (0,gates/* evaluateGates */.ud)(set, recorded, production?.metrics)),
                ...(overridden.length > 0 ? { overridden } : {})
            });
            continue;
        }
        const uri = data.models[change.model]?.versions.get(change.version)?.uri;
        const subject = { model: change.model, version: change.version, uri, stage: change.from ?? '', target };
        try {
            const gated = await (0,validate/* validateForStage */._M)(workspace, data, subject, validation, production);
            const gatesOverridden = gated.failedOnGates === true && overrides.length > 0;
            if (gatesOverridden)
                overridden.push(...gated.gates.filter(rule => !rule.passed).map(rule => `metric gate: ${rule.metric} ${rule.rule}`));
            results.push({
                ...change,
                validation: gated.validation,
                gates: gated.gates,
                failure: gatesOverridden ? undefined : gated.failure,
                ...(overridden.length > 0 ? { overridden } : {})
            });
        }
        catch (error) {
            // No validation command configured: the version cannot enter production, and the review says so at its line.
            if (!(error instanceof errors/* InputError */.dz))
                throw error;
            results.push({ ...change, refusal: error.message });
        }
    }
    return { touched: true, headText, problems: check.problems, changes: results, overrides };
}

// EXTERNAL MODULE: ./src/reporting/describe.ts
var describe = __webpack_require__(4465);
// EXTERNAL MODULE: ./src/reporting/markdown.ts
var markdown = __webpack_require__(1093);
// EXTERNAL MODULE: ./src/reporting/gates.ts
var reporting_gates = __webpack_require__(5618);
;// CONCATENATED MODULE: ./src/reporting/review.ts






function reviewMarker(manifestName) {
    return `<!-- model-stages:check ${manifestName} -->`;
}
function reviewPassed(report) {
    return (report.problems.length === 0 &&
        report.changes.every(change => !change.refusal &&
            !change.validationNotRun &&
            !change.failure &&
            (!change.validation || change.validation.status === 'passed')));
}
function verdictCell(change) {
    if (change.refusal)
        return `❌ refused: ${change.refusal}`;
    const overridden = change.overridden?.length ? ` ⚠️ overrode ${change.overridden.join('; ')}` : '';
    return `✅ ${change.operation ?? ''}${overridden}`;
}
function validationCell(change) {
    const validation = change.validation;
    if (change.validationNotRun)
        return '⚠️ not run';
    if (!validation)
        return '—';
    if (validation.status === 'passed' && change.failure)
        return '❌ gates failed';
    return validation.status === 'passed'
        ? '✅ passed'
        : `❌ ${validation.status}${validation.exitCode !== null ? ` (exit ${validation.exitCode})` : ''}`;
}
/** The PR comment and job summary of a review: one table of every stage change, then what failed. */
function reviewMarkdown(report) {
    const passed = reviewPassed(report);
    const parts = [reviewMarker(report.manifestName), `## model-stages review of \`${report.manifestName}\``];
    if (report.problems.length > 0) {
        parts.push('The manifest has problems; fix them first:', report.problems.map(p => `- \`${formatProblem(p)}\``).join('\n'));
    }
    if (report.initial)
        parts.push('This pull request adds the manifest: its stages are the starting point, and later changes are reviewed against it.');
    else if (report.changes.length === 0)
        parts.push('No stage changes.');
    else {
        parts.push(markdownTable(['Model', 'Version', 'Transition', 'Rule', 'Validation'], report.changes.map(change => [
            change.model,
            `\`${change.version}\``,
            `${stageName(change.from)} → ${change.to ?? 'removed'}`,
            verdictCell(change),
            validationCell(change)
        ])));
    }
    if (report.overrides && report.overrides.length > 0)
        parts.push(`**⚠️ Overrides** (\`${OVERRIDE_TRAILER}\` trailers) in this pull request:`, report.overrides.map(o => `- ${o.commit.slice(0, 7)}: ${inlineCode(o.reason)}`).join('\n'));
    const notRun = report.changes.find(change => change.validationNotRun)?.validationNotRun;
    if (notRun) {
        const versions = report.changes
            .filter(change => change.validationNotRun)
            .map(change => `${change.model} ${change.version}`);
        parts.push(`**Validation was not run** for ${versions.join(', ')}: ${notRun}. A version is promoted only ` +
            'after its validation passes: promote it with the workflow_dispatch promotion instead.');
    }
    for (const change of report.changes) {
        const failed = change.validation && (change.validation.status !== 'passed' || change.failure);
        if (failed)
            parts.push(`**${change.model} ${change.version}**: ${outcomeSentence(change.validation, change.failure)}`, outputTailBlock(change.validation));
        if (change.gates && change.gates.length > 0)
            parts.push(`Metric gates of **${change.model} ${change.version}**:`, gatesMarkdown(change.gates));
    }
    parts.push(passed
        ? '**Result: every stage change is legal and validated.**'
        : '**Result: this pull request cannot be merged as it is.**');
    if (report.runUrl)
        parts.push(`<sub>Checked by [this run](${report.runUrl}); the comment is updated on every run.</sub>`);
    return parts.filter(Boolean).join('\n\n');
}

// EXTERNAL MODULE: ./src/cli/output.ts
var output = __webpack_require__(6657);
// EXTERNAL MODULE: ./src/cli/commands/context.ts
var commands_context = __webpack_require__(586);
// EXTERNAL MODULE: ./src/cli/commands/move.ts
var move = __webpack_require__(7156);
;// CONCATENATED MODULE: ./src/cli/commands/check.ts









/** The pull request review on a local checkout: the work tree against --base (default HEAD). */
async function runCheckCommand(context) {
    const { workspace, values, io } = context;
    const request = (0,commands_request/* checkRequest */.yG)({ command: 'check', validationTimeout: (0,commands_context/* stringOption */.Pp)(values, 'validation-timeout') }, commands_context/* CLI_NAMES */.Q4);
    const base = (0,commands_context/* stringOption */.Pp)(values, 'base') ?? 'HEAD';
    if (!workspace.git || !(await workspace.git.resolve(base)))
        throw new errors/* InputError */.dz(`--base: unknown revision ${JSON.stringify(base)}`);
    const result = await reviewManifest(workspace, base, (0,move.validationOptions)(context, request.validationTimeout));
    const report = { manifestName: workspace.manifestName, ...result };
    const { touched, initial, problems, changes, overrides } = result;
    const passed = reviewPassed(report);
    const exitCode = problems.length > 0 ? output/* EXIT_BAD_INPUT */.yt : passed ? output/* EXIT_OK */.Ij : output/* EXIT_REFUSED */.MY;
    const error = exitCode === output/* EXIT_OK */.Ij
        ? {}
        : { error: { exitCode, message: 'the stage changes do not pass review', problems } };
    (0,output/* print */.yy)(io, context.json, { base, passed, touched, initial, problems, changes, overrides, ...error }, () => {
        if (!touched)
            return `No change to ${workspace.manifestName} since ${base}.\n`;
        const lines = changes.map(change => {
            const verdict = change.refusal ? `refused: ${change.refusal}` : (change.operation ?? '');
            const validation = change.validation ? `; validation ${change.validation.status}` : '';
            const overridden = change.overridden?.length ? `; overrode ${change.overridden.join('; ')}` : '';
            return `${(0,describe/* transitionText */.FA)(change)}: ${verdict}${validation}${overridden}`;
        });
        for (const override of overrides)
            lines.push(`Override in ${override.commit.slice(0, 7)}: ${override.reason}`);
        if (problems.length > 0)
            io.err(problems.map(manifest_problems/* formatProblem */.Vw).join('\n') + '\n');
        lines.push(passed ? 'Every stage change is legal and validated.' : 'Review failed.');
        return lines.join('\n') + '\n';
    });
    return exitCode;
}


/***/ })

};
