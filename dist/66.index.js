export const id = 66;
export const ids = [66,776];
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
// EXTERNAL MODULE: ./src/action/outputs.ts
var outputs = __webpack_require__(8948);
// EXTERNAL MODULE: ./src/action/summary.ts
var summary = __webpack_require__(8770);
// EXTERNAL MODULE: ./src/adapters/github.ts + 1 modules
var github = __webpack_require__(8776);
// EXTERNAL MODULE: ./src/action/annotations.ts
var annotations = __webpack_require__(7376);
// EXTERNAL MODULE: ./src/action/validation-log.ts
var validation_log = __webpack_require__(352);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/adapters/manifest-history.ts + 1 modules
var manifest_history = __webpack_require__(9789);
// EXTERNAL MODULE: ./src/manifest/problems.ts
var manifest_problems = __webpack_require__(1905);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/manifest/nodes.ts
var nodes = __webpack_require__(5328);
;// CONCATENATED MODULE: ./src/manifest/positions.ts


/** Where a version's field is written (else the version's key, else its model, else the top of the file). */
function versionFieldPosition(text, model, version, field) {
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist.parseDocument)(text, { lineCounter, uniqueKeys: false });
    const candidates = [
        (0,nodes/* locate */.x5)(doc.contents, ['models', model, 'versions', version, field]).value,
        (0,nodes/* locate */.x5)(doc.contents, ['models', model, 'versions', version]).key,
        (0,nodes/* locate */.x5)(doc.contents, ['models', model]).key
    ];
    const offset = candidates.find(node => node?.range)?.range?.[0] ?? 0;
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
}
/** Where a version's stage is written (else its key, else its model, else the top of the file). */
function versionPosition(text, model, version) {
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist.parseDocument)(text, { lineCounter, uniqueKeys: false });
    const candidates = [
        (0,nodes/* locate */.x5)(doc.contents, ['models', model, 'versions', version, 'stage']).value,
        (0,nodes/* locate */.x5)(doc.contents, ['models', model, 'versions', version]).key,
        (0,nodes/* locate */.x5)(doc.contents, ['models', model]).key
    ];
    const offset = candidates.find(node => node?.range)?.range?.[0] ?? 0;
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
}

// EXTERNAL MODULE: ./src/manifest/read.ts
var read = __webpack_require__(8553);
// EXTERNAL MODULE: ./src/stages/admission.ts
var admission = __webpack_require__(3194);
// EXTERNAL MODULE: ./src/stages/errors.ts
var errors = __webpack_require__(480);
// EXTERNAL MODULE: ./src/stages/gates.ts
var gates = __webpack_require__(5991);
// EXTERNAL MODULE: ./src/stages/history.ts
var stages_history = __webpack_require__(1959);
// EXTERNAL MODULE: ./src/manifest/names.ts
var names = __webpack_require__(6629);
// EXTERNAL MODULE: ./src/stages/freezes.ts
var stages_freezes = __webpack_require__(7427);
// EXTERNAL MODULE: ./src/stages/pipeline.ts
var stages_pipeline = __webpack_require__(2225);
// EXTERNAL MODULE: ./src/stages/soak.ts
var soak = __webpack_require__(2633);
// EXTERNAL MODULE: ./src/stages/states.ts
var states = __webpack_require__(7337);
// EXTERNAL MODULE: ./src/commands/validate.ts
var validate = __webpack_require__(10);
;// CONCATENATED MODULE: ./src/commands/review.ts















/** The live version, as the base records it (its metrics are the gates' baseline). */
function baseProduction(data, model, pipeline) {
    const versions = data?.models[model]?.versions ?? new Map();
    const live = (0,stages_pipeline/* lastStage */.TX)(pipeline).name;
    const current = [...versions].find(([, entry]) => entry.stage === live);
    return current ? { version: current[0], uri: current[1].uri, metrics: current[1].metrics } : undefined;
}
/**
 * Compares the manifest at `baseRevision` with the work tree, and has the admission judge every stage change (hand
 * edits included), validating every version that enters a stage on a validation.
 */
async function reviewManifest(workspace, baseRevision, validation, options = {}) {
    const nothing = { manifestName: workspace.manifestName, problems: [], changes: [], overrides: [] };
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
            return { ...nothing, touched: true, problems: [problem] };
        }
        return { ...nothing, touched: false };
    }
    const check = await (0,read/* checkManifest */.K7)(headText, workspace.manifestName);
    if (baseText === undefined) {
        // A new manifest records the stages as they are when a team starts: there is no move to judge yet.
        return { ...nothing, touched: true, initial: true, headText, problems: check.problems };
    }
    // The pipeline the pull request would put in force judges its moves.
    // The stages are read as every command reads them: a head that breaks the manifest's profile is refused whole,
    // never read another way into stages that would then be judged.
    let headStages;
    try {
        headStages = (0,read/* readStageMap */.rx)(headText, workspace.manifestName);
    }
    catch (error) {
        if (error instanceof manifest_problems/* ManifestError */.Sh)
            return { ...nothing, touched: true, headText, problems: check.problems };
        throw error;
    }
    const baseName = `${workspace.manifestName}@${baseRevision}`;
    const base = await (0,read/* readManifest */.WI)(baseText, baseName).catch(() => undefined);
    const pipeline = (0,stages_pipeline/* pipelineOf */.gQ)(check.manifest ?? base ?? {});
    const changes = (0,states/* diffStages */.b)((0,read/* readStageMap */.rx)(baseText, baseName), headStages);
    const history = changes.some(change => (0,admission/* needsHistory */.q9)(pipeline, change))
        ? await (0,manifest_history/* readManifestHistory */.S)(git, workspace.manifestName, baseRevision)
        : { entries: [], revisions: 0, committedAt: new Map() };
    const overrides = (await git.trailerValues(baseRevision, options.headRevision ?? 'HEAD', admission/* OVERRIDE_TRAILER */.h0)).map(({ commit, value }) => ({ commit, reason: value }));
    const now = options.now ?? new Date();
    const identity = base && check.manifest ? identityChanges(base, check.manifest, headText, workspace.manifestName) : [];
    const reviewed = [];
    for (const move of changes) {
        const known = history.revisions > 0;
        const facts = {
            move,
            pipeline,
            now,
            entered: (0,soak/* stageEntry */.RX)(history.entries, history.committedAt, move.model, move.version, move.from ?? ''),
            formerlyIn: known && move.to !== null ? (0,stages_history/* formerVersionsIn */.w)(history.entries, move.model, move.to) : undefined,
            ...(overrides.length > 0 ? { overrideReason: overrides.map(o => o.reason).join('; ') } : {}),
            ...guardFacts(base, check.manifest, move, now)
        };
        const early = (0,admission/* judgeAdmission */.J6)(facts);
        if (!early.awaitingValidation || (0,admission/* refusedBeforeValidation */.HI)(early).length > 0 || !check.manifest) {
            reviewed.push({ ...move, verdict: early });
            continue;
        }
        const validated = await validationOf(workspace, check.manifest, base, move, pipeline, validation, options);
        reviewed.push({ ...move, verdict: (0,admission/* judgeAdmission */.J6)({ ...facts, validation: validated }) });
    }
    const serving = check.manifest ? blockedServing(base, check.manifest, headText, workspace.manifestName) : [];
    const problems = [...check.problems, ...identity, ...serving];
    return { ...nothing, touched: true, headText, problems, changes: reviewed, overrides };
}
/**
 * A version's identity is immutable once recorded: a uri or digest that the base has may not change (or go), so
 * that the bytes validated stay the bytes served. A digest recorded for the first time is allowed.
 */
function identityChanges(base, head, headText, file) {
    const problems = [];
    for (const [model, entry] of Object.entries(base.models)) {
        for (const [version, before] of entry.versions) {
            const after = head.models[model]?.versions.get(version);
            if (!after)
                continue;
            for (const field of ['uri', 'digest']) {
                const was = before[field];
                if (was === undefined || after[field] === was)
                    continue;
                problems.push({
                    file,
                    ...versionFieldPosition(headText, model, version, field),
                    message: `${model} ${version}: its ${field} was ${was} and this change makes it ${after[field] ?? 'absent'}; a ` +
                        "version's uri and digest are immutable once recorded: register the new artifact as a new version"
                });
            }
        }
    }
    return problems;
}
/**
 * A blocked version's reason, and the freeze windows open now for the target stage, as the base (the rules in force)
 * and the head say: a change cannot unblock a version and promote it, or lift a freeze and promote under it, at once.
 */
function guardFacts(base, head, move, now) {
    const blockedIn = (data) => data?.models[move.model]?.versions.get(move.version)?.blocked;
    const blocked = blockedIn(base) ?? blockedIn(head);
    const freezes = move.to === null
        ? []
        : [base, head].flatMap(data => (data ? (0,stages_freezes/* openFreezes */.lB)(data, move.model, move.to ?? '', now) : []));
    const seen = new Set();
    const distinct = freezes
        .sort((a, b) => b.until.getTime() - a.until.getTime())
        .filter(freeze => {
        const key = `${freeze.until.getTime()} ${freeze.reason}`;
        return !seen.has(key) && Boolean(seen.add(key));
    });
    return {
        ...(blocked !== undefined ? { blocked } : {}),
        ...(distinct.length > 0 ? { freezes: distinct } : {})
    };
}
/** A version the change blocks (or moves) while it still serves an exclusive stage: blocking takes it out of service. */
function blockedServing(base, head, headText, file) {
    const pipeline = (0,stages_pipeline/* pipelineOf */.gQ)(head);
    const problems = [];
    for (const [model, entry] of Object.entries(head.models)) {
        for (const [version, after] of entry.versions) {
            if (after.blocked === undefined || after.stage === names/* ARCHIVED */.Ts || !(0,stages_pipeline/* isExclusive */.Bj)(pipeline, after.stage))
                continue;
            const before = base?.models[model]?.versions.get(version);
            if (before?.blocked !== undefined && before.stage === after.stage)
                continue;
            problems.push({
                file,
                ...versionFieldPosition(headText, model, version, 'blocked'),
                message: `${model} ${version} is blocked but still serves ${after.stage}: archive it in the same change and bring ` +
                    'back the version before it (model-stages block --rollback does both)'
            });
        }
    }
    return problems;
}
/**
 * What validation found for a version entering a stage: its run, or why nothing ran (an untrusted head, whose
 * recorded metrics are still judged by the gates for the reviewer to see; no validation command configured).
 */
async function validationOf(workspace, data, base, move, pipeline, validation, options) {
    const production = baseProduction(base, move.model, pipeline);
    const target = move.to ?? '';
    if (options.untrustedHead) {
        const recorded = data.models[move.model]?.versions.get(move.version)?.metrics ?? {};
        return {
            state: 'not-run',
            reason: options.untrustedHead,
            gates: (0,gates/* gatesFor */.wQ)(data, move.model, target).flatMap(set => (0,gates/* evaluateGates */.ud)(set, recorded, production?.metrics))
        };
    }
    const uri = data.models[move.model]?.versions.get(move.version)?.uri;
    const subject = { model: move.model, version: move.version, uri, stage: move.from ?? '', target };
    try {
        return await (0,validate/* validateForStage */._M)(workspace, data, subject, validation, production);
    }
    catch (error) {
        // No validation command configured: the version cannot enter, and the review says so at its line.
        if (!(error instanceof errors/* InputError */.dz))
            throw error;
        return { state: 'no-command', reason: error.message };
    }
}

;// CONCATENATED MODULE: ./src/stages/review.ts
/** The review passes when the manifest has no problem and every change is admitted. */
function reviewPassed(review) {
    return review.problems.length === 0 && review.changes.every(change => change.verdict.admitted);
}

// EXTERNAL MODULE: ./src/stages/rules.ts
var rules = __webpack_require__(4128);
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
/** The rule column: the operation, what refused it before validation, and what an override let through. */
function ruleCell(verdict) {
    const refused = (0,admission/* refusedBeforeValidation */.HI)(verdict);
    if (refused.length > 0)
        return `❌ refused: ${refused.map(refusal => refusal.message).join('; ')}`;
    const overridden = verdict.override ? ` ⚠️ overrode ${verdict.override.bypassed.join('; ')}` : '';
    return `✅ ${verdict.operation ?? ''}${overridden}`;
}
function validationCell(verdict) {
    const validation = verdict.validation;
    if (!validation)
        return '—';
    if (validation.state === 'not-run')
        return '⚠️ not run';
    if (validation.state === 'no-command')
        return '❌ no validation command';
    const { result } = validation;
    if (result.status !== 'passed')
        return `❌ ${result.status}${result.exitCode !== null ? ` (exit ${result.exitCode})` : ''}`;
    return verdict.admitted ? '✅ passed' : '❌ gates failed';
}
/** Why a change does not pass, in one line: every refusal that stands. */
function refusalText(verdict) {
    return verdict.refusals.map(refusal => refusal.message).join('; ');
}
/**
 * The CLI's lines for a change: "churn@1.5.0 staging -> production: promote; validation passed", what refuses it,
 * what an override let through, and one line per failing gate rule (metric, measured value, baseline, rule).
 */
function reviewedChangeLines(change) {
    const { verdict } = change;
    const result = validationResult(verdict);
    const reasons = result ? refusalReasons(verdict) : verdict.refusals.map(refusal => refusal.message);
    const segments = [
        result
            ? `${verdict.operation ?? ''}; validation ${result.status}`
            : reasons.length > 0
                ? ''
                : verdict.operation,
        reasons.length > 0 ? `refused: ${reasons.join('; ')}` : '',
        verdict.override ? `overrode ${verdict.override.bypassed.join('; ')}` : ''
    ];
    const failing = gatesText(failedGates(verdict)).map(line => `  gate ${line}`);
    return [`${transitionText(change)}: ${segments.filter(Boolean).join('; ')}`, ...failing];
}
/** The PR comment and job summary of a review: one table of every stage change, then what failed. */
function reviewMarkdown(report, runUrl) {
    const passed = reviewPassed(report);
    const parts = [reviewMarker(report.manifestName), `## model-stages review of \`${report.manifestName}\``];
    if (report.problems.length > 0) {
        parts.push('The manifest has problems; fix them first:', report.problems.map(p => `- \`${(0,manifest_problems/* formatProblem */.Vw)(p)}\``).join('\n'));
    }
    if (report.initial)
        parts.push('This pull request adds the manifest: its stages are the starting point, and later changes are reviewed against it.');
    else if (report.changes.length === 0)
        parts.push('No stage changes.');
    else {
        parts.push((0,markdown/* markdownTable */.Qj)(['Model', 'Version', 'Transition', 'Rule', 'Validation'], report.changes.map(change => [
            change.model,
            `\`${change.version}\``,
            (0,rules/* stageMove */.Su)(change.from, change.to),
            ruleCell(change.verdict),
            validationCell(change.verdict)
        ])));
    }
    if (report.overrides && report.overrides.length > 0)
        parts.push(`**⚠️ Overrides** (\`${admission/* OVERRIDE_TRAILER */.h0}\` trailers) in this pull request:`, report.overrides.map(o => `- ${o.commit.slice(0, 7)}: ${(0,markdown/* inlineCode */.ti)(o.reason)}`).join('\n'));
    const notRun = report.changes.filter(change => change.verdict.validation?.state === 'not-run');
    const why = notRun[0]?.verdict.validation;
    if (why?.state === 'not-run') {
        const versions = notRun.map(change => `${change.model} ${change.version}`);
        parts.push(`**Validation was not run** for ${versions.join(', ')}: ${why.reason}. A version is promoted only ` +
            'after its validation passes: promote it with the workflow_dispatch promotion instead.');
    }
    for (const change of report.changes) {
        const { verdict } = change;
        const result = (0,admission/* validationResult */.Vh)(verdict);
        if (result && !verdict.admitted)
            parts.push(`**${change.model} ${change.version}**: ${(0,describe/* outcomeSentence */.yz)(verdict)}`, (0,markdown/* outputTailBlock */.vw)(result));
        if (verdict.gates.length > 0)
            parts.push(`Metric gates of **${change.model} ${change.version}**:`, (0,reporting_gates/* gatesMarkdown */.u)(verdict.gates));
    }
    parts.push(passed
        ? '**Result: every stage change is legal and validated.**'
        : '**Result: this pull request cannot be merged as it is.**');
    if (runUrl)
        parts.push(`<sub>Checked by [this run](${runUrl}); the comment is updated on every run.</sub>`);
    return parts.filter(Boolean).join('\n\n');
}

;// CONCATENATED MODULE: ./src/action/run-check.ts












/** Reviews the stage changes a pull request makes: one comment kept up to date, annotations, a failing check. */
async function runCheck(inputs, context, workspace, connection) {
    const git = workspace.git;
    if (!git)
        throw new errors/* InputError */.dz(`check needs a git checkout: ${workspace.root} is not one`);
    const base = inputs.base ?? context.pullRequest?.base;
    if (!base)
        throw new errors/* InputError */.dz('check compares a pull request with its base: run it on pull_request events, or set the base input');
    const configs = await connection.gitConfigs();
    // The whole history: a rollback in review is legal only for a version that was in production before.
    const tracking = await core/* group */.Os(`Fetch ${base} from origin`, () => git.fetchBranch('origin', base, { configs, wholeHistory: true }));
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
    const result = await (0,validation_log/* withValidationLog */.g)('Validation output', inputs.request, validation => reviewManifest(workspace, baseRevision, validation, { ...head, untrustedHead, headRevision }));
    (0,outputs/* setOutput */.u)('changed', 'false');
    const validations = result.changes.filter(change => (0,admission/* validationResult */.Vh)(change.verdict));
    const failed = validations.some(change => !change.verdict.admitted);
    (0,outputs/* setOutput */.u)('validation', validations.length === 0 ? 'skipped' : failed ? 'failed' : 'passed');
    if (!result.touched) {
        const line = `This pull request does not change ${workspace.manifestName}.`;
        core/* info */.pq(line);
        await (0,summary/* writeSummary */.S)(`## model-stages review\n\n${line}`);
        return;
    }
    result.problems.forEach(annotations/* annotate */.f);
    for (const change of result.changes) {
        const failure = refusalText(change.verdict);
        if (!failure)
            continue;
        const position = versionPosition(result.headText ?? '', change.model, change.version);
        (0,annotations/* annotate */.f)({
            file: workspace.manifestName,
            ...position,
            message: `${change.model} ${change.version}: ${failure}`
        });
    }
    const markdown = reviewMarkdown(result, context.runUrl);
    await (0,summary/* writeSummary */.S)(markdown);
    if (context.pullRequest) {
        await keepReviewComment(await connection.api(), context.pullRequest.number, workspace, markdown);
    }
    if (!reviewPassed(result))
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
    const tracking = await core/* group */.Os(`Fetch the head of pull request #${pull.number}`, () => git.fetchPullRequestHead('origin', pull.number, configs));
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


/***/ }),

/***/ 352:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ validationLog),
/* harmony export */   g: () => (/* binding */ withValidationLog)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6257);
/* harmony import */ var _fence_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6391);


/**
 * Runs `work` with the validation's output streamed into a collapsed log group, fenced: a line such as
 * `::add-mask::` or `::error::` in a model's output is printed, not obeyed.
 */
async function withValidationLog(title, request, work) {
    return _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .group */ .Os(title, () => (0,_fence_js__WEBPACK_IMPORTED_MODULE_1__/* .fenced */ .O)(write => work({ validate: request.validate, timeoutSeconds: request.validationTimeout, onOutput: write })));
}
/** Each validation a run makes, in a log group of its own named `title`. */
function validationLog(title, request) {
    return work => withValidationLog(title, request, work);
}


/***/ }),

/***/ 8776:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  GitHubApi: () => (/* binding */ GitHubApi),
  OS: () => (/* binding */ GitHubApiError)
});

// UNUSED EXPORTS: UnexpectedAnswerError, apiSettingsFromEnvironment

// EXTERNAL MODULE: ./node_modules/zod/v4/mini/schemas.js + 2 modules
var schemas = __webpack_require__(5395);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/api.js
var api = __webpack_require__(3759);
;// CONCATENATED MODULE: ./src/adapters/body-limit.ts
/** GitHub's most characters in the body of an issue, a pull request or a comment: longer ones are refused (422). */
const BODY_LIMIT = 65_536;
/** GitHub's most characters in the title of an issue or a pull request. */
const TITLE_LIMIT = 256;
/** GitHub's most characters in the description of a deployment status. */
const DESCRIPTION_LIMIT = 140;
/** Characters as GitHub counts them (code points, not UTF-16 units). */
function characters(text) {
    return Array.from(text);
}
/**
 * What closes the Markdown blocks `text` leaves open: a fenced code block (its fence, as long as the opener)
 * and any `<details>` outside one, so that what follows a cut renders as text.
 */
function closers(text) {
    let fence;
    let details = 0;
    for (const line of text.split('\n')) {
        const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
        if (fence) {
            const closing = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(line)?.[1];
            if (closing?.startsWith(fence.char) && closing.length >= fence.length)
                fence = undefined;
            continue;
        }
        if (marker) {
            fence = { char: marker.charAt(0), length: marker.length };
            continue;
        }
        details += (line.match(/<details\b/gi) ?? []).length - (line.match(/<\/details>/gi) ?? []).length;
    }
    const closeFence = fence ? `\n${fence.char.repeat(fence.length)}` : '';
    return `${closeFence}${'\n</details>'.repeat(Math.max(0, details))}`;
}
/**
 * A body that GitHub takes: as it is when it fits, else cut at a line break before the limit, its open code
 * block and `<details>` closed, and a last line saying how much was cut.
 */
function fitBody(text, limit = BODY_LIMIT) {
    const all = characters(text);
    if (all.length <= limit)
        return text;
    let keep = limit;
    for (;;) {
        let kept = all.slice(0, keep).join('');
        const lineEnd = kept.lastIndexOf('\n');
        if (lineEnd > 0)
            kept = kept.slice(0, lineEnd);
        const cut = all.length - characters(kept).length;
        const fitted = `${kept}${closers(kept)}\n\n` +
            `**… ${cut.toLocaleString('en-US')} more characters cut: GitHub takes at most ` +
            `${limit.toLocaleString('en-US')} here.**`;
        const over = characters(fitted).length - limit;
        if (over <= 0)
            return fitted;
        keep = Math.max(0, Math.min(keep - over, characters(kept).length - 1));
    }
}
/** A one-line text that GitHub takes: cut with an ellipsis past `limit` characters. */
function fitLine(text, limit) {
    const all = characters(text);
    return all.length <= limit ? text : `${all.slice(0, limit - 1).join('')}…`;
}
const fitTitle = (text) => fitLine(text, TITLE_LIMIT);

// EXTERNAL MODULE: ./src/adapters/secrets.ts
var secrets = __webpack_require__(3753);
;// CONCATENATED MODULE: ./src/adapters/github.ts



function secondsFromEnvironment(name, fallback) {
    const value = Number(process.env[name]);
    return Number.isFinite(value) && value >= 0 && process.env[name]?.trim() ? value : fallback;
}
/** Defaults suit github.com; MODEL_STAGES_API_TIMEOUT / _RETRIES / _RETRY_DELAY tune them (seconds, count). */
function apiSettingsFromEnvironment() {
    return {
        timeoutMs: secondsFromEnvironment('MODEL_STAGES_API_TIMEOUT', 30) * 1000,
        retries: Math.floor(secondsFromEnvironment('MODEL_STAGES_API_RETRIES', 3)),
        retryDelayMs: secondsFromEnvironment('MODEL_STAGES_API_RETRY_DELAY', 1) * 1000
    };
}
const NOT_PERMITTED_TO_CREATE = /not permitted to create or approve pull requests/i;
/** The permissions of the workflow token that most calls need; deployments name their own. */
const WRITE_PERMISSIONS = '`contents: write` and `pull-requests: write`';
function refusalHint(status, detail, permissions) {
    if (NOT_PERMITTED_TO_CREATE.test(detail))
        return (': allow it under Settings → Actions → General → Workflow permissions → "Allow GitHub Actions to create and ' +
            'approve pull requests" (in the repository, or in the organisation when it is greyed out there), or pass ' +
            'a GitHub App token or a fine-grained personal access token as token');
    if (status === 403 || status === 404)
        return `: the token needs ${permissions} (a workflow on a fork gets a read-only token)`;
    if (status === undefined || status >= 500)
        return ': GitHub did not answer in time or failed; re-run the job, or check GITHUB_API_URL and any proxy';
    return '';
}
/** A REST call GitHub refused or did not answer, with what is likely missing. */
class GitHubApiError extends Error {
    status;
    constructor(status, what, detail, permissions = WRITE_PERMISSIONS) {
        const said = status === undefined
            ? `GitHub did not answer a request to ${what}`
            : `GitHub refused to ${what} (${status}`;
        super(`${said}${status === undefined ? ` (${detail})` : `: ${detail})`}${refusalHint(status, detail, permissions)}`);
        this.status = status;
        this.name = 'GitHubApiError';
    }
}
/** A 2xx answer that is not what the endpoint returns: never used as if it were. */
class UnexpectedAnswerError extends Error {
    constructor(what, data) {
        const shown = typeof data === 'string' ? data : JSON.stringify(data);
        super(`GitHub's answer to ${what} is not what that call returns (${(shown ?? 'nothing').slice(0, 200)}): ` +
            'check GITHUB_API_URL and any proxy between the runner and GitHub');
        this.name = 'UnexpectedAnswerError';
    }
}
/** A positive whole number: the ids GitHub answers with. */
const ID = schemas/* int */.Whr().check(api/* _positive */.NC());
const NON_EMPTY = schemas/* string */.YjP().check(api/* _minLength */.m9(1));
const PULL_REQUEST = schemas/* object */.Ikc({ number: ID, html_url: NON_EMPTY });
const COMMENT = schemas/* object */.Ikc({
    id: ID,
    html_url: NON_EMPTY,
    body: schemas/* nullish */.cl6(schemas/* string */.YjP()),
    user: schemas/* nullish */.cl6(schemas/* object */.Ikc({ login: NON_EMPTY, type: schemas/* optional */.lqM(schemas/* string */.YjP()) }))
});
const USER = schemas/* object */.Ikc({ login: NON_EMPTY });
const ISSUE = schemas/* object */.Ikc({
    number: ID,
    html_url: NON_EMPTY,
    body: schemas/* nullish */.cl6(schemas/* string */.YjP()),
    user: schemas/* nullish */.cl6(schemas/* object */.Ikc({ login: NON_EMPTY, type: schemas/* optional */.lqM(schemas/* string */.YjP()) })),
    pull_request: schemas/* optional */.lqM(schemas/* unknown */.L5J())
});
function checked(schema, what, data) {
    const result = schema.safeParse(data);
    if (!result.success)
        throw new UnexpectedAnswerError(what, data);
    return result.data;
}
async function call(what, request, permissions) {
    try {
        return await request();
    }
    catch (error) {
        const { status, response } = error;
        const message = error instanceof Error ? error.message : String(error);
        // Octokit reports a request that got no answer (a timeout, a refused connection) as a 500 without a response.
        throw new GitHubApiError(response === undefined ? undefined : status, what, message, permissions);
    }
}
const DEPLOYMENT = schemas/* object */.Ikc({ id: ID, environment: schemas/* string */.YjP(), payload: schemas/* unknown */.L5J() });
const DEPLOYMENT_STATUS = schemas/* object */.Ikc({ id: ID, state: schemas/* string */.YjP() });
const DEPLOYMENT_PERMISSIONS = '`deployments: write`';
const INCIDENT_PERMISSIONS = '`issues: write`';
/** The REST calls the action makes, through @actions/github's Octokit (which honours GITHUB_API_URL). */
class GitHubApi {
    octokit;
    owner;
    repo;
    constructor(octokit, owner, repo) {
        this.octokit = octokit;
        this.owner = owner;
        this.repo = repo;
    }
    /** The client, loaded only by the commands that call the API: the others never load Octokit. */
    static async connect(token, owner, repo, settings = apiSettingsFromEnvironment()) {
        if (!token)
            throw new Error('the token input is empty: the GitHub API needs a token');
        const { createOctokit } = await Promise.all(/* import() */[__webpack_require__.e(758), __webpack_require__.e(214), __webpack_require__.e(145)]).then(__webpack_require__.bind(__webpack_require__, 145));
        return new GitHubApi(createOctokit(token, settings), owner, repo);
    }
    async findOpenPullRequest(branch, base) {
        const what = 'list pull requests';
        const { data } = await call(what, () => this.octokit.rest.pulls.list({
            owner: this.owner,
            repo: this.repo,
            state: 'open',
            head: `${this.owner}:${branch}`,
            base,
            per_page: 1
        }));
        const pull = checked(schemas/* array */.YOg(PULL_REQUEST), what, data)[0];
        return pull ? { number: pull.number, url: pull.html_url } : undefined;
    }
    /**
     * Updates `open`, the pull request found open for the branch (findOpenPullRequest), else opens one. When
     * another run opened it meanwhile (422 "already exists"), that one is updated.
     */
    async createOrUpdatePullRequest(request, open) {
        if (open)
            return { pullRequest: await this.updatePullRequest(open.number, request), created: false };
        try {
            return { pullRequest: await this.createPullRequest(request), created: true };
        }
        catch (error) {
            if (!(error instanceof GitHubApiError) || error.status !== 422)
                throw error;
            const opened = await this.findOpenPullRequest(request.branch, request.base);
            if (!opened)
                throw error;
            return { pullRequest: await this.updatePullRequest(opened.number, request), created: false };
        }
    }
    async createPullRequest(request) {
        const what = 'create a pull request';
        const { data } = await call(what, () => this.octokit.rest.pulls.create({
            owner: this.owner,
            repo: this.repo,
            head: request.branch,
            base: request.base,
            title: fitTitle((0,secrets/* redact */.E$)(request.title)),
            body: fitBody((0,secrets/* redact */.E$)(request.body))
        }));
        const pull = checked(PULL_REQUEST, what, data);
        return { number: pull.number, url: pull.html_url };
    }
    async updatePullRequest(number, request) {
        const what = `update pull request #${number}`;
        const { data } = await call(what, () => this.octokit.rest.pulls.update({
            owner: this.owner,
            repo: this.repo,
            pull_number: number,
            title: fitTitle((0,secrets/* redact */.E$)(request.title)),
            body: fitBody((0,secrets/* redact */.E$)(request.body))
        }));
        const pull = checked(PULL_REQUEST, what, data);
        return { number: pull.number, url: pull.html_url };
    }
    /**
     * A deployment of a model version to an environment at a commit, with a success status: the repository's
     * Environments page then shows what is live. A deployment already recorded for the same commit, environment
     * and version (a re-run) is not recorded twice.
     */
    async recordDeployment(request) {
        const listing = `list the deployments to ${request.environment}`;
        // Every page: one commit can land more versions in an environment than one page holds (a gathered evaluation).
        const existing = await call(listing, () => this.octokit.paginate(this.octokit.rest.repos.listDeployments, {
            owner: this.owner,
            repo: this.repo,
            sha: request.sha,
            environment: request.environment,
            per_page: 100
        }), DEPLOYMENT_PERMISSIONS);
        const same = checked(schemas/* array */.YOg(DEPLOYMENT), listing, existing).find(deployment => {
            const payload = deployment.payload;
            return payload?.model === request.payload.model && payload.version === request.payload.version;
        });
        if (same) {
            // A run that failed between the two calls left a deployment with no status: it is completed now.
            const completed = !(await this.hasStatus(same.id, request.environment));
            if (completed)
                await this.markSuccessful(same.id, request);
            return { id: same.id, environment: same.environment, created: false, completed };
        }
        const what = `record a deployment to ${request.environment}`;
        const { data } = await call(what, () => this.octokit.rest.repos.createDeployment({
            owner: this.owner,
            repo: this.repo,
            ref: request.sha,
            environment: request.environment,
            payload: request.payload,
            description: fitLine((0,secrets/* redact */.E$)(request.description), DESCRIPTION_LIMIT),
            auto_merge: false,
            required_contexts: [],
            production_environment: request.production,
            transient_environment: false
        }), DEPLOYMENT_PERMISSIONS);
        const deployment = checked(DEPLOYMENT, what, data);
        await this.markSuccessful(deployment.id, request);
        return { id: deployment.id, environment: deployment.environment, created: true, completed: true };
    }
    /** Whether a deployment has any status (the newest comes first: one is enough to know). */
    async hasStatus(id, environment) {
        const what = `read the status of the deployment to ${environment}`;
        const { data } = await call(what, () => this.octokit.rest.repos.listDeploymentStatuses({
            owner: this.owner,
            repo: this.repo,
            deployment_id: id,
            per_page: 1
        }), DEPLOYMENT_PERMISSIONS);
        return checked(schemas/* array */.YOg(DEPLOYMENT_STATUS), what, data).length > 0;
    }
    async markSuccessful(id, request) {
        const what = `mark the deployment to ${request.environment} successful`;
        const { data } = await call(what, () => this.octokit.rest.repos.createDeploymentStatus({
            owner: this.owner,
            repo: this.repo,
            deployment_id: id,
            state: 'success',
            description: fitLine((0,secrets/* redact */.E$)(request.description), DESCRIPTION_LIMIT),
            ...(request.logUrl ? { log_url: request.logUrl } : {}),
            auto_inactive: true
        }), DEPLOYMENT_PERMISSIONS);
        checked(DEPLOYMENT_STATUS, what, data);
    }
    /**
     * The login the token writes as: its user (a personal access token); undefined for a token GET /user refuses
     * (the workflow's GITHUB_TOKEN, a GitHub App's installation token), which writes as a bot account.
     */
    async identity() {
        const what = 'read who the token is';
        try {
            const { data } = await call(what, () => this.octokit.rest.users.getAuthenticated());
            return checked(USER, what, data).login;
        }
        catch (error) {
            if (error instanceof GitHubApiError && (error.status === 403 || error.status === 401))
                return undefined;
            throw error;
        }
    }
    /**
     * The comment of this token's own on an issue or pull request whose body contains `marker` is updated, or one
     * is created: a comment by anyone else is never edited, whatever it contains.
     */
    async upsertComment(issueNumber, marker, body) {
        const listing = 'list the pull request comments';
        const comments = await call(listing, () => this.octokit.paginate(this.octokit.rest.issues.listComments, {
            owner: this.owner,
            repo: this.repo,
            issue_number: issueNumber,
            per_page: 100
        }));
        const marked = checked(schemas/* array */.YOg(COMMENT), listing, comments).filter(comment => comment.body?.includes(marker));
        // A token with a user is that user; one without writes as a bot account (github-actions[bot], or the App's
        // own): a bot's comment with the marker is taken as this action's, and a person's is never edited.
        const own = await this.ownedBy(marked.map(comment => comment.user));
        const found = marked.find(comment => own(comment.user));
        const text = fitBody((0,secrets/* redact */.E$)(body));
        if (found) {
            const what = 'update the review comment';
            const { data } = await call(what, () => this.octokit.rest.issues.updateComment({
                owner: this.owner,
                repo: this.repo,
                comment_id: found.id,
                body: text
            }));
            const comment = checked(COMMENT, what, data);
            return { id: comment.id, url: comment.html_url, created: false };
        }
        const what = 'comment on the pull request';
        const { data } = await call(what, () => this.octokit.rest.issues.createComment({
            owner: this.owner,
            repo: this.repo,
            issue_number: issueNumber,
            body: text
        }));
        const comment = checked(COMMENT, what, data);
        return { id: comment.id, url: comment.html_url, created: true };
    }
    /** Whether a comment or issue is this token's own: its user's, or (a token without one) a bot account's. */
    async ownedBy(users) {
        const self = users.length > 0 ? await this.identity() : undefined;
        return (user) => self === undefined ? user?.type === 'Bot' : user?.login === self;
    }
    /** The open issue this token opened whose body holds `marker`; another user's issue is never taken for it. */
    async findIncident(marker) {
        const what = 'list the open issues';
        const issues = await call(what, () => this.octokit.paginate(this.octokit.rest.issues.listForRepo, {
            owner: this.owner,
            repo: this.repo,
            state: 'open',
            per_page: 100
        }), INCIDENT_PERMISSIONS);
        const marked = checked(schemas/* array */.YOg(ISSUE), what, issues).filter(issue => issue.pull_request === undefined && issue.body?.includes(marker));
        const own = await this.ownedBy(marked.map(issue => issue.user));
        const found = marked.find(issue => own(issue.user));
        return found ? { number: found.number, url: found.html_url, body: found.body ?? '' } : undefined;
    }
    async openIncident(title, body) {
        const what = 'open an incident issue';
        const { data } = await call(what, () => this.octokit.rest.issues.create({
            owner: this.owner,
            repo: this.repo,
            title: fitTitle((0,secrets/* redact */.E$)(title)),
            body: fitBody((0,secrets/* redact */.E$)(body))
        }), INCIDENT_PERMISSIONS);
        const issue = checked(ISSUE, what, data);
        return { number: issue.number, url: issue.html_url, body: issue.body ?? '' };
    }
    async updateIncident(number, body, state) {
        const what = `update incident issue #${number}`;
        const { data } = await call(what, () => this.octokit.rest.issues.update({
            owner: this.owner,
            repo: this.repo,
            issue_number: number,
            body: fitBody((0,secrets/* redact */.E$)(body)),
            ...(state ? { state } : {})
        }), INCIDENT_PERMISSIONS);
        checked(ISSUE, what, data);
    }
    async commentOnIssue(number, body) {
        const what = `comment on issue #${number}`;
        const { data } = await call(what, () => this.octokit.rest.issues.createComment({
            owner: this.owner,
            repo: this.repo,
            issue_number: number,
            body: fitBody((0,secrets/* redact */.E$)(body))
        }), INCIDENT_PERMISSIONS);
        checked(COMMENT, what, data);
    }
}


/***/ }),

/***/ 9789:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  S: () => (/* binding */ readManifestHistory)
});

// EXTERNAL MODULE: ./src/stages/states.ts
var states = __webpack_require__(7337);
// EXTERNAL MODULE: ./src/manifest/problems.ts
var problems = __webpack_require__(1905);
// EXTERNAL MODULE: ./src/manifest/profile.ts
var profile = __webpack_require__(9880);
// EXTERNAL MODULE: ./src/manifest/read.ts
var manifest_read = __webpack_require__(8553);
// EXTERNAL MODULE: ./src/manifest/blocks.ts
var blocks = __webpack_require__(8579);
;// CONCATENATED MODULE: ./src/manifest/stage-tracker.ts





function commonPrefix(a, b) {
    const limit = Math.min(a.length, b.length);
    let low = 0;
    let high = limit;
    // Binary search on equal prefixes: memcmp-speed comparisons, about twice the length in all.
    while (low < high) {
        const middle = Math.ceil((low + high) / 2);
        if (a.subarray(low, middle).equals(b.subarray(low, middle)))
            low = middle;
        else
            high = middle - 1;
    }
    return low;
}
function commonSuffix(a, b, limit) {
    let low = 0;
    let high = limit;
    while (low < high) {
        const middle = Math.ceil((low + high) / 2);
        if (a.subarray(a.length - middle, a.length - low).equals(b.subarray(b.length - middle, b.length - low)))
            low = middle;
        else
            high = middle - 1;
    }
    return low;
}
/** The key lines at `indent`, as written: what names the models (or versions) of a block. */
function keyLines(block, indent) {
    const pattern = new RegExp(`^ {${indent}}([^\\s#][^\\n]*)$`, 'gm');
    return [...block.matchAll(pattern)].map(match => match[1]).join('\n');
}
/**
 * Follows a manifest through its revisions and says what changed in each, reading only the version entries (or,
 * failing that, the model blocks) a change touches; anything it cannot place that way is read whole, with the
 * same reader, so the result is the same as reading every revision whole.
 */
class StageTracker {
    text;
    stages = new Map();
    layout;
    /** The last revision could not be read: the next one is read whole. */
    stale = true;
    /** How many revisions were read whole (the first, and those a change could not be placed in). */
    wholeReads = 0;
    /** How many revisions were read from the version entries around their change alone. */
    entryReads = 0;
    /**
     * The stage changes from the last readable revision to this one (`name` says which, in problems). A revision
     * that breaks the manifest's profile is not read another way: its problems are returned and the state stays.
     */
    next(content, name) {
        const text = content ?? Buffer.alloc(0);
        const changes = this.stale || !this.text || !this.layout ? undefined : this.nearby(this.text, text, this.layout);
        const result = changes ? { changes } : this.whole(text, name);
        this.text = text;
        return result;
    }
    /** The state after the last readable revision. */
    get current() {
        return this.stages;
    }
    whole(text, name) {
        this.wholeReads++;
        let stages;
        try {
            stages = (0,manifest_read/* readStageMap */.rx)(text.toString('utf8'), name);
        }
        catch (error) {
            if (!(error instanceof problems/* ManifestError */.Sh))
                throw error;
            this.layout = undefined;
            this.stale = true;
            return { problems: error.problems };
        }
        this.layout = (0,blocks/* modelsLayout */.dG)(text);
        this.stale = false;
        const changes = (0,states/* diffStages */.b)(this.stages, stages);
        this.stages = stages;
        return { changes };
    }
    /** The changes read from the model blocks around the bytes that differ; undefined: read the file whole. */
    nearby(before, after, layout) {
        const prefix = commonPrefix(before, after);
        if (prefix === before.length && prefix === after.length)
            return [];
        const suffix = commonSuffix(before, after, Math.min(before.length, after.length) - prefix);
        const start = (0,blocks/* lineStart */.PT)(after, prefix);
        const endAfter = (0,blocks/* lineEnd */.kd)(after, Math.max(start, after.length - suffix));
        const shift = after.length - before.length;
        const endBefore = endAfter - shift;
        if (endBefore <= layout.lineStart) {
            // Above the models map: no stage moves (unless the file no longer reads), and the map moves along.
            if (!(0,profile/* readPlainData */.B)(after.toString('utf8', 0, layout.lineStart + shift)).data)
                return undefined;
            this.layout = {
                ...layout,
                lineStart: layout.lineStart + shift,
                bodyStart: layout.bodyStart + shift,
                bodyEnd: layout.bodyEnd + shift
            };
            return [];
        }
        if (start < layout.bodyStart)
            return undefined;
        const first = (0,blocks/* blockStart */.qL)(after, start, layout);
        if (first === undefined)
            return undefined;
        const blockEndAfter = (0,blocks/* blockEnd */.lt)(after, endAfter, layout);
        const blockEndBefore = blockEndAfter - shift;
        const oldBlock = before.toString('utf8', first, blockEndBefore);
        const newBlock = after.toString('utf8', first, blockEndAfter);
        // The same model keys on both sides (else the file is read whole); only the new block needs reading.
        const keys = keyLines(oldBlock, layout.modelIndent);
        if (keys !== keyLines(newBlock, layout.modelIndent))
            return undefined;
        const model = { start: first, end: (0,blocks/* blockEnd */.lt)(after, (0,blocks/* lineEnd */.kd)(after, first), layout) };
        const inVersions = this.versionsNearby(before, after, model, start, endAfter);
        if (inVersions)
            return inVersions;
        let newModels;
        try {
            newModels = (0,manifest_read/* readStageMap */.rx)(`models:\n${newBlock}`, '');
        }
        catch {
            // Read whole, so that the problem is placed in the file.
            return undefined;
        }
        if (newModels.size !== keys.split('\n').filter(Boolean).length)
            return undefined;
        const changes = [];
        for (const [model, versions] of newModels) {
            const previous = this.stages.get(model);
            if (!previous)
                return undefined;
            changes.push(...(0,states/* diffStages */.b)(new Map([[model, previous]]), new Map([[model, versions]])));
        }
        for (const [model, versions] of newModels)
            this.stages.set(model, versions);
        return changes;
    }
    /**
     * When the bytes that differ lie in the block-style versions map of the model whose block is `model` (from its key
     * line to the next model's) and the entries around them name the same versions on both sides: the changes read
     * from those entries alone, under the model's key and `versions:` lines as written. Undefined: read the block.
     */
    versionsNearby(before, after, model, start, end) {
        const versions = (0,blocks/* versionsLayout */.wG)(after, model);
        const entries = versions && (0,blocks/* versionEntries */.R6)(after, versions, start, end);
        if (!versions || !entries)
            return undefined;
        const shift = after.length - before.length;
        const newEntries = after.toString('utf8', entries.start, entries.end);
        const keys = keyLines(newEntries, versions.versionIndent);
        if (keys !== keyLines(before.toString('utf8', entries.start, entries.end - shift), versions.versionIndent))
            return undefined;
        let read;
        try {
            read = (0,manifest_read/* readStageMap */.rx)('models:\n' +
                after.toString('utf8', model.start, (0,blocks/* lineEnd */.kd)(after, model.start)) +
                after.toString('utf8', versions.lineStart, versions.bodyStart) +
                newEntries, '');
        }
        catch {
            return undefined;
        }
        const [name, stages] = [...read][0] ?? [];
        const previous = name === undefined ? undefined : this.stages.get(name);
        // Every version named there, and only those, read with a stage the last revision also gave them.
        if (read.size !== 1 || !name || !stages || !previous)
            return undefined;
        if (stages.size !== keys.split('\n').filter(Boolean).length)
            return undefined;
        for (const version of stages.keys())
            if (!previous.has(version))
                return undefined;
        const next = new Map(previous);
        for (const [version, stage] of stages)
            next.set(version, stage);
        this.stages.set(name, next);
        this.entryReads++;
        return (0,states/* diffStages */.b)(new Map([[name, previous]]), new Map([[name, next]]));
    }
}

// EXTERNAL MODULE: ./src/stages/history.ts
var stages_history = __webpack_require__(1959);
;// CONCATENATED MODULE: ./src/adapters/manifest-history.ts


/**
 * Each commit's committer date, as soak counts it: along the first-parent line a commit dated earlier than the one
 * before it (a rewritten or backdated commit) counts from that one's date, so that a date cannot move a version's
 * entry back in time.
 */
function firstParentDates(oldestFirst) {
    const dates = new Map();
    let latest = Number.NEGATIVE_INFINITY;
    let latestText = '';
    for (const { commit, committedAt } of oldestFirst) {
        const at = Date.parse(committedAt);
        if (!Number.isNaN(at) && at >= latest)
            [latest, latestText] = [at, committedAt];
        dates.set(commit, latestText || committedAt);
    }
    return dates;
}
/**
 * Every transition along the first-parent history of `revision`, oldest first, read with a few git processes
 * whatever the number of commits: one `git log` names each commit's manifest object, which is read from the
 * repository's packs in process, or through one streamed `git cat-file --batch` when not packed. Each revision is
 * folded into the history as it arrives and dropped: memory holds two revisions and a bounded cache of delta bases,
 * not all of them. `uncommitted`, the work tree's manifest, comes last when given.
 */
async function readManifestHistory(git, repoPath, revision = 'HEAD', uncommitted) {
    const commits = (await git.fileLog(repoPath, revision)).reverse();
    const tracker = new StageTracker();
    const entries = [];
    const committedAt = firstParentDates(commits);
    const brokenRevisions = [];
    const changesOf = (reading, commit) => {
        if ('changes' in reading)
            return reading.changes;
        brokenRevisions.push({ commit, problems: reading.problems });
        return [];
    };
    let index = 0;
    await git.readObjects(commits.map(commit => commit.object), content => {
        const commit = commits[index++];
        const name = `${repoPath}@${commit?.commit.slice(0, 7) ?? 'unknown'}`;
        for (const change of changesOf(tracker.next(content, name), commit?.commit ?? null))
            entries.push({
                ...change,
                commit: commit?.commit ?? null,
                author: commit?.author ?? null,
                date: commit?.date ?? null,
                pullRequest: (0,stages_history/* pullRequestNumber */.K)(commit?.subject)
            });
    });
    if (uncommitted !== undefined && commits.length > 0)
        for (const change of changesOf(tracker.next(Buffer.from(uncommitted, 'utf8'), repoPath), null))
            entries.push({ ...change, commit: null, author: null, date: null, pullRequest: null });
    return { entries, revisions: commits.length, committedAt, brokenRevisions };
}


/***/ }),

/***/ 5328:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ve: () => (/* binding */ keyString),
/* harmony export */   c6: () => (/* binding */ findPair),
/* harmony export */   f: () => (/* binding */ nodeStart),
/* harmony export */   x5: () => (/* binding */ locate)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);

/** The string a map key stands for, as the parsed data sees it. */
function keyString(key) {
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(key))
        return key.value === null ? undefined : String(key.value);
    return undefined;
}
function findPair(map, key) {
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(map))
        return undefined;
    return map.items.find(pair => keyString(pair.key) === key);
}
/** Walks a path of map keys down from `root`, keeping the deepest node reached. */
function locate(root, path) {
    let current = root;
    let located = { value: root ?? undefined, nearest: root ?? undefined };
    for (const segment of path) {
        if (typeof segment === 'number' && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(current)) {
            const item = current.items[segment];
            if (item === undefined)
                return { nearest: located.value ?? located.key ?? located.nearest };
            current = item;
            located = { value: item ?? undefined, nearest: item ?? located.nearest };
            continue;
        }
        const pair = findPair(current, String(segment));
        if (!pair)
            return { nearest: located.value ?? located.key ?? located.nearest };
        current = pair.value;
        located = { key: pair.key, value: pair.value ?? undefined, nearest: pair.value ?? pair.key };
    }
    return located;
}
function nodeStart(node) {
    return node?.range?.[0];
}


/***/ }),

/***/ 1959:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ pullRequestNumber),
/* harmony export */   w: () => (/* binding */ formerVersionsIn)
/* harmony export */ });
/** "Merge pull request #12 from …" or a squash merge's "Subject (#12)". */
function pullRequestNumber(subject) {
    if (!subject)
        return null;
    const match = /^Merge pull request #(\d+)\b/.exec(subject) ?? /\(#(\d+)\)\s*$/.exec(subject);
    return match ? Number(match[1]) : null;
}
/** Versions of a model that were in a stage and left it, ordered by when they last left (most recent last). */
function formerVersionsIn(entries, model, stage) {
    const order = [];
    for (const entry of entries) {
        if (entry.model !== model || entry.from !== stage)
            continue;
        const seen = order.indexOf(entry.version);
        if (seen !== -1)
            order.splice(seen, 1);
        order.push(entry.version);
    }
    return order;
}


/***/ }),

/***/ 7337:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ diffStages)
/* harmony export */ });
/** Every version whose stage differs between two states, models and versions in the order written. */
function diffStages(before, after) {
    const changes = [];
    const models = new Set([...before.keys(), ...after.keys()]);
    for (const model of models) {
        const old = before.get(model) ?? new Map();
        const current = after.get(model) ?? new Map();
        const versions = new Set([...old.keys(), ...current.keys()]);
        for (const version of versions) {
            const from = old.get(version) ?? null;
            const to = current.get(version) ?? null;
            if (from !== to)
                changes.push({ model, version, from, to });
        }
    }
    return changes;
}


/***/ })

};
