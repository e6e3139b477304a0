export const id = 66;
export const ids = [66,401];
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
        await keepReviewComment(await connection.api(), context.pullRequest.number, workspace, markdown);
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

/***/ 2401:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GitHubApi: () => (/* binding */ GitHubApi),
/* harmony export */   OS: () => (/* binding */ GitHubApiError)
/* harmony export */ });
/* unused harmony exports apiSettingsFromEnvironment, UnexpectedAnswerError */
/* harmony import */ var zod_mini__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5395);
/* harmony import */ var zod_mini__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3759);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3753);


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
const ID = zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr().check(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* ._positive */ .NC());
const NON_EMPTY = zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().check(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* ._minLength */ .m9(1));
const PULL_REQUEST = zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ number: ID, html_url: NON_EMPTY });
const COMMENT = zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ id: ID, html_url: NON_EMPTY, body: zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .nullish */ .cl6(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()) });
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
const DEPLOYMENT = zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ id: ID, environment: zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), payload: zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .unknown */ .L5J() });
const DEPLOYMENT_STATUS = zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ id: ID, state: zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP() });
const DEPLOYMENT_PERMISSIONS = '`deployments: write`';
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
        const pull = checked(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(PULL_REQUEST), what, data)[0];
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
            title: (0,_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(request.title),
            body: (0,_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(request.body)
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
            title: (0,_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(request.title),
            body: (0,_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(request.body)
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
        const { data: existing } = await call(listing, () => this.octokit.rest.repos.listDeployments({
            owner: this.owner,
            repo: this.repo,
            sha: request.sha,
            environment: request.environment,
            per_page: 100
        }), DEPLOYMENT_PERMISSIONS);
        const same = checked(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(DEPLOYMENT), listing, existing).find(deployment => {
            const payload = deployment.payload;
            return payload?.model === request.payload.model && payload.version === request.payload.version;
        });
        if (same)
            return { id: same.id, environment: same.environment, created: false };
        const what = `record a deployment to ${request.environment}`;
        const { data } = await call(what, () => this.octokit.rest.repos.createDeployment({
            owner: this.owner,
            repo: this.repo,
            ref: request.sha,
            environment: request.environment,
            payload: request.payload,
            description: (0,_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(request.description),
            auto_merge: false,
            required_contexts: [],
            production_environment: request.production,
            transient_environment: false
        }), DEPLOYMENT_PERMISSIONS);
        const deployment = checked(DEPLOYMENT, what, data);
        const statusWhat = `mark the deployment to ${request.environment} successful`;
        const { data: status } = await call(statusWhat, () => this.octokit.rest.repos.createDeploymentStatus({
            owner: this.owner,
            repo: this.repo,
            deployment_id: deployment.id,
            state: 'success',
            description: (0,_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(request.description),
            ...(request.logUrl ? { log_url: request.logUrl } : {}),
            auto_inactive: true
        }), DEPLOYMENT_PERMISSIONS);
        checked(DEPLOYMENT_STATUS, statusWhat, status);
        return { id: deployment.id, environment: deployment.environment, created: true };
    }
    /** The comment on an issue or pull request whose body contains `marker` is updated, or one is created. */
    async upsertComment(issueNumber, marker, body) {
        const listing = 'list the pull request comments';
        const comments = await call(listing, () => this.octokit.paginate(this.octokit.rest.issues.listComments, {
            owner: this.owner,
            repo: this.repo,
            issue_number: issueNumber,
            per_page: 100
        }));
        const found = checked(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(COMMENT), listing, comments).find(comment => comment.body?.includes(marker));
        const text = (0,_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(body);
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
}


/***/ })

};
