export const id = 824;
export const ids = [824,521];
export const modules = {

/***/ 352:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ validationLog),
/* harmony export */   g: () => (/* binding */ withValidationLog)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6257);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);


/**
 * Runs `work` with the validation's output streamed into a collapsed log group. Workflow commands are
 * switched off meanwhile, so that a line such as `::add-mask::` or `::error::` in a model's output is
 * printed, not obeyed. (@actions/core has no call for stop-commands: it is written as the runner reads it.)
 */
async function withValidationLog(title, inputs, work) {
    return _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .group */ .Os(title, async () => {
        const resume = (0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.randomUUID)();
        process.stdout.write(`::stop-commands::${resume}\n`);
        try {
            return await work({
                validate: inputs.validate,
                timeoutSeconds: inputs.validationTimeout,
                onOutput: chunk => process.stdout.write(chunk)
            });
        }
        finally {
            process.stdout.write(`\n::${resume}::\n`);
        }
    });
}
/** Each validation a run makes, in a log group of its own named `title`. */
function validationLog(title, inputs) {
    return work => withValidationLog(title, inputs, work);
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
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(1196);
// EXTERNAL MODULE: ./src/manifest/read-stages.ts
var read_stages = __webpack_require__(7545);
;// CONCATENATED MODULE: ./src/manifest/stage-tracker.ts



const NEWLINE = 0x0a;
const SPACE = 0x20;
const HASH = 0x23;
/** Text that makes a model block mean something outside it, or a document boundary: read the whole file then. */
const NOT_LOCAL = /(^|[\s[{,:-])[&*][^\s]|^\s*<<\s*:|^(---|\.\.\.)(\s|$)/m;
function lineStartAt(text, offset) {
    return offset <= 0 ? 0 : text.lastIndexOf(NEWLINE, offset - 1) + 1;
}
function lineEndAt(text, offset) {
    const newline = text.indexOf(NEWLINE, offset);
    return newline === -1 ? text.length : newline + 1;
}
/** The indentation of a line, or undefined for a blank or comment-only line (they belong to no block). */
function indentOf(text, start, end) {
    let position = start;
    while (position < end && text[position] === SPACE)
        position++;
    if (position >= end || text[position] === NEWLINE || text[position] === 0x0d || text[position] === HASH)
        return undefined;
    return position - start;
}
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
function findLayout(text) {
    const match = /^models:[ \t]*(#.*)?\r?$/m.exec(text.toString('latin1'));
    if (!match)
        return undefined;
    const lineStart = match.index;
    const lineEnd = lineEndAt(text, lineStart);
    for (let start = lineEnd; start < text.length; start = lineEndAt(text, start)) {
        const indent = indentOf(text, start, lineEndAt(text, start));
        if (indent === undefined)
            continue;
        return indent > 0 ? { lineStart, lineEnd, modelIndent: indent } : undefined;
    }
    return undefined;
}
/** The key lines at the models' indentation, as written: what names the models of a block. */
function modelKeys(block, indent) {
    const pattern = new RegExp(`^ {${indent}}([^\\s#][^\\n]*)$`, 'gm');
    return [...block.matchAll(pattern)].map(match => match[1]).join('\n');
}
/**
 * Follows a manifest through its revisions and says what changed in each, reading only the model blocks a
 * change touches; anything it cannot place that way is read whole, with the same reader, so the result is the
 * same as reading every revision whole.
 */
class StageTracker {
    text;
    stages = new Map();
    layout;
    /** The last revision could not be read: the next one is read whole. */
    stale = true;
    /** How many revisions were read whole (the first, and those a change could not be placed in). */
    wholeReads = 0;
    /** The stage changes from the last readable revision to this one; undefined when this one cannot be read. */
    next(content) {
        const text = content ?? Buffer.alloc(0);
        const changes = this.stale || !this.text || !this.layout ? undefined : this.nearby(this.text, text, this.layout);
        const result = changes ?? this.whole(text);
        this.text = text;
        return result;
    }
    /** The state after the last readable revision. */
    get current() {
        return this.stages;
    }
    whole(text) {
        this.wholeReads++;
        const stages = text.length === 0 ? new Map() : (0,read_stages/* readStages */.ir)(text.toString('utf8'));
        this.layout = stages ? findLayout(text) : undefined;
        this.stale = stages === undefined;
        if (!stages)
            return undefined;
        const changes = (0,states/* diffStages */.b)(this.stages, stages);
        this.stages = stages;
        return changes;
    }
    /** The changes read from the model blocks around the bytes that differ; undefined: read the file whole. */
    nearby(before, after, layout) {
        const prefix = commonPrefix(before, after);
        if (prefix === before.length && prefix === after.length)
            return [];
        const suffix = commonSuffix(before, after, Math.min(before.length, after.length) - prefix);
        const start = lineStartAt(after, prefix);
        const endAfter = lineEndAt(after, Math.max(start, after.length - suffix));
        const shift = after.length - before.length;
        const endBefore = endAfter - shift;
        if (endBefore <= layout.lineStart) {
            // Above the models map: no stage moves (unless the file no longer reads), and the map moves along.
            const header = (0,dist/* parseDocument */.Tp)(after.toString('utf8', 0, layout.lineStart + shift), { uniqueKeys: false });
            if (header.errors.length > 0)
                return undefined;
            this.layout = {
                ...layout,
                lineStart: layout.lineStart + shift,
                lineEnd: layout.lineEnd + shift
            };
            return [];
        }
        if (start < layout.lineEnd)
            return undefined;
        const blockStart = this.blockStart(after, start, layout);
        if (blockStart === undefined)
            return undefined;
        const blockEndAfter = this.blockEnd(after, endAfter, layout);
        const blockEndBefore = blockEndAfter - shift;
        const oldBlock = before.toString('utf8', blockStart, blockEndBefore);
        const newBlock = after.toString('utf8', blockStart, blockEndAfter);
        if (NOT_LOCAL.test(oldBlock) || NOT_LOCAL.test(newBlock))
            return undefined;
        // The same model keys on both sides (else the file is read whole); only the new block needs reading.
        const keys = modelKeys(oldBlock, layout.modelIndent);
        if (keys !== modelKeys(newBlock, layout.modelIndent))
            return undefined;
        const newModels = (0,read_stages/* readModelBlock */.pf)(newBlock);
        if (!newModels || newModels.size !== keys.split('\n').filter(Boolean).length)
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
    /** The start of the model key line at or before `offset` (the text before `offset` is the same in both). */
    blockStart(text, offset, layout) {
        let start = offset;
        while (start > layout.lineEnd) {
            start = lineStartAt(text, start - 1);
            const indent = indentOf(text, start, lineEndAt(text, start));
            if (indent === undefined || indent > layout.modelIndent)
                continue;
            return indent === layout.modelIndent ? start : undefined;
        }
        return layout.lineEnd;
    }
    /** The start of the first line after `offset` that is not inside a model's block (a model key or less indented). */
    blockEnd(text, offset, layout) {
        for (let start = offset; start < text.length; start = lineEndAt(text, start)) {
            const indent = indentOf(text, start, lineEndAt(text, start));
            if (indent !== undefined && indent <= layout.modelIndent)
                return start;
        }
        return text.length;
    }
}

// EXTERNAL MODULE: ./src/stages/history.ts
var stages_history = __webpack_require__(1959);
;// CONCATENATED MODULE: ./src/adapters/manifest-history.ts


/**
 * Every transition along the first-parent history of `revision`, oldest first, read with two git processes
 * whatever the number of commits (one `git log`, one streamed `git cat-file --batch`). Each revision is folded
 * into the history as it arrives and dropped: memory holds two revisions, not all of them. `uncommitted`, the
 * work tree's manifest, comes last when given.
 */
async function readManifestHistory(git, repoPath, revision = 'HEAD', uncommitted) {
    const commits = (await git.fileLog(repoPath, revision)).reverse();
    const tracker = new StageTracker();
    const entries = [];
    const committedAt = new Map(commits.map(commit => [commit.commit, commit.committedAt]));
    let index = 0;
    await git.streamObjects(commits.map(commit => `${commit.commit}:${repoPath}`), content => {
        const commit = commits[index++];
        for (const change of tracker.next(content) ?? [])
            entries.push({
                ...change,
                commit: commit?.commit ?? null,
                author: commit?.author ?? null,
                date: commit?.date ?? null,
                pullRequest: (0,stages_history/* pullRequestNumber */.K)(commit?.subject)
            });
    });
    if (uncommitted !== undefined && commits.length > 0)
        for (const change of tracker.next(Buffer.from(uncommitted, 'utf8')) ?? [])
            entries.push({ ...change, commit: null, author: null, date: null, pullRequest: null });
    return { entries, revisions: commits.length, committedAt };
}


/***/ }),

/***/ 6229:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _M: () => (/* binding */ validateForStage)
});

// UNUSED EXPORTS: validateVersion, validationCommand, validationEnvironment

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: ./src/adapters/secrets.ts
var secrets = __webpack_require__(3753);
;// CONCATENATED MODULE: ./src/adapters/validation.ts


const KEEP_CHARACTERS = 64 * 1024;
const KILL_GRACE_MS = 3000;
/** How long a cancelled step gives the validation to clean up before it is killed. */
const SIGNAL_GRACE_MS = 1000;
/** The runner's own plumbing: its service token and endpoints are for the runner, not for a step's commands. */
const RUNNER_INTERNALS = new Set([
    'ACTIONS_RUNTIME_TOKEN',
    'ACTIONS_RUNTIME_URL',
    'ACTIONS_RESULTS_URL',
    'ACTIONS_CACHE_URL',
    'ACTIONS_CACHE_SERVICE_V2'
]);
/**
 * The environment a validation command inherits: the step's own (its `env:` included), less the action's
 * inputs (`INPUT_*`, the token among them), the runner's internals, and any variable that holds a secret of
 * this run.
 */
function inheritedEnvironment(environment = process.env) {
    const kept = {};
    for (const [name, value] of Object.entries(environment)) {
        if (value === undefined || name.startsWith('INPUT_') || RUNNER_INTERNALS.has(name) || (0,secrets/* isSecret */.$f)(value))
            continue;
        kept[name] = value;
    }
    return kept;
}
function killGroup(pid, signal) {
    if (pid === undefined)
        return;
    try {
        process.kill(-pid, signal);
    }
    catch {
        // the group is already gone
    }
}
/** Process groups of the validations running now: a cancelled step takes them down with it. */
const runningGroups = new Set();
const SIGNAL_EXIT_CODES = { SIGINT: 130, SIGTERM: 143 };
let signalsWatched = false;
function watchSignals() {
    if (signalsWatched)
        return;
    signalsWatched = true;
    for (const signal of ['SIGINT', 'SIGTERM']) {
        process.on(signal, () => {
            for (const pid of runningGroups)
                killGroup(pid, 'SIGTERM');
            const exit = () => {
                for (const pid of runningGroups)
                    killGroup(pid, 'SIGKILL');
                process.exit(SIGNAL_EXIT_CODES[signal]);
            };
            if (runningGroups.size === 0)
                exit();
            else
                setTimeout(exit, SIGNAL_GRACE_MS);
        });
    }
}
/** Runs the command through the shell in its own process group, so that a timeout kills every process it started. */
function runValidation(request) {
    const started = Date.now();
    const tailLines = request.tailLines ?? 30;
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)('/bin/sh', ['-c', request.command], {
            cwd: request.cwd,
            env: { ...inheritedEnvironment(), ...request.env },
            stdio: ['ignore', 'pipe', 'pipe'],
            detached: true
        });
        watchSignals();
        if (child.pid !== undefined)
            runningGroups.add(child.pid);
        let output = '';
        let timedOut = false;
        let settled = false;
        const collect = (chunk) => {
            const text = chunk.toString('utf8');
            request.onOutput?.(text);
            output = (output + text).slice(-KEEP_CHARACTERS);
        };
        child.stdout.on('data', collect);
        child.stderr.on('data', collect);
        let graceTimer;
        const timeoutTimer = request.timeoutSeconds && request.timeoutSeconds > 0
            ? setTimeout(() => {
                timedOut = true;
                killGroup(child.pid, 'SIGTERM');
                graceTimer = setTimeout(() => killGroup(child.pid, 'SIGKILL'), KILL_GRACE_MS);
            }, request.timeoutSeconds * 1000)
            : undefined;
        const finish = (exitCode, signal) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timeoutTimer);
            clearTimeout(graceTimer);
            // Whatever the command left running in its group goes with it.
            killGroup(child.pid, 'SIGKILL');
            if (child.pid !== undefined)
                runningGroups.delete(child.pid);
            const status = timedOut ? 'timed-out' : exitCode === 0 ? 'passed' : 'failed';
            resolve({
                status,
                command: request.command,
                exitCode,
                signal,
                durationMs: Date.now() - started,
                tail: lastLines(output, tailLines)
            });
        };
        child.on('error', reject);
        child.on('close', finish);
        // A grandchild that escaped the group may hold the pipes open: do not wait for it past the grace.
        child.on('exit', (code, signal) => setTimeout(() => finish(code, signal), KILL_GRACE_MS).unref());
    });
}
function lastLines(text, count) {
    const lines = text.replace(/\s+$/, '').split('\n');
    return lines.slice(-count).join('\n');
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/stages/errors.ts
var errors = __webpack_require__(480);
// EXTERNAL MODULE: ./src/stages/gates.ts
var stages_gates = __webpack_require__(5991);
// EXTERNAL MODULE: ./src/stages/pipeline.ts
var pipeline = __webpack_require__(2225);
;// CONCATENATED MODULE: ./src/commands/validate.ts







/** The command a version must pass to enter `target`: the override, else the stage's, the model's, the defaults'. */
function validationCommand(data, model, override, target) {
    const stage = target === undefined ? undefined : (0,pipeline/* stageSpec */.aJ)((0,pipeline/* pipelineOf */.gQ)(data), target);
    const command = override?.trim()
        ? override
        : (stage?.validate ?? data.models[model]?.validate ?? data.defaults?.validate);
    return command?.trim() ? command : undefined;
}
function validationEnvironment(workspace, subject, metricsFile) {
    return {
        ...(metricsFile ? { MODEL_METRICS_FILE: metricsFile } : {}),
        MODEL_NAME: subject.model,
        MODEL_VERSION: subject.version,
        MODEL_URI: subject.uri ?? '',
        MODEL_STAGE: subject.stage,
        MODEL_TARGET_STAGE: subject.target,
        MODEL_STAGES_MANIFEST: workspace.manifestName
    };
}
/** Runs the validation of a version about to enter a stage; no command configured is an error, never a pass. */
async function validateVersion(workspace, data, subject, options, metricsFile) {
    const command = validationCommand(data, subject.model, options.validate, subject.target);
    if (!command) {
        const stageSetting = data.stages ? `the ${subject.target} stage's validate, ` : '';
        throw new errors/* InputError */.dz(`no validation command for ${subject.model}: a version enters ${subject.target} only after validation. ` +
            `Set ${stageSetting}models.${subject.model}.validate or defaults.validate in the manifest, or pass one as validate`);
    }
    return runValidation({
        command,
        cwd: workspace.root,
        env: validationEnvironment(workspace, subject, metricsFile),
        timeoutSeconds: options.timeoutSeconds,
        onOutput: options.onOutput
    });
}
/** What the command wrote to MODEL_METRICS_FILE: nothing, a JSON object of numbers, or a mistake to report. */
async function readMetricsFile(file) {
    const text = await (0,promises_.readFile)(file, 'utf8').catch(() => '');
    if (text.trim() === '')
        return {};
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch {
        return { error: `MODEL_METRICS_FILE does not hold JSON: ${JSON.stringify(text.slice(0, 80))}` };
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
        return { error: 'MODEL_METRICS_FILE must hold a JSON object of metric name → number' };
    for (const [name, value] of Object.entries(parsed))
        if (typeof value !== 'number' || !Number.isFinite(value))
            return { error: `MODEL_METRICS_FILE: metric ${name} is ${JSON.stringify(value)}, not a number` };
    return { metrics: parsed };
}
/** Runs a validation with a fresh MODEL_METRICS_FILE and reads what it measured. */
async function measure(workspace, data, subject, options) {
    const folder = await (0,promises_.mkdtemp)(external_node_path_default().join((0,external_node_os_.tmpdir)(), 'model-stages-metrics-'));
    try {
        const file = external_node_path_default().join(folder, 'metrics.json');
        const validation = await validateVersion(workspace, data, subject, options, file);
        return { validation, ...(await readMetricsFile(file)) };
    }
    finally {
        await (0,promises_.rm)(folder, { recursive: true, force: true });
    }
}
/**
 * The validation of a version entering a stage: its command, then the metric gates of that stage against the live
 * version's metrics (recorded, or measured again in this run with `baseline: rerun`).
 */
async function validateForStage(workspace, data, subject, options, production) {
    const candidate = await measure(workspace, data, subject, options);
    const result = { validation: candidate.validation, gates: [], measured: candidate.metrics };
    if (candidate.validation.status !== 'passed')
        return { ...result, passed: false };
    if (candidate.error)
        return { ...result, failure: candidate.error, passed: false };
    const gates = (0,stages_gates/* gatesFor */.wQ)(data, subject.model, subject.target);
    if (gates.length === 0)
        return { ...result, passed: true };
    let baseline = production?.metrics;
    if (production &&
        production.version !== subject.version &&
        (0,stages_gates/* baselineModeFor */.wD)(data, subject.model) === 'rerun') {
        const champion = await measure(workspace, data, {
            model: subject.model,
            version: production.version,
            uri: production.uri,
            stage: (0,pipeline/* lastStage */.TX)((0,pipeline/* pipelineOf */.gQ)(data)).name,
            target: subject.target
        }, options);
        if (champion.validation.status !== 'passed' || champion.error)
            return {
                ...result,
                failure: `the live version ${production.version} could not be measured again (baseline: rerun): ${champion.error ?? `its validation ${champion.validation.status}`}`,
                passed: false
            };
        baseline = champion.metrics ?? production.metrics;
    }
    const recorded = data.models[subject.model]?.versions[subject.version]?.metrics;
    const judged = gates.flatMap(set => (0,stages_gates/* evaluateGates */.ud)(set, candidate.metrics ?? recorded ?? {}, baseline));
    const failing = judged.filter(rule => !rule.passed);
    return {
        ...result,
        gates: judged,
        failure: failing.length > 0
            ? `metric gates failed: ${failing.map(rule => `${rule.metric} ${rule.rule}${rule.note ? ` (${rule.note})` : ''}`).join('; ')}`
            : undefined,
        failedOnGates: failing.length > 0,
        passed: failing.length === 0
    };
}


/***/ }),

/***/ 521:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K7: () => (/* binding */ checkManifest),
/* harmony export */   W7: () => (/* binding */ loadManifestForMove),
/* harmony export */   loadManifestText: () => (/* binding */ loadManifestText)
/* harmony export */ });
/* unused harmony export checkManifestText */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1196);
/* harmony import */ var _fast_read_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5764);
/* harmony import */ var _closest_word_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1755);
/* harmony import */ var _nodes_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5328);
/* harmony import */ var _problems_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1905);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6470);
/* harmony import */ var _stage_checks_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8341);







function loaded(file, text, data, parsed, model) {
    let doc = parsed;
    return {
        file,
        text,
        data,
        ...(model === undefined ? {} : { model }),
        get doc() {
            doc ??= (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { uniqueKeys: true });
            return doc;
        }
    };
}
const ALLOWED_KEYS = {
    manifest: Object.keys(_schema_js__WEBPACK_IMPORTED_MODULE_4__/* .ManifestSchema */ .pL.shape),
    stage: Object.keys(_schema_js__WEBPACK_IMPORTED_MODULE_4__/* .StageDeclarationSchema */ .AV.shape),
    defaults: ['validate', 'gates', 'baseline'],
    gate: ['better', 'min', 'max', 'max_regression', 'min_improvement'],
    model: Object.keys(_schema_js__WEBPACK_IMPORTED_MODULE_4__/* .ModelSchema */ .$3.shape),
    version: Object.keys(_schema_js__WEBPACK_IMPORTED_MODULE_4__/* .VersionEntrySchema */ .qb.shape)
};
/** Parses and checks a manifest, collecting every problem with its position. */
function checkManifestText(text, file) {
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
    const at = (offset, message) => {
        const { line, col } = lineCounter.linePos(offset ?? 0);
        return { file, line, column: col, message };
    };
    const problems = doc.errors.map(error => at(error.pos[0], yamlErrorMessage(error.code, error.message, text.slice(error.pos[0]))));
    const structural = doc.errors.some(error => error.code !== 'DUPLICATE_KEY');
    if (structural)
        return { problems: (0,_problems_js__WEBPACK_IMPORTED_MODULE_3__/* .sortProblems */ .dS)(problems) };
    if (doc.contents === null) {
        problems.push(at(0, 'the manifest is empty: it needs `version: 1` and a `models:` map'));
        return { problems };
    }
    problems.push(...keyTypeProblems(doc, at));
    const js = doc.toJS();
    problems.push(...pipelineProblems(doc, js, at));
    const result = _schema_js__WEBPACK_IMPORTED_MODULE_4__/* .ManifestSchema */ .pL.safeParse(js);
    if (!result.success) {
        for (const issue of result.error.issues)
            problems.push(...issueProblems(doc, js, issue, at));
    }
    if (problems.length > 0 || !result.success)
        return { problems: (0,_problems_js__WEBPACK_IMPORTED_MODULE_3__/* .sortProblems */ .dS)(dedupe(problems)) };
    return { manifest: loaded(file, text, result.data, doc), problems: [] };
}
/**
 * The manifest's data when it is valid, else every problem at its position: the position-tracking check runs only
 * when the fast read finds something to report.
 */
function checkManifest(text, file) {
    const data = (0,_fast_read_js__WEBPACK_IMPORTED_MODULE_1__/* .readValidManifest */ .mc)(text);
    if (data)
        return { data, problems: [] };
    const { manifest, problems } = checkManifestText(text, file);
    return { data: manifest?.data, problems };
}
/** A valid manifest, read fast; the position-tracking reader runs only to report the problems of an invalid one. */
function loadManifestText(text, file) {
    const data = (0,_fast_read_js__WEBPACK_IMPORTED_MODULE_1__/* .readValidManifest */ .mc)(text);
    if (data)
        return loaded(file, text, data);
    const { manifest, problems } = checkManifestText(text, file);
    if (!manifest)
        throw new _problems_js__WEBPACK_IMPORTED_MODULE_3__/* .ManifestError */ .Sh(problems);
    return manifest;
}
/**
 * The manifest as a move of one model needs it: the header and the model's block when they read plainly (a move
 * changes nothing in the other models, so their blocks are not read), else the whole file, checked.
 */
function loadManifestForMove(text, file, model) {
    const data = (0,_fast_read_js__WEBPACK_IMPORTED_MODULE_1__/* .readValidModel */ .K9)(text, model);
    return data ? loaded(file, text, data, undefined, model) : loadManifestText(text, file);
}
function yamlErrorMessage(code, message, source) {
    if (code === 'DUPLICATE_KEY') {
        const key = /^("(?:[^"\\]|\\.)*"|'[^']*'|[^:\n]+)/.exec(source)?.[1]?.trim() ?? source.trim();
        return `duplicate key ${key}: a key may appear only once in a map`;
    }
    const firstLine = (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '');
    return `YAML syntax: ${firstLine}`;
}
function modelMaps(doc) {
    const models = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_2__/* .findPair */ .c6)(doc.contents, 'models')?.value;
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(models))
        return [];
    return models.items.map(pair => ({
        name: (0,_nodes_js__WEBPACK_IMPORTED_MODULE_2__/* .keyString */ .Ve)(pair.key) ?? '',
        nameNode: pair.key,
        model: pair.value
    }));
}
/** YAML reads `1.10` as the number 1.1 and `2` as 2: version keys must be strings as written. */
function keyTypeProblems(doc, at) {
    const problems = [];
    const check = (key, what) => {
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(key) && typeof key.value !== 'string' && key.value !== null) {
            const source = key.source ?? String(key.value);
            problems.push(at((0,_nodes_js__WEBPACK_IMPORTED_MODULE_2__/* .nodeStart */ .f)(key), `${what} ${source} is read by YAML as a ${typeof key.value}, not text: quote it as "${source}"`));
        }
    };
    for (const { nameNode, model } of modelMaps(doc)) {
        check(nameNode, 'model name');
        const versions = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_2__/* .findPair */ .c6)(model, 'versions')?.value;
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(versions))
            for (const pair of versions.items)
                check(pair.key, 'version');
    }
    return problems;
}
/** Versions in a stage the manifest does not declare, or sharing an exclusive stage, at their `stage` values. */
function pipelineProblems(doc, js, at) {
    return (0,_stage_checks_js__WEBPACK_IMPORTED_MODULE_5__/* .stageProblems */ .N)(js).flatMap(problem => {
        if (problem.kind === 'exclusive')
            return [at((0,_nodes_js__WEBPACK_IMPORTED_MODULE_2__/* .nodeStart */ .f)((0,_nodes_js__WEBPACK_IMPORTED_MODULE_2__/* .locate */ .x5)(doc.contents, problem.path).value), problem.message)];
        const issue = {
            code: 'invalid_value',
            values: problem.allowed,
            path: problem.path,
            message: problem.message,
            input: undefined
        };
        return issueProblems(doc, js, issue, at);
    });
}
function allowedKeysAt(path) {
    if (path.length === 0)
        return ALLOWED_KEYS.manifest ?? [];
    if (path.length === 1 && path[0] === 'defaults')
        return ALLOWED_KEYS.defaults ?? [];
    if (path.length === 2 && path[0] === 'stages')
        return ALLOWED_KEYS.stage ?? [];
    const inGates = (path.length === 3 && path[0] === 'defaults' && path[1] === 'gates') ||
        (path.length === 4 && (path[0] === 'models' || path[0] === 'stages') && path[2] === 'gates');
    if (inGates)
        return ALLOWED_KEYS.gate ?? [];
    if (path.length === 2 && path[0] === 'models')
        return ALLOWED_KEYS.model ?? [];
    return ALLOWED_KEYS.version ?? [];
}
function describePath(path) {
    if (path[0] === 'stages' && typeof path[1] === 'number')
        return [`stage ${path[1] + 1}`, ...path.slice(2).map(String)].join(' ');
    if (path[0] === 'models' && path.length >= 3 && path[2] !== 'versions')
        return `model ${String(path[1])} ${path.slice(2).map(String).join('.')}`;
    if (path[0] === 'models' && path.length >= 2) {
        const [, model, , version, ...rest] = path;
        let where = `model ${String(model)}`;
        if (version !== undefined)
            where += ` version ${String(version)}`;
        if (rest.length > 0)
            where += ` ${rest.map(String).join('.')}`;
        else if (path.length === 3)
            where += ` ${String(path[2])}`;
        return where;
    }
    return path.map(String).join('.') || 'the manifest';
}
function valueAt(js, path) {
    let current = js;
    for (const segment of path) {
        if (typeof current !== 'object' || current === null)
            return undefined;
        current = current[segment];
    }
    return current;
}
function issueProblems(doc, js, issue, at) {
    const path = issue.path;
    if (issue.code === 'unrecognized_keys') {
        const allowed = allowedKeysAt(path);
        return issue.keys.map(key => {
            const located = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_2__/* .locate */ .x5)(doc.contents, [...path, key]);
            const suggestion = (0,_closest_word_js__WEBPACK_IMPORTED_MODULE_6__/* .closestWord */ .E)(key, allowed);
            const hint = suggestion ? `did you mean "${suggestion}"? ` : '';
            return at((0,_nodes_js__WEBPACK_IMPORTED_MODULE_2__/* .nodeStart */ .f)(located.key ?? located.nearest), `unknown key "${key}" in ${describePath(path)}: ${hint}allowed keys are ${allowed.join(', ')}`);
        });
    }
    if (issue.code === 'invalid_key') {
        const located = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_2__/* .locate */ .x5)(doc.contents, path);
        const key = String(path[path.length - 1]);
        const what = path.length === 2 ? 'model name' : path.length === 4 ? 'version' : 'key';
        const detail = issue.issues[0]?.message ?? issue.message;
        const problems = [
            at((0,_nodes_js__WEBPACK_IMPORTED_MODULE_2__/* .nodeStart */ .f)(located.key ?? located.nearest), `${what} "${key}" is not valid: ${detail}`)
        ];
        // A bad name does not hide what is wrong inside the entry it names.
        const inner = (path.length === 2 ? _schema_js__WEBPACK_IMPORTED_MODULE_4__/* .ModelSchema */ .$3 : _schema_js__WEBPACK_IMPORTED_MODULE_4__/* .VersionEntrySchema */ .qb).safeParse(valueAt(js, path));
        if (!inner.success)
            for (const innerIssue of inner.error.issues)
                problems.push(...issueProblems(doc, js, { ...innerIssue, path: [...path, ...innerIssue.path] }, at));
        return problems;
    }
    const located = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_2__/* .locate */ .x5)(doc.contents, path);
    const missing = path.length > 0 && located.key === undefined;
    if (missing) {
        const parent = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_2__/* .locate */ .x5)(doc.contents, path.slice(0, -1));
        const field = String(path[path.length - 1]);
        const names = (0,_stage_checks_js__WEBPACK_IMPORTED_MODULE_5__/* .declaredStageNames */ .j)(js);
        const hint = field === 'stage' ? ` (${names.slice(0, -1).join(', ')} or ${names[names.length - 1]})` : '';
        return [
            at((0,_nodes_js__WEBPACK_IMPORTED_MODULE_2__/* .nodeStart */ .f)(parent.key ?? parent.nearest), `${describePath(path.slice(0, -1))} has no ${field}${hint}`)
        ];
    }
    if (path.length === 0) {
        return [
            at((0,_nodes_js__WEBPACK_IMPORTED_MODULE_2__/* .nodeStart */ .f)(doc.contents ?? undefined), 'the manifest must be a map with `version: 1` and `models:`')
        ];
    }
    const value = located.value;
    if (path.length === 1 &&
        path[0] === 'models' &&
        (value === null || ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(value) && value.value === null)))
        return [
            at((0,_nodes_js__WEBPACK_IMPORTED_MODULE_2__/* .nodeStart */ .f)(located.key), 'models has no value: write `models: {}`, or add a model under it (model-stages register MODEL VERSION does)')
        ];
    const got = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(value) ? ` (got ${JSON.stringify(value.source ?? value.value)})` : '';
    const guess = issue.code === 'invalid_value' && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(value) && typeof value.value === 'string'
        ? (0,_closest_word_js__WEBPACK_IMPORTED_MODULE_6__/* .closestWord */ .E)(value.value, issue.values.map(String))
        : undefined;
    const hint = guess ? `: did you mean ${guess}?` : '';
    return [at((0,_nodes_js__WEBPACK_IMPORTED_MODULE_2__/* .nodeStart */ .f)(value ?? located.key), `${describePath(path)}: ${issue.message}${got}${hint}`)];
}
function dedupe(problems) {
    const seen = new Set();
    return problems.filter(problem => {
        const key = `${problem.line}:${problem.column}:${problem.message}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
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
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1196);

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

/***/ 7545:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ir: () => (/* binding */ readStages),
/* harmony export */   pf: () => (/* binding */ readModelBlock)
/* harmony export */ });
/* unused harmony export readDocumentStages */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1196);
/* harmony import */ var _nodes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5328);
/* harmony import */ var _plain_layout_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5876);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6629);




/** Any stage name: which stages a revision declares is not for a lenient reader of history to judge. */
function isStage(value) {
    return typeof value === 'string' && _names_js__WEBPACK_IMPORTED_MODULE_3__/* .STAGE_NAME_PATTERN */ .Oc.test(value);
}
/**
 * The stages a manifest text records, read leniently: an old revision may not pass today's checks,
 * and whatever can be read of it still counts. Undefined when the text is not YAML at all. The plain layout (the
 * one model-stages writes) is read by the fast line reader; anything else by the YAML parser.
 */
function readStages(text) {
    return stagesOfValue((0,_plain_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .readPlainLayout */ .B)(text)) ?? readDocumentStages(text);
}
/** readStages by the YAML parser alone, whatever the layout. */
function readDocumentStages(text) {
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { uniqueKeys: false });
    if (doc.errors.length > 0)
        return undefined;
    const stages = new Map();
    const models = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .findPair */ .c6)(doc.contents, 'models')?.value;
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(models))
        return stages;
    for (const modelPair of models.items) {
        const model = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .keyString */ .Ve)(modelPair.key);
        const versions = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .findPair */ .c6)(modelPair.value, 'versions')?.value;
        if (model === undefined || !(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(versions))
            continue;
        const byVersion = new Map();
        for (const versionPair of versions.items) {
            const key = versionPair.key;
            const version = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(key) && typeof key.value !== 'string' ? (key.source ?? (0,_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .keyString */ .Ve)(key)) : (0,_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .keyString */ .Ve)(key);
            const stage = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .findPair */ .c6)(versionPair.value, 'stage')?.value;
            if (version !== undefined && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(stage) && isStage(stage.value))
                byVersion.set(version, stage.value);
        }
        stages.set(model, byVersion);
    }
    return stages;
}
function isMapValue(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** readStages' rules applied to a value already read: models with a versions map, versions with a known stage. */
function stagesOfValue(value) {
    if (!isMapValue(value) || !isMapValue(value.models))
        return undefined;
    const stages = new Map();
    for (const [model, entry] of Object.entries(value.models)) {
        const versions = isMapValue(entry) ? entry.versions : undefined;
        if (!isMapValue(versions))
            continue;
        const byVersion = new Map();
        for (const [version, details] of Object.entries(versions)) {
            const stage = isMapValue(details) ? details.stage : undefined;
            if (isStage(stage))
                byVersion.set(version, stage);
        }
        stages.set(model, byVersion);
    }
    return stages;
}
/** readStages for a block of model entries. */
function readModelBlock(block) {
    return readStages(`models:\n${block}`);
}


/***/ }),

/***/ 5991:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ud: () => (/* binding */ evaluateGates),
/* harmony export */   wD: () => (/* binding */ baselineModeFor),
/* harmony export */   wQ: () => (/* binding */ gatesFor)
/* harmony export */ });
/* unused harmony export gatesPassed */
/* harmony import */ var _pipeline_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2225);

/**
 * The gates a version must meet to enter a stage: the stage's own, and for the last stage (where the live version
 * is) the model's, else the defaults' (a model's gates replace the defaults whole). Each set is judged on its own.
 */
function gatesFor(data, model, target) {
    const pipeline = (0,_pipeline_js__WEBPACK_IMPORTED_MODULE_0__/* .pipelineOf */ .gQ)(data);
    const sets = [(0,_pipeline_js__WEBPACK_IMPORTED_MODULE_0__/* .stageSpec */ .aJ)(pipeline, target)?.gates];
    if (target === (0,_pipeline_js__WEBPACK_IMPORTED_MODULE_0__/* .lastStage */ .TX)(pipeline).name)
        sets.push(data.models[model]?.gates ?? data.defaults?.gates);
    return sets.filter((gates) => gates !== undefined && Object.keys(gates).length > 0);
}
function baselineModeFor(data, model) {
    return data.models[model]?.baseline ?? data.defaults?.baseline ?? 'recorded';
}
/** Inclusive bounds, with room for the last bits of floating point (0.91 - 0.01 is 0.9000000000000001). */
function atLeast(value, bound) {
    return value >= bound - 1e-9 * Math.max(1, Math.abs(bound));
}
function amountOf(amount, base) {
    if (typeof amount === 'number')
        return { value: amount, relative: false };
    return { value: (Math.abs(base) * Number(amount.slice(0, -1))) / 100, relative: true };
}
function changeRule(metric, gate, kind, candidate, baseline) {
    const amount = gate[kind];
    const rule = `${kind} ${amount}`;
    if (baseline === undefined)
        return {
            metric,
            candidate,
            baseline: null,
            rule,
            passed: true,
            note: 'no baseline: production has no value'
        };
    const higher = (gate.better ?? 'higher') === 'higher';
    const { value, relative } = amountOf(amount, baseline);
    if (relative && baseline === 0)
        return {
            metric,
            candidate,
            baseline,
            rule,
            passed: false,
            note: 'a relative rule needs a production value other than 0'
        };
    // Higher is better: at least base - regression, or base + improvement. Lower is better mirrors it.
    const sign = kind === 'max_regression' ? -1 : 1;
    const threshold = higher ? baseline + sign * value : baseline - sign * value;
    const passed = higher ? atLeast(candidate, threshold) : atLeast(-candidate, -threshold);
    const needed = `${higher ? '≥' : '≤'} ${Number(threshold.toPrecision(12))}`;
    return { metric, candidate, baseline, rule, passed, note: passed ? null : `needs ${needed}` };
}
/**
 * Every rule of every gated metric, each judged and every failure reported: absolute bounds always, change rules
 * against production's value when there is one (else skipped and said so). A gated metric the candidate lacks fails.
 */
function evaluateGates(gates, candidate, baseline) {
    const results = [];
    for (const [metric, gate] of Object.entries(gates)) {
        const value = candidate[metric];
        const base = baseline?.[metric];
        if (value === undefined) {
            results.push({
                metric,
                candidate: null,
                baseline: base ?? null,
                rule: 'measured',
                passed: false,
                note: 'the candidate has no value for this metric'
            });
            continue;
        }
        if (gate.min !== undefined)
            results.push({
                metric,
                candidate: value,
                baseline: base ?? null,
                rule: `min ${gate.min}`,
                passed: atLeast(value, gate.min),
                note: null
            });
        if (gate.max !== undefined)
            results.push({
                metric,
                candidate: value,
                baseline: base ?? null,
                rule: `max ${gate.max}`,
                passed: atLeast(-value, -gate.max),
                note: null
            });
        if (gate.max_regression !== undefined)
            results.push(changeRule(metric, gate, 'max_regression', value, base));
        if (gate.min_improvement !== undefined)
            results.push(changeRule(metric, gate, 'min_improvement', value, base));
    }
    return results;
}
function gatesPassed(results) {
    return results.every(result => result.passed);
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

/***/ 2633:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RX: () => (/* binding */ stageEntry),
/* harmony export */   a5: () => (/* binding */ soakShortfall),
/* harmony export */   cE: () => (/* binding */ judgeSoak)
/* harmony export */ });
/* harmony import */ var _pipeline_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2225);

/** The last move of a version into `stage` in a history; undefined when the history does not have one. */
function stageEntry(entries, committedAt, model, version, stage) {
    const entry = entries.findLast(candidate => candidate.model === model && candidate.version === version && candidate.to === stage);
    if (!entry)
        return undefined;
    return { commit: entry.commit, date: entry.commit ? (committedAt.get(entry.commit) ?? null) : null };
}
/**
 * How long a version has spent in `from` against the soak `target` asks for; undefined when `target` has none.
 * A move not committed yet, or not found in the history, has spent no time there.
 */
function judgeSoak(pipeline, from, target, entered, now) {
    const spec = (0,_pipeline_js__WEBPACK_IMPORTED_MODULE_0__/* .stageSpec */ .aJ)(pipeline, target);
    if (spec?.soak === undefined || spec.soakSeconds === undefined)
        return undefined;
    const since = entered?.date ? Date.parse(entered.date) : NaN;
    const elapsedSeconds = Number.isNaN(since) ? 0 : Math.max(0, (now.getTime() - since) / 1000);
    return {
        stage: from,
        target,
        soak: spec.soak,
        requiredSeconds: spec.soakSeconds,
        elapsedSeconds,
        remainingSeconds: Math.max(0, spec.soakSeconds - elapsedSeconds),
        entered
    };
}
/** "1.2.0 entered canary 3h 10m ago (commit abc1234): 20h 50m of the 24h soak remain" */
function soakShortfall(version, verdict) {
    const { entered } = verdict;
    const when = entered?.commit
        ? `entered ${verdict.stage} ${(0,_pipeline_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(verdict.elapsedSeconds)} ago (commit ${entered.commit.slice(0, 7)})`
        : entered
            ? `entered ${verdict.stage} in a change not committed yet`
            : `has no recorded time in ${verdict.stage}`;
    return `${version} ${when}: ${(0,_pipeline_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(verdict.remainingSeconds)} of the ${verdict.soak} soak before ${verdict.target} remain`;
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
