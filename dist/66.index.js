export const id = 66;
export const ids = [66];
export const modules = {

/***/ 1066:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCheck: () => (/* binding */ runCheck),
  untrustedHeadReason: () => (/* binding */ untrustedHeadReason)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 18 modules
var core = __webpack_require__(6257);
// EXTERNAL MODULE: ./src/action/summary.ts
var summary = __webpack_require__(8770);
// EXTERNAL MODULE: ./src/adapters/github.ts
var github = __webpack_require__(2401);
// EXTERNAL MODULE: ./src/action/annotations.ts
var annotations = __webpack_require__(7376);
// EXTERNAL MODULE: ./src/action/validation-log.ts
var validation_log = __webpack_require__(352);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/adapters/manifest-history.ts + 1 modules
var manifest_history = __webpack_require__(9789);
// EXTERNAL MODULE: ./src/manifest/load.ts
var load = __webpack_require__(521);
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

// EXTERNAL MODULE: ./src/manifest/read-stages.ts
var read_stages = __webpack_require__(7545);
// EXTERNAL MODULE: ./src/stages/states.ts
var states = __webpack_require__(7337);
// EXTERNAL MODULE: ./src/commands/validate.ts + 1 modules
var validate = __webpack_require__(6229);
// EXTERNAL MODULE: ./src/manifest/fast-read.ts
var fast_read = __webpack_require__(5764);
// EXTERNAL MODULE: ./src/stages/gates.ts
var gates = __webpack_require__(5991);
// EXTERNAL MODULE: ./src/stages/soak.ts
var stages_soak = __webpack_require__(2633);
// EXTERNAL MODULE: ./src/reporting/override.ts
var override = __webpack_require__(2828);
;// CONCATENATED MODULE: ./src/commands/review.ts














/** The live version, as the base records it (its metrics are the gates' baseline). */
function baseProduction(baseText, model, pipeline) {
    const data = (0,fast_read/* readValidManifest */.mc)(baseText);
    const versions = data?.models[model]?.versions ?? {};
    const live = (0,stages_pipeline/* lastStage */.TX)(pipeline).name;
    const current = Object.entries(versions).find(([, entry]) => entry.stage === live);
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
    const check = (0,load/* checkManifest */.K7)(headText, workspace.manifestName);
    if (baseText === undefined) {
        // A new manifest records the stages as they are when a team starts: there is no move to judge yet.
        return { touched: true, initial: true, headText, problems: check.problems, changes: [], overrides: [] };
    }
    // The pipeline the pull request would put in force judges its moves.
    const pipeline = (0,stages_pipeline/* pipelineOf */.gQ)(check.data ?? (0,fast_read/* readValidManifest */.mc)(baseText) ?? {});
    const changes = (0,states/* diffStages */.b)((0,read_stages/* readStages */.ir)(baseText) ?? new Map(), (0,read_stages/* readStages */.ir)(headText) ?? new Map());
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
        if (!change.needsValidation || change.refusal || !check.data) {
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
        const data = check.data;
        const production = baseProduction(baseText, change.model, pipeline);
        const target = change.to ?? '';
        if (options.untrustedHead) {
            // Nothing of the head runs; its recorded metrics are still judged by the gates, for the reviewer to see.
            const recorded = data.models[change.model]?.versions[change.version]?.metrics ?? {};
            results.push({
                ...change,
                validationNotRun: options.untrustedHead,
                gates: (0,gates/* gatesFor */.wQ)(data, change.model, target).flatMap(set => (0,gates/* evaluateGates */.ud)(set, recorded, production?.metrics)),
                ...(overridden.length > 0 ? { overridden } : {})
            });
            continue;
        }
        const uri = data.models[change.model]?.versions[change.version]?.uri;
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

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(1196);
// EXTERNAL MODULE: ./src/manifest/nodes.ts
var nodes = __webpack_require__(5328);
;// CONCATENATED MODULE: ./src/manifest/positions.ts


/** Where a version's stage is written (else its key, else its model, else the top of the file). */
function versionPosition(text, model, version) {
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, uniqueKeys: false });
    const candidates = [
        (0,nodes/* locate */.x5)(doc.contents, ['models', model, 'versions', version, 'stage']).value,
        (0,nodes/* locate */.x5)(doc.contents, ['models', model, 'versions', version]).key,
        (0,nodes/* locate */.x5)(doc.contents, ['models', model]).key
    ];
    const offset = candidates.find(node => node?.range)?.range?.[0] ?? 0;
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
}

// EXTERNAL MODULE: ./src/manifest/problems.ts
var problems = __webpack_require__(1905);
// EXTERNAL MODULE: ./src/reporting/markdown.ts
var markdown = __webpack_require__(1093);
// EXTERNAL MODULE: ./src/reporting/describe.ts
var describe = __webpack_require__(4465);
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
        parts.push('The manifest has problems; fix them first:', report.problems.map(p => `- \`${(0,problems/* formatProblem */.Vw)(p)}\``).join('\n'));
    }
    if (report.initial)
        parts.push('This pull request adds the manifest: its stages are the starting point, and later changes are reviewed against it.');
    else if (report.changes.length === 0)
        parts.push('No stage changes.');
    else {
        parts.push((0,markdown/* markdownTable */.Qj)(['Model', 'Version', 'Transition', 'Rule', 'Validation'], report.changes.map(change => [
            change.model,
            `\`${change.version}\``,
            `${(0,rules/* stageName */.CT)(change.from)} → ${change.to ?? 'removed'}`,
            verdictCell(change),
            validationCell(change)
        ])));
    }
    if (report.overrides && report.overrides.length > 0)
        parts.push(`**⚠️ Overrides** (\`${override/* OVERRIDE_TRAILER */.h0}\` trailers) in this pull request:`, report.overrides.map(o => `- ${o.commit.slice(0, 7)}: ${(0,markdown/* inlineCode */.ti)(o.reason)}`).join('\n'));
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
            parts.push(`**${change.model} ${change.version}**: ${(0,describe/* outcomeSentence */.yz)(change.validation, change.failure)}`, (0,markdown/* outputTailBlock */.vw)(change.validation));
        if (change.gates && change.gates.length > 0)
            parts.push(`Metric gates of **${change.model} ${change.version}**:`, (0,reporting_gates/* gatesMarkdown */.u)(change.gates));
    }
    parts.push(passed
        ? '**Result: every stage change is legal and validated.**'
        : '**Result: this pull request cannot be merged as it is.**');
    if (report.runUrl)
        parts.push(`<sub>Checked by [this run](${report.runUrl}); the comment is updated on every run.</sub>`);
    return parts.filter(Boolean).join('\n\n');
}

// EXTERNAL MODULE: ./src/action/git-auth.ts
var git_auth = __webpack_require__(8945);
// EXTERNAL MODULE: ./src/action/run-context.ts
var run_context = __webpack_require__(2853);
;// CONCATENATED MODULE: ./src/action/run-check.ts











/** Reviews the stage changes a pull request makes: one comment kept up to date, annotations, a failing check. */
async function runCheck(inputs, context, workspace) {
    const git = workspace.git;
    if (!git)
        throw new errors/* InputError */.dz(`check needs a git checkout: ${workspace.root} is not one`);
    const base = inputs.base ?? context.pullRequest?.base;
    if (!base)
        throw new errors/* InputError */.dz('check compares a pull request with its base: run it on pull_request events, or set the base input');
    const tracking = `refs/remotes/origin/${base}`;
    const configs = await (0,git_auth/* tokenConfigs */.f)(git, context.serverUrl, inputs.token);
    // The whole history: a rollback in review is legal only for a version that was in production before.
    await git.fetch('origin', [`+refs/heads/${base}:${tracking}`], { configs, deepen: await git.isShallow() });
    // The checkout of a pull_request event is a merge made on the base as it was then: compare with that commit.
    const eventBase = context.pullRequest?.baseSha;
    const baseRevision = eventBase && (await git.resolve(eventBase)) ? eventBase : tracking;
    const untrustedHead = untrustedHeadReason(context);
    if (untrustedHead)
        core/* warning */.$e(`Validation commands will not run: ${untrustedHead}.`);
    // A pull_request_target checkout is the base: the head's manifest is read from git instead.
    const head = context.eventName === 'pull_request_target' && context.pullRequest
        ? { headText: await fetchHeadManifest(git, workspace, context.pullRequest, configs) }
        : {};
    // Override trailers are read from the pull request's own commits.
    const headSha = context.pullRequest?.headSha;
    const headRevision = headSha && (await git.resolve(headSha)) ? headSha : 'HEAD';
    const result = await (0,validation_log/* withValidationLog */.g)('Validation output', inputs, validation => reviewManifest(workspace, baseRevision, validation, { ...head, untrustedHead, headRevision }));
    core/* setOutput */.uH('changed', 'false');
    const validations = result.changes.filter(change => change.validation);
    const failed = validations.some(change => change.validation?.status !== 'passed' || change.failure);
    core/* setOutput */.uH('validation', validations.length === 0 ? 'skipped' : failed ? 'failed' : 'passed');
    if (!result.touched) {
        const line = `This pull request does not change ${workspace.manifestName}.`;
        core/* info */.pq(line);
        await (0,summary/* writeSummary */.S)(`## model-stages review\n\n${line}`);
        return;
    }
    const report = {
        manifestName: workspace.manifestName,
        problems: result.problems,
        initial: result.initial,
        changes: result.changes,
        overrides: result.overrides,
        runUrl: context.runUrl
    };
    result.problems.forEach(annotations/* annotate */.f);
    for (const change of result.changes) {
        const failure = change.refusal ??
            (change.validationNotRun ? `validation not run: ${change.validationNotRun}` : undefined) ??
            change.failure ??
            (change.validation && change.validation.status !== 'passed'
                ? `validation ${change.validation.status}`
                : undefined);
        if (!failure)
            continue;
        const position = versionPosition(result.headText ?? '', change.model, change.version);
        (0,annotations/* annotate */.f)({
            file: workspace.manifestName,
            ...position,
            message: `${change.model} ${change.version}: ${failure}`
        });
    }
    const markdown = reviewMarkdown(report);
    await (0,summary/* writeSummary */.S)(markdown);
    if (context.pullRequest) {
        (0,run_context/* requireRepository */.Cc)(context);
        await keepReviewComment(await github/* GitHubApi */.yN.connect(inputs.token, context.owner, context.repo), context.pullRequest.number, workspace, markdown);
    }
    if (!reviewPassed(report))
        core/* setFailed */.C1(`the stage changes in ${workspace.manifestName} do not pass review (see the annotations)`);
}
/**
 * Why commands from the pull request's head must not run here, if they must not: a pull_request_target run
 * holds a write token whatever the head is; a fork's head chose its own validation command, so its passing
 * proves nothing, and its token may be able to write.
 */
function untrustedHeadReason(context) {
    if (context.eventName === 'pull_request_target')
        return ('this is a pull_request_target run, which holds a write token, so no command from the pull request runs ' +
            'in it (run check on pull_request events instead)');
    const pull = context.pullRequest;
    if (pull?.headRepository && pull.baseRepository && pull.headRepository !== pull.baseRepository)
        return (`the pull request comes from the fork ${pull.headRepository}, whose validation command is its own ` +
            "choice and may not run with this repository's token");
    return undefined;
}
/** The head's manifest read from git, without checking the head out: nothing of it is run. */
async function fetchHeadManifest(git, workspace, pull, configs) {
    const tracking = `refs/remotes/origin/pull/${pull.number}/head`;
    await git.fetch('origin', [`+refs/pull/${pull.number}/head:${tracking}`], { configs });
    // The head the event names, when git has it; else the newest head of the pull request.
    const head = (pull.headSha && (await git.resolve(pull.headSha))) || (await git.resolve(tracking));
    if (!head)
        throw new errors/* InputError */.dz(`cannot read the head of pull request #${pull.number} from origin`);
    return git.show(head, workspace.manifestName);
}
/** One comment per manifest, found by its marker and updated in place. Without write access, the summary has to do. */
async function keepReviewComment(api, pullRequest, workspace, markdown) {
    try {
        const comment = await api.upsertComment(pullRequest, reviewMarker(workspace.manifestName), markdown);
        core/* info */.pq(`Review comment: ${comment.url}`);
    }
    catch (error) {
        if (!(error instanceof github/* GitHubApiError */.OS) || error.status !== 403)
            throw error;
        core/* warning */.$e(`${error.message}. The review is in the job summary only.`);
    }
}


/***/ })

};
