export const id = 781;
export const ids = [781];
export const modules = {

/***/ 3753:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $f: () => (/* binding */ isSecret),
/* harmony export */   E$: () => (/* binding */ redact),
/* harmony export */   hK: () => (/* binding */ holdsSecret)
/* harmony export */ });
/* unused harmony export registerSecret */
/**
 * The secrets of this run (the token, and the forms git sends it in). Every text model-stages writes or sends
 * goes through `redact`, and no secret is handed to a validation command's environment.
 */
const secrets = new Set();
function registerSecret(value) {
    if (value.trim().length === 0)
        return;
    secrets.add(value);
    secrets.add(Buffer.from(`x-access-token:${value}`, 'utf8').toString('base64'));
}
function isSecret(value) {
    return secrets.has(value);
}
/** Whether a text holds a secret of this run anywhere in it. */
function holdsSecret(text) {
    for (const secret of secrets)
        if (text.includes(secret))
            return true;
    return false;
}
function redact(text) {
    let result = text;
    for (const secret of secrets)
        result = result.replaceAll(secret, '***');
    return result;
}


/***/ }),

/***/ 8557:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lb: () => (/* binding */ runValidation)
/* harmony export */ });
/* unused harmony exports inheritedEnvironment, TAIL_CHARACTERS, lastLines */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3753);


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
        if (value === undefined || name.startsWith('INPUT_') || RUNNER_INTERNALS.has(name) || (0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .isSecret */ .$f)(value))
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
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('/bin/sh', ['-c', request.command], {
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


/***/ }),

/***/ 2781:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  T: () => (/* binding */ canDigest),
  G: () => (/* binding */ takeDigest)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
;// CONCATENATED MODULE: ./src/adapters/digest.ts






const hex = (hash) => `sha256:${hash.digest('hex')}`;
/** The sha256 of a file, read once as a stream: memory stays constant whatever the size. */
async function fileDigest(file) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    await (0,external_node_stream_promises_.pipeline)((0,external_node_fs_.createReadStream)(file, { highWaterMark: 1 << 20 }), hash);
    return hex(hash);
}
/** Every file below `root`, as sorted relative paths with `/` separators; a symbolic link is refused. */
async function filesBelow(root) {
    const found = [];
    const walk = async (relative) => {
        const entries = await (0,promises_.readdir)(external_node_path_default().join(root, relative), { withFileTypes: true });
        for (const entry of entries) {
            const child = relative ? `${relative}/${entry.name}` : entry.name;
            if (entry.isSymbolicLink())
                throw new Error(`${child} is a symbolic link: a directory's digest is taken over regular files only`);
            if (entry.isDirectory())
                await walk(child);
            else if (entry.isFile())
                found.push(child);
            else
                throw new Error(`${child} is not a regular file`);
        }
    };
    await walk('');
    // Byte order of the UTF-8 paths, so that the digest does not depend on the platform's collation.
    return found.sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
}
/**
 * A directory's digest: the sha256 of the lines `<sha256 hex of the file>  <relative path>\n`, one per regular
 * file, sorted by path (what `sha256sum` prints for the sorted files, so it can be checked by hand:
 * `find . -type f | LC_ALL=C sort | sed 's|^./||' | xargs sha256sum | sha256sum`). Symbolic links are refused.
 */
async function directoryDigest(root) {
    const listing = (0,external_node_crypto_.createHash)('sha256');
    for (const file of await filesBelow(root)) {
        const digest = await fileDigest(external_node_path_default().join(root, file));
        listing.update(`${digest.slice('sha256:'.length)}  ${file}\n`);
    }
    return hex(listing);
}
/** A local path's digest: a file's or a directory's. */
async function pathDigest(target) {
    const stat = await (0,promises_.lstat)(target);
    if (stat.isSymbolicLink())
        throw new Error(`${target} is a symbolic link: give the path it points to`);
    if (stat.isDirectory())
        return directoryDigest(target);
    if (stat.isFile())
        return fileDigest(target);
    throw new Error(`${target} is not a file or a directory`);
}
/** The sha256 of what an http(s) URL serves, hashed as it streams in. */
async function urlDigest(url, timeoutMs = 10 * 60 * 1000) {
    const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), redirect: 'follow' });
    if (!response.ok || !response.body)
        throw new Error(`${url} answered ${response.status} ${response.statusText}: nothing to hash`);
    const hash = (0,external_node_crypto_.createHash)('sha256');
    await (0,external_node_stream_promises_.pipeline)(external_node_stream_.Readable.fromWeb(response.body), hash);
    return hex(hash);
}
/** What a digest command printed: its last line, `sha256:<hex>` or the bare hex as sha256sum prints it. */
function digestFromOutput(output) {
    const last = output.trim().split('\n').at(-1)?.trim() ?? '';
    const match = /^(?:sha256:)?([0-9a-f]{64})(?:\s.*)?$/.exec(last);
    return match ? `sha256:${match[1]}` : undefined;
}

// EXTERNAL MODULE: ./src/adapters/validation.ts
var validation = __webpack_require__(8557);
// EXTERNAL MODULE: ./src/stages/errors.ts
var errors = __webpack_require__(480);
// EXTERNAL MODULE: ./src/commands/validate.ts
var validate = __webpack_require__(10);
;// CONCATENATED MODULE: ./src/commands/digest.ts







/** The local path a uri names: a path (relative to the repository root) or a file: URL; undefined for any other scheme. */
function localPath(workspace, uri) {
    if (uri.startsWith('file:'))
        return (0,external_node_url_.fileURLToPath)(uri);
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(uri))
        return undefined;
    return external_node_path_default().resolve(workspace.root, uri);
}
function digestCommandOf(data, model) {
    const command = data.models[model]?.digest ?? data.defaults?.digest;
    return command?.trim() ? command : undefined;
}
/** Whether model-stages can take the digest of `uri` at all: a local path that exists, http(s), or a digest command. */
function canDigest(workspace, data, model, uri) {
    const local = localPath(workspace, uri);
    if (local !== undefined)
        return (0,external_node_fs_.existsSync)(local);
    return /^https?:\/\//i.test(uri) || digestCommandOf(data, model) !== undefined;
}
/**
 * The digest of a version's artifact, taken now: a local file or directory is hashed here, an http(s) URL is
 * fetched and hashed as it streams, anything else (s3://, gs://, hf://) by the manifest's digest command, run like
 * the validation (same environment, no secrets), whose last line of output is the digest.
 */
async function takeDigest(workspace, data, subject, timeoutSeconds) {
    const uri = subject.uri;
    if (!uri)
        throw new errors/* InputError */.dz(`${subject.model} ${subject.version} has no uri: there is nothing to take a digest of`);
    const local = localPath(workspace, uri);
    if (local !== undefined)
        return { digest: await pathDigest(local), source: 'path' };
    if (/^https?:\/\//i.test(uri))
        return { digest: await urlDigest(uri), source: 'url' };
    const command = digestCommandOf(data, subject.model);
    if (!command)
        throw new errors/* InputError */.dz(`model-stages cannot read ${uri} itself: declare a digest command (models.${subject.model}.digest or ` +
            'defaults.digest) that prints its sha256, or give the digest (--digest, or the digest input)');
    const run = await (0,validation/* runValidation */.Lb)({
        command,
        cwd: workspace.root,
        env: (0,validate/* validationEnvironment */.vq)(workspace, subject),
        timeoutSeconds
    });
    const digest = run.status === 'passed' ? digestFromOutput(run.tail) : undefined;
    if (!digest)
        throw new errors/* RefusedError */.fk(`the digest command of ${subject.model} ${run.status === 'passed' ? 'printed no sha256 on its last line' : `${run.status} (exit ${run.exitCode ?? run.signal})`}: ${run.tail.split('\n').slice(-3).join(' ').slice(0, 200)}`);
    return { digest, source: 'command' };
}


/***/ }),

/***/ 2566:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ readMetricsFile)
/* harmony export */ });
/* unused harmony export METRICS_FILE_LIMIT */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _manifest_names_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6629);
/* harmony import */ var _manifest_profile_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9880);
/* harmony import */ var _adapters_secrets_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3753);
/* harmony import */ var _reporting_quote_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4454);






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
        handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(file, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK);
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
                error: `MODEL_METRICS_FILE holds ${stat.size} bytes, over the ${METRICS_FILE_LIMIT} a JSON object of at most ${_manifest_names_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_METRICS */ .ZF} metrics needs`
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
        return { error: `MODEL_METRICS_FILE does not hold JSON: ${(0,_reporting_quote_js__WEBPACK_IMPORTED_MODULE_5__/* .quoted */ .T)(text)}` };
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
        return { error: 'MODEL_METRICS_FILE must hold a JSON object of metric name → number' };
    // JSON.parse keeps the last of a repeated key; the plain-data reader refuses it, as it does in the manifest.
    const repeated = (0,_manifest_profile_js__WEBPACK_IMPORTED_MODULE_2__/* .readPlainData */ .B)(text).problems.find(problem => problem.message.startsWith('duplicate key'));
    if (repeated)
        return { error: `MODEL_METRICS_FILE: ${repeated.message}` };
    const entries = Object.entries(parsed);
    if (entries.length > _manifest_names_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_METRICS */ .ZF)
        return {
            error: `MODEL_METRICS_FILE holds ${entries.length} metrics: at most ${_manifest_names_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_METRICS */ .ZF} are recorded`
        };
    for (const [name, value] of entries) {
        // A validation can read what its parent process holds: a secret of the run is never recorded as a name.
        if ((0,_adapters_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .holdsSecret */ .hK)(name))
            return { error: 'MODEL_METRICS_FILE: a metric name holds a secret of this run; it is never recorded' };
        if (!_manifest_names_js__WEBPACK_IMPORTED_MODULE_4__/* .METRIC_NAME_PATTERN */ .Sg.test(name))
            return { error: `MODEL_METRICS_FILE: ${(0,_reporting_quote_js__WEBPACK_IMPORTED_MODULE_5__/* .quoted */ .T)(name)} is not a metric name (${_manifest_names_js__WEBPACK_IMPORTED_MODULE_4__/* .METRIC_NAME_RULE */ .SS})` };
        if (typeof value !== 'number' || !Number.isFinite(value))
            return {
                error: `MODEL_METRICS_FILE: metric ${name} is ${(0,_reporting_quote_js__WEBPACK_IMPORTED_MODULE_5__/* .quoted */ .T)(JSON.stringify(value) ?? String(value))}, not a number`
            };
    }
    return { metrics: parsed };
}


/***/ }),

/***/ 10:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LQ: () => (/* binding */ validationCommand),
/* harmony export */   _M: () => (/* binding */ validateForStage),
/* harmony export */   cT: () => (/* binding */ judgeMeasurement),
/* harmony export */   vq: () => (/* binding */ validationEnvironment),
/* harmony export */   xP: () => (/* binding */ measure)
/* harmony export */ });
/* unused harmony export validateVersion */
/* harmony import */ var _adapters_validation_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8557);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _stages_errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(480);
/* harmony import */ var _stages_gates_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5991);
/* harmony import */ var _stages_pipeline_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2225);
/* harmony import */ var _metrics_file_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2566);








/** The command a version must pass to enter `target`: the override, else the stage's, the model's, the defaults'. */
function validationCommand(data, model, override, target) {
    const stage = target === undefined ? undefined : (0,_stages_pipeline_js__WEBPACK_IMPORTED_MODULE_5__/* .stageSpec */ .aJ)((0,_stages_pipeline_js__WEBPACK_IMPORTED_MODULE_5__/* .pipelineOf */ .gQ)(data), target);
    const command = override?.trim()
        ? override
        : (stage?.validate ?? data.models[model]?.validate ?? data.defaults?.validate);
    return command?.trim() ? command : undefined;
}
function validationEnvironment(workspace, subject, metricsFile, shard) {
    return {
        ...(metricsFile ? { MODEL_METRICS_FILE: metricsFile } : {}),
        ...(shard ? { MODEL_SHARD_INDEX: String(shard.index), MODEL_SHARD_COUNT: String(shard.count) } : {}),
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
        throw new _stages_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .InputError */ .dz(`no validation command for ${subject.model}: a version enters ${subject.target} only after validation. ` +
            `Set ${stageSetting}models.${subject.model}.validate or defaults.validate in the manifest, or give this run one (--validate, or the validate input of the action)`);
    }
    return (0,_adapters_validation_js__WEBPACK_IMPORTED_MODULE_0__/* .runValidation */ .Lb)({
        command,
        cwd: workspace.root,
        env: validationEnvironment(workspace, subject, metricsFile, options.shard),
        timeoutSeconds: options.timeoutSeconds,
        onOutput: options.onOutput
    });
}
/** Runs a validation with a fresh MODEL_METRICS_FILE and reads what it measured. */
async function measure(workspace, data, subject, options) {
    const folder = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdtemp)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join((0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), 'model-stages-metrics-'));
    try {
        const file = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(folder, 'metrics.json');
        const validation = await validateVersion(workspace, data, subject, options, file);
        return { validation, ...(await (0,_metrics_file_js__WEBPACK_IMPORTED_MODULE_6__/* .readMetricsFile */ ._)(file)) };
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(folder, { recursive: true, force: true });
    }
}
/**
 * The validation of a version entering a stage: its command, then the metric gates of that stage against the live
 * version's metrics (recorded, or measured again in this run with `baseline: rerun`). What it found, not whether the
 * version may enter: that is the admission's verdict.
 */
async function validateForStage(workspace, data, subject, options, production) {
    const candidate = await measure(workspace, data, subject, options);
    return judgeMeasurement(data, subject, candidate, production, champion => measure(workspace, data, champion, options));
}
/**
 * A measurement judged against the stage's gates: the live version's recorded metrics, or (`baseline: rerun`) the
 * live version measured again by `remeasure`; without `remeasure` (a gathered result: nothing runs) that is a
 * problem, not a comparison with numbers nobody measured in this evaluation.
 */
async function judgeMeasurement(data, subject, candidate, production, remeasure) {
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
    const gates = (0,_stages_gates_js__WEBPACK_IMPORTED_MODULE_4__/* .gatesFor */ .wQ)(data, subject.model, subject.target);
    if (gates.length === 0)
        return result;
    let baseline = production?.metrics;
    if (production &&
        production.version !== subject.version &&
        (0,_stages_gates_js__WEBPACK_IMPORTED_MODULE_4__/* .baselineModeFor */ .wD)(data, subject.model) === 'rerun') {
        if (!remeasure)
            return {
                ...result,
                problem: `baseline: rerun measures the live version ${production.version} again in the same run, and gathered ` +
                    'results run nothing: use baseline: recorded for a model whose validation fans out'
            };
        const champion = await remeasure({
            model: subject.model,
            version: production.version,
            uri: production.uri,
            stage: (0,_stages_pipeline_js__WEBPACK_IMPORTED_MODULE_5__/* .lastStage */ .TX)((0,_stages_pipeline_js__WEBPACK_IMPORTED_MODULE_5__/* .pipelineOf */ .gQ)(data)).name,
            target: subject.target
        });
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
        gates: gates.flatMap(set => (0,_stages_gates_js__WEBPACK_IMPORTED_MODULE_4__/* .evaluateGates */ .ud)(set, candidate.metrics ?? recorded ?? {}, baseline))
    };
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


/***/ })

};
