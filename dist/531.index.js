export const id = 531;
export const ids = [531];
export const modules = {

/***/ 6391:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ fenced),
/* harmony export */   v: () => (/* binding */ logFenced)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

/**
 * Text from a manifest or a validation, written to the log so that the runner obeys no workflow command in it:
 * workflow commands are stopped with a token no text can guess, and resumed after. (@actions/core has no call for
 * stop-commands: it is written as the runner reads it.)
 */
async function fenced(work) {
    const resume = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)();
    process.stdout.write(`::stop-commands::${resume}\n`);
    try {
        return await work(text => process.stdout.write(text));
    }
    finally {
        process.stdout.write(`\n::${resume}::\n`);
    }
}
/** One text from a manifest or a validation, as a fenced log line. */
function logFenced(text) {
    return fenced(write => write(text));
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
var read = __webpack_require__(8553);
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
            stages = (0,read/* readStageMap */.rx)(text.toString('utf8'), name);
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
        const keys = modelKeys(oldBlock, layout.modelIndent);
        if (keys !== modelKeys(newBlock, layout.modelIndent))
            return undefined;
        let newModels;
        try {
            newModels = (0,read/* readStageMap */.rx)(`models:\n${newBlock}`, '');
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
 * Every transition along the first-parent history of `revision`, oldest first, read with two git processes
 * whatever the number of commits (one `git log`, one streamed `git cat-file --batch`). Each revision is folded
 * into the history as it arrives and dropped: memory holds two revisions, not all of them. `uncommitted`, the
 * work tree's manifest, comes last when given.
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
    await git.streamObjects(commits.map(commit => `${commit.commit}:${repoPath}`), content => {
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

/***/ 2969:
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
/** The most of a validation's output any report quotes: well inside GitHub's 65,536-character bodies. */
const TAIL_CHARACTERS = 4000;
/**
 * The end of a validation's output as a terminal would show it: each line at its last state (a progress bar
 * redraws its line with \r), the last `count` lines, at most TAIL_CHARACTERS of them, saying how much was cut.
 */
function lastLines(text, count) {
    const lines = text
        .replace(/\s+$/, '')
        .split('\n')
        .map(line => {
        const shown = line.replace(/\r+$/, '');
        return shown.slice(shown.lastIndexOf('\r') + 1);
    });
    const tail = lines.slice(-count).join('\n');
    if (tail.length <= TAIL_CHARACTERS)
        return tail;
    const cut = tail.length - TAIL_CHARACTERS;
    return `… (${cut} characters cut)\n${tail.slice(-TAIL_CHARACTERS)}`;
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
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/manifest/names.ts
var names = __webpack_require__(6629);
// EXTERNAL MODULE: ./src/manifest/profile.ts
var profile = __webpack_require__(9880);
// EXTERNAL MODULE: ./src/reporting/quote.ts
var quote = __webpack_require__(4454);
;// CONCATENATED MODULE: ./src/commands/metrics-file.ts






/** The most MODEL_METRICS_FILE may hold: a JSON object of at most MAX_METRICS numbers is far smaller. */
const METRICS_FILE_LIMIT = 64 * 1024;
/**
 * What the validation wrote to MODEL_METRICS_FILE: nothing (no file, or an empty one), a JSON object of metric
 * name → number, or why it cannot be used. Anything but a regular file (a directory, a FIFO, a symlink), a file
 * over the limit, invalid JSON, a repeated key, a name that is not a metric name or a value that is not a number is
 * an error: the gates never judge a measurement that could not be read. The file is opened without following a link
 * and without blocking, so that nothing the validation left there can hold the run.
 */
async function readMetricsFile(file) {
    let handle;
    try {
        handle = await (0,promises_.open)(file, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NOFOLLOW | external_node_fs_.constants.O_NONBLOCK);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT')
            return {};
        if (code === 'ELOOP')
            return { error: 'MODEL_METRICS_FILE is a symbolic link: write the metrics to the file itself' };
        return { error: `MODEL_METRICS_FILE cannot be read (${code ?? String(error)})` };
    }
    try {
        const stat = await handle.stat();
        if (!stat.isFile())
            return {
                error: `MODEL_METRICS_FILE is ${stat.isDirectory() ? 'a directory' : 'not a regular file'}: write a JSON object of metric name → number to it`
            };
        if (stat.size > METRICS_FILE_LIMIT)
            return {
                error: `MODEL_METRICS_FILE holds ${stat.size} bytes, over the ${METRICS_FILE_LIMIT} a JSON object of at most ${names/* MAX_METRICS */.ZF} metrics needs`
            };
        const text = (await handle.readFile({ encoding: 'utf8' })).slice(0, METRICS_FILE_LIMIT);
        return parseMetrics(text);
    }
    finally {
        await handle.close();
    }
}
function parseMetrics(text) {
    if (text.trim() === '')
        return {};
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch {
        return { error: `MODEL_METRICS_FILE does not hold JSON: ${(0,quote/* quoted */.T)(text)}` };
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
        return { error: 'MODEL_METRICS_FILE must hold a JSON object of metric name → number' };
    // JSON.parse keeps the last of a repeated key; the plain-data reader refuses it, as it does in the manifest.
    const repeated = (0,profile/* readPlainData */.B)(text).problems.find(problem => problem.message.startsWith('duplicate key'));
    if (repeated)
        return { error: `MODEL_METRICS_FILE: ${repeated.message}` };
    const entries = Object.entries(parsed);
    if (entries.length > names/* MAX_METRICS */.ZF)
        return {
            error: `MODEL_METRICS_FILE holds ${entries.length} metrics: at most ${names/* MAX_METRICS */.ZF} are recorded`
        };
    for (const [name, value] of entries) {
        // A validation can read what its parent process holds: a secret of the run is never recorded as a name.
        if ((0,secrets/* holdsSecret */.hK)(name))
            return { error: 'MODEL_METRICS_FILE: a metric name holds a secret of this run; it is never recorded' };
        if (!names/* METRIC_NAME_PATTERN */.Sg.test(name))
            return { error: `MODEL_METRICS_FILE: ${(0,quote/* quoted */.T)(name)} is not a metric name (${names/* METRIC_NAME_RULE */.SS})` };
        if (typeof value !== 'number' || !Number.isFinite(value))
            return {
                error: `MODEL_METRICS_FILE: metric ${name} is ${(0,quote/* quoted */.T)(JSON.stringify(value) ?? String(value))}, not a number`
            };
    }
    return { metrics: parsed };
}

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
            `Set ${stageSetting}models.${subject.model}.validate or defaults.validate in the manifest, or give this run one (--validate, or the validate input of the action)`);
    }
    return runValidation({
        command,
        cwd: workspace.root,
        env: validationEnvironment(workspace, subject, metricsFile),
        timeoutSeconds: options.timeoutSeconds,
        onOutput: options.onOutput
    });
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
 * version's metrics (recorded, or measured again in this run with `baseline: rerun`). What it found, not whether the
 * version may enter: that is the admission's verdict.
 */
async function validateForStage(workspace, data, subject, options, production) {
    const candidate = await measure(workspace, data, subject, options);
    const result = {
        state: 'ran',
        result: candidate.validation,
        gates: [],
        measured: candidate.metrics
    };
    if (candidate.validation.status !== 'passed')
        return result;
    if (candidate.error)
        return { ...result, problem: candidate.error };
    const gates = (0,stages_gates/* gatesFor */.wQ)(data, subject.model, subject.target);
    if (gates.length === 0)
        return result;
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
                problem: `the live version ${production.version} could not be measured again (baseline: rerun): ${champion.error ?? `its validation ${champion.validation.status}`}`
            };
        baseline = champion.metrics ?? production.metrics;
    }
    const recorded = data.models[subject.model]?.versions.get(subject.version)?.metrics;
    return {
        ...result,
        gates: gates.flatMap(set => (0,stages_gates/* evaluateGates */.ud)(set, candidate.metrics ?? recorded ?? {}, baseline))
    };
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
        // Own values only: a metric named toString is a name, never Object.prototype.toString.
        const value = Object.hasOwn(candidate, metric) ? candidate[metric] : undefined;
        const base = baseline && Object.hasOwn(baseline, metric) ? baseline[metric] : undefined;
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
