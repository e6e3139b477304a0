export const id = 306;
export const ids = [306];
export const modules = {

/***/ 5306:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runValidate: () => (/* binding */ runValidate)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/adapters/files.ts
var files = __webpack_require__(9771);
// EXTERNAL MODULE: ./src/commands/fan-out/result-file.ts
var result_file = __webpack_require__(8819);
;// CONCATENATED MODULE: ./src/commands/fan-out/run-origin.ts
/** The workflow run and job a result comes from, as the runner's variables name them; empty outside Actions. */
function runOrigin(env = process.env) {
    const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
    const repository = env.GITHUB_REPOSITORY;
    const id = env.GITHUB_RUN_ID;
    const origin = {};
    if (repository)
        origin.repository = repository;
    if (id)
        origin.id = id;
    if (env.GITHUB_RUN_ATTEMPT)
        origin.attempt = env.GITHUB_RUN_ATTEMPT;
    if (env.GITHUB_JOB)
        origin.job = env.GITHUB_JOB;
    if (repository && id)
        origin.url = `${server}/${repository}/actions/runs/${id}`;
    return origin;
}

// EXTERNAL MODULE: ./src/adapters/secrets.ts
var secrets = __webpack_require__(3753);
// EXTERNAL MODULE: ./src/manifest/read.ts
var read = __webpack_require__(8553);
// EXTERNAL MODULE: ./src/stages/errors.ts
var errors = __webpack_require__(480);
// EXTERNAL MODULE: ./src/commands/digest.ts + 1 modules
var commands_digest = __webpack_require__(2781);
// EXTERNAL MODULE: ./src/commands/moves.ts + 1 modules
var moves = __webpack_require__(438);
// EXTERNAL MODULE: ./src/commands/validate.ts
var validate = __webpack_require__(10);
// EXTERNAL MODULE: ./src/commands/fan-out/fingerprint.ts
var fingerprint = __webpack_require__(5765);
;// CONCATENATED MODULE: ./src/commands/fan-out/validate-one.ts








/**
 * Validates one candidate (one shard of it) exactly as a promotion would, and says what it found as a result file:
 * nothing is written to the manifest, and no token is needed. The admission (soak, gates, the pipeline) is for the
 * job that gathers the results.
 */
async function validateOne(workspace, text, request, options, run) {
    const data = await (0,read/* readManifest */.WI)(text, workspace.manifestName);
    const plan = (0,moves/* planMove */.Xk)('promote', data, { model: request.model, version: request.version, to: request.to });
    const move = plan.transitions.find(transition => transition.cause === 'requested');
    if (!move || move.to === null)
        throw new errors/* InputError */.dz(`nothing to validate: ${plan.note ?? 'no move'}`);
    const declared = data.models[request.model]?.shards ?? 1;
    const shard = request.shard ?? { index: 1, count: 1 };
    if (shard.count !== declared)
        throw new errors/* InputError */.dz(declared === 1
            ? `${request.model} declares no shards: validate it whole (leave out the shard)`
            : `${request.model} declares shards: ${declared}: give the shard as I/${declared} (from the plan's matrix)`);
    const entry = data.models[request.model]?.versions.get(plan.version);
    const subject = {
        model: plan.model,
        version: plan.version,
        uri: entry?.uri,
        stage: move.from ?? '',
        target: move.to
    };
    // Taken where the artifact is validated; the job that gathers compares it with the recorded one.
    const digest = entry?.digest
        ? (await (0,commands_digest/* takeDigest */.G)(workspace, data, subject, options.timeoutSeconds)).digest
        : null;
    const measured = await (0,validate/* measure */.xP)(workspace, data, subject, { ...options, ...(declared > 1 ? { shard } : {}) });
    const { validation } = measured;
    return {
        kind: result_file/* RESULT_KIND */.j_,
        format: 1,
        model: plan.model,
        version: plan.version,
        from: move.from ?? '',
        to: move.to,
        shard,
        manifest: {
            path: workspace.manifestName,
            blob: (0,fingerprint/* gitBlobId */.t)(text),
            model: (0,fingerprint/* modelFingerprint */.g)(data, plan.model)
        },
        validation: {
            status: validation.status,
            command: (0,secrets/* redact */.E$)(validation.command),
            exitCode: validation.exitCode,
            signal: validation.signal,
            durationMs: validation.durationMs,
            tail: (0,secrets/* redact */.E$)(validation.tail)
        },
        metrics: measured.metrics ?? null,
        digest,
        problem: measured.error === undefined ? null : (0,secrets/* redact */.E$)(measured.error),
        run
    };
}

// EXTERNAL MODULE: ./src/commands/workspace.ts + 1 modules
var commands_workspace = __webpack_require__(7112);
// EXTERNAL MODULE: ./src/reporting/describe.ts
var describe = __webpack_require__(4465);
// EXTERNAL MODULE: ./src/reporting/markdown.ts
var markdown = __webpack_require__(1093);
// EXTERNAL MODULE: ./src/action/fence.ts
var fence = __webpack_require__(6391);
// EXTERNAL MODULE: ./src/action/outputs.ts
var outputs = __webpack_require__(8948);
// EXTERNAL MODULE: ./src/action/summary.ts
var summary = __webpack_require__(8770);
// EXTERNAL MODULE: ./src/action/validation-log.ts
var validation_log = __webpack_require__(352);
;// CONCATENATED MODULE: ./src/action/run-validate.ts













/**
 * validate: one candidate (one shard) of a fanned-out evaluation, its result written to a file for the job that
 * gathers them. Nothing else is written, and no API is called: the job needs no write token.
 */
async function runValidate(inputs, workspace) {
    const { request } = inputs;
    const text = await (0,commands_workspace/* readWorkspaceManifest */.P_)(workspace);
    const shard = request.shard ? ` shard ${request.shard.index}/${request.shard.count}` : '';
    const result = await (0,validation_log/* withValidationLog */.g)(`Validate ${request.model}${shard}`, request, options => validateOne(workspace, text, request, options, runOrigin()));
    const file = external_node_path_default().resolve(workspace.root, request.result);
    await (0,promises_.mkdir)(external_node_path_default().dirname(file), { recursive: true });
    await (0,files/* writeFileAtomic */.Z)(file, (0,result_file/* resultFileText */.RG)(result));
    (0,outputs/* setOutput */.u)('result', file);
    (0,outputs/* setOutput */.u)('model', result.model);
    (0,outputs/* setOutput */.u)('version', result.version);
    (0,outputs/* setOutput */.u)('validation', result.validation.status === 'passed' ? 'passed' : 'failed');
    (0,outputs/* setOutput */.u)('changed', 'false');
    const sentence = (0,describe/* validationSentence */.JJ)(result.validation);
    await (0,fence/* logFenced */.v)(`${result.model} ${result.version}${shard}: ${sentence} Result: ${request.result}`);
    await (0,summary/* writeSummary */.S)([
        `## model-stages: validate ${result.model} \`${result.version}\`${shard} for ${result.to}`,
        sentence,
        result.problem ? `Its metrics cannot be used: ${result.problem}` : '',
        (0,markdown/* outputTailBlock */.vw)(result.validation),
        `Result written to \`${request.result}\`: upload it for the job that gathers the results.`
    ]
        .filter(Boolean)
        .join('\n\n'));
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

/***/ 5765:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ modelFingerprint),
/* harmony export */   t: () => (/* binding */ gitBlobId)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

/**
 * What a model's validation was planned and run against: its own entry and the settings that apply to it (stages,
 * defaults), as data. A result whose fingerprint differs from the manifest's now is stale: the model changed since.
 */
function modelFingerprint(data, model) {
    const entry = data.models[model];
    if (!entry)
        return undefined;
    const canonical = JSON.stringify({
        stages: data.stages ?? null,
        defaults: data.defaults ?? null,
        model: { ...entry, versions: [...entry.versions] }
    });
    return `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(canonical).digest('hex')}`;
}
/** The id git gives a file's content (`git hash-object`): which manifest text a result came from. */
function gitBlobId(text) {
    const bytes = Buffer.from(text, 'utf8');
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}


/***/ }),

/***/ 8819:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RG: () => (/* binding */ resultFileText),
/* harmony export */   Rj: () => (/* binding */ RESULT_FILE_LIMIT),
/* harmony export */   j_: () => (/* binding */ RESULT_KIND),
/* harmony export */   lf: () => (/* binding */ parseResultFile)
/* harmony export */ });
/* unused harmony export ResultFileSchema */
/* harmony import */ var zod_mini__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5395);
/* harmony import */ var zod_mini__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3759);
/* harmony import */ var _manifest_names_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6629);
/* harmony import */ var _manifest_schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8277);
/* harmony import */ var _manifest_profile_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9880);




/** What a result file says it is: a reader refuses anything else. */
const RESULT_KIND = 'model-stages/validation-result';
/** A result file is small: a tail of at most a few thousand characters and at most MAX_METRICS numbers. */
const RESULT_FILE_LIMIT = 256 * 1024;
const name = (pattern) => zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().check(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* ._regex */ .Fk(pattern));
const count = zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .int */ .Whr().check(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* ._gte */ .qm(1), zod_mini__WEBPACK_IMPORTED_MODULE_3__/* ._lte */ .Zm(_manifest_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_SHARDS */ .hH));
const ResultFileSchema = zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    kind: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz(RESULT_KIND),
    format: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz(1),
    model: name(_manifest_names_js__WEBPACK_IMPORTED_MODULE_4__/* .MODEL_NAME_PATTERN */ .lM),
    version: name(_manifest_names_js__WEBPACK_IMPORTED_MODULE_4__/* .VERSION_PATTERN */ .Q6),
    from: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    to: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    shard: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({ index: count, count }),
    manifest: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
        path: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
        blob: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().check(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* ._regex */ .Fk(/^[0-9a-f]{40}$/)),
        model: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().check(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* ._regex */ .Fk(/^sha256:[0-9a-f]{64}$/))
    }),
    validation: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
        status: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['passed', 'failed', 'timed-out']),
        command: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
        exitCode: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .nullable */ .mee(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .int */ .Whr()),
        signal: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .nullable */ .mee(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()),
        durationMs: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().check(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* ._nonnegative */ .UI()),
        tail: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().check(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* ._maxLength */ .Eb(8192))
    }),
    metrics: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .nullable */ .mee(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(name(_manifest_names_js__WEBPACK_IMPORTED_MODULE_4__/* .METRIC_NAME_PATTERN */ .Sg), zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig())
        .check(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .refine */ .YPB(metrics => Object.keys(metrics).length <= _manifest_names_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_METRICS */ .ZF))),
    /** The artifact's digest where it was validated, taken when the manifest records one. */
    digest: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .nullable */ .mee(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().check(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* ._regex */ .Fk(/^sha256:[0-9a-f]{64}$/))),
    /** Why the metrics the validation wrote could not be used. */
    problem: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .nullable */ .mee(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()),
    /** The workflow run and job it came from, when it ran in one. */
    run: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
        repository: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .optional */ .lqM(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()),
        id: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .optional */ .lqM(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()),
        attempt: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .optional */ .lqM(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()),
        job: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .optional */ .lqM(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()),
        url: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .optional */ .lqM(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP())
    })
})
    .check(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .refine */ .YPB(result => result.shard.index <= result.shard.count, { path: ['shard', 'index'] }));
/** A result file's text, or why it cannot be taken: the path is the caller's to name. */
function parseResultFile(text) {
    if (text.length > RESULT_FILE_LIMIT)
        return {
            problem: `it holds ${text.length} characters, over the ${RESULT_FILE_LIMIT} a result file needs`
        };
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch (error) {
        return { problem: `it is not JSON (${error instanceof Error ? error.message : String(error)})` };
    }
    // JSON.parse keeps the last of a repeated key: the plain-data reader refuses it, as everywhere else.
    const repeated = (0,_manifest_profile_js__WEBPACK_IMPORTED_MODULE_1__/* .readPlainData */ .B)(text).problems.find(problem => problem.message.startsWith('duplicate key'));
    if (repeated)
        return { problem: repeated.message };
    const checked = ResultFileSchema.safeParse(parsed);
    if (!checked.success) {
        const issue = checked.error.issues[0];
        const where = issue?.path.length ? issue.path.join('.') : 'the file';
        const kind = typeof parsed === 'object' && parsed !== null && 'kind' in parsed
            ? parsed.kind
            : undefined;
        if (kind !== RESULT_KIND)
            return { problem: `it is not a model-stages validation result (kind ${RESULT_KIND})` };
        return { problem: `${where}: ${issue?.message ?? 'not as a result file has it'}` };
    }
    return { result: checked.data };
}
function resultFileText(result) {
    return `${JSON.stringify(result, null, 2)}\n`;
}


/***/ }),

/***/ 438:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  RI: () => (/* binding */ isEnter),
  Ju: () => (/* binding */ moveArgs),
  Xk: () => (/* binding */ planMove)
});

// UNUSED EXPORTS: MOVE_COMMANDS

// EXTERNAL MODULE: ./src/manifest/closest-word.ts
var closest_word = __webpack_require__(1755);
// EXTERNAL MODULE: ./src/stages/errors.ts
var errors = __webpack_require__(480);
// EXTERNAL MODULE: ./src/stages/pipeline.ts
var stages_pipeline = __webpack_require__(2225);
// EXTERNAL MODULE: ./src/manifest/names.ts
var names = __webpack_require__(6629);
// EXTERNAL MODULE: ./src/stages/admission.ts
var admission = __webpack_require__(3194);
// EXTERNAL MODULE: ./src/stages/queries.ts
var queries = __webpack_require__(7331);
// EXTERNAL MODULE: ./src/stages/rules.ts
var rules = __webpack_require__(4128);
;// CONCATENATED MODULE: ./src/stages/plan.ts







function stageOf(data, model, version) {
    (0,names/* assertVersionString */.mk)(version);
    const entry = (0,queries/* versionsOf */.x4)(data, model).get(version);
    if (!entry) {
        const known = [...(0,queries/* versionsOf */.x4)(data, model).keys()];
        throw new errors/* InputError */.dz(`unknown version ${version} of ${model}; it has: ${known.length > 0 ? known.join(', ') : 'no versions'}`);
    }
    return entry.stage;
}
/** The data after the transitions: copies along the changed paths only, never the whole manifest. */
function applyTransitions(data, transitions, added) {
    const models = { ...data.models };
    for (const { model, version, to } of transitions) {
        const current = models[model] ?? { versions: new Map() };
        const versions = new Map(current.versions);
        const existing = versions.get(version);
        if (to === null)
            versions.delete(version);
        else if (existing)
            versions.set(version, { ...existing, stage: to });
        else
            versions.set(version, { ...added, stage: to });
        models[model] = { ...current, versions };
    }
    return { ...data, models };
}
function build(operation, data, model, version, transitions) {
    const changes = transitions.map(({ model, version, to }) => ({
        kind: 'set-stage',
        model,
        version,
        stage: to
    }));
    return {
        operation,
        model,
        version,
        transitions,
        needsValidation: (0,admission/* needsValidation */.xo)(operation),
        changes,
        result: applyTransitions(data, transitions)
    };
}
function noop(operation, data, model, version, note) {
    return {
        operation,
        model,
        version,
        transitions: [],
        needsValidation: false,
        changes: [],
        result: data,
        note
    };
}
function refuse(pipeline, model, version, from, to, advice = '') {
    throw new errors/* RefusedError */.fk(`${model} ${version}: ${(0,rules/* illegalMoveMessage */.$e)(from, to, pipeline)}${advice ? `. ${advice}` : ''}`);
}
/** The requested move plus, when it enters an exclusive stage, the archiving of the version it replaces. */
function intoStage(operation, data, model, version, from, to) {
    const transitions = [{ model, version, from, to, cause: 'requested' }];
    const current = (0,stages_pipeline/* isExclusive */.Bj)((0,stages_pipeline/* pipelineOf */.gQ)(data), to) ? (0,queries/* versionIn */.It)(data, model, to) : undefined;
    if (current !== undefined)
        transitions.push({ model, version: current, from: to, to: names/* ARCHIVED */.Ts, cause: 'replaced' });
    return build(operation, data, model, version, transitions);
}
function planRegister(data, model, version, details) {
    (0,names/* assertModelName */.fY)(model);
    (0,names/* assertVersionString */.mk)(version);
    const first = (0,stages_pipeline/* firstStage */.d8)((0,stages_pipeline/* pipelineOf */.gQ)(data)).name;
    const existing = data.models[model]?.versions.get(version);
    if (existing) {
        const sameUri = details.uri === undefined || details.uri === existing.uri;
        const sameDigest = details.digest === undefined || existing.digest === undefined || details.digest === existing.digest;
        if (existing.stage === first && sameUri && sameDigest) {
            return noop('register', data, model, version, `${model} ${version} is already registered in ${first}`);
        }
        throw new errors/* RefusedError */.fk(`${model} ${version} is already registered (stage ${existing.stage}${existing.uri ? `, uri ${existing.uri}` : ''}): ` +
            'a version is registered once; register a new version string instead');
    }
    const entry = { stage: first };
    if (details.uri !== undefined)
        entry.uri = details.uri;
    if (details.digest !== undefined)
        entry.digest = details.digest;
    if (details.description !== undefined)
        entry.description = details.description;
    if (details.metrics !== undefined && Object.keys(details.metrics).length > 0)
        entry.metrics = details.metrics;
    if (details.metadata !== undefined && Object.keys(details.metadata).length > 0)
        entry.metadata = details.metadata;
    const transitions = [{ model, version, from: null, to: first, cause: 'requested' }];
    return {
        operation: 'register',
        model,
        version,
        transitions,
        needsValidation: false,
        changes: [{ kind: 'add-version', model, version, entry }],
        result: applyTransitions(data, transitions, entry)
    };
}
/** Where a promote goes when no stage is named: the version's next stage, else the last one. */
function defaultTarget(pipeline, data, model, version) {
    const from = version === undefined ? undefined : stageOf(data, model, version);
    return (from === undefined ? undefined : (0,stages_pipeline/* nextStage */.mz)(pipeline, from)?.name) ?? (0,stages_pipeline/* lastStage */.TX)(pipeline).name;
}
/** Why a forward move is refused: it would pass over a stage that guards the way. */
function skippedGuard(pipeline, from, to) {
    const start = (0,stages_pipeline/* stageIndex */.Jb)(pipeline, from);
    const end = (0,stages_pipeline/* stageIndex */.Jb)(pipeline, to);
    if (start === -1 || end <= start)
        return undefined;
    const guard = pipeline.stages.slice(start + 1, end).find(stages_pipeline/* isGuard */.Mw);
    return (guard && `promote it to ${guard.name} first: a version does not pass over a stage with its own guards`);
}
/**
 * promote: the version (default: the newest in the stage before the target) to the target stage (default: its
 * next stage, or the last one), archiving the version it replaces in an exclusive stage.
 */
function planPromote(data, model, version, to) {
    const pipeline = (0,stages_pipeline/* pipelineOf */.gQ)(data);
    const first = (0,stages_pipeline/* firstStage */.d8)(pipeline).name;
    if (to === names/* ARCHIVED */.Ts)
        return planArchive(data, model, requireVersion(model, version, 'archive'));
    if (to === first)
        return planRestore(data, model, requireVersion(model, version, 'restore'));
    const target = to ?? defaultTarget(pipeline, data, model, version);
    const index = (0,stages_pipeline/* stageIndex */.Jb)(pipeline, target);
    if (index === -1)
        throw new errors/* InputError */.dz(`unknown stage ${target}: the stages are ${(0,stages_pipeline/* stageNames */.hL)(pipeline).join(', ')}`);
    const before = pipeline.stages[index - 1]?.name ?? first;
    const chosen = version ?? (0,queries/* newestInStage */.Wl)(data, model, before);
    if (chosen === undefined)
        throw new errors/* RefusedError */.fk(`${model} has no version in ${before} to promote`);
    const from = stageOf(data, model, chosen);
    if (from === target)
        return noop('promote', data, model, chosen, `${model} ${chosen} is already in ${target}`);
    if (from === names/* ARCHIVED */.Ts) {
        const back = (0,stages_pipeline/* isExclusive */.Bj)(pipeline, target)
            ? `use rollback (if it was in ${target} before) or restore`
            : 'restore';
        refuse(pipeline, model, chosen, from, target, `To bring an archived version back, ${back} it to ${first} and promote it`);
    }
    if ((0,rules/* legalOperation */.dN)(from, target, pipeline) !== 'promote')
        refuse(pipeline, model, chosen, from, target, skippedGuard(pipeline, from, target) ?? 'Archive it instead, or promote another version');
    return intoStage('promote', data, model, chosen, from, target);
}
function planArchive(data, model, version) {
    const from = stageOf(data, model, version);
    if (from === names/* ARCHIVED */.Ts)
        return noop('archive', data, model, version, `${model} ${version} is already archived`);
    return build('archive', data, model, version, [{ model, version, from, to: names/* ARCHIVED */.Ts, cause: 'requested' }]);
}
function planRestore(data, model, version) {
    const pipeline = (0,stages_pipeline/* pipelineOf */.gQ)(data);
    const first = (0,stages_pipeline/* firstStage */.d8)(pipeline).name;
    const from = stageOf(data, model, version);
    if (from === first)
        return noop('restore', data, model, version, `${model} ${version} is already in ${first}`);
    if (from !== names/* ARCHIVED */.Ts)
        refuse(pipeline, model, version, from, first, 'Archive it instead, or promote another version');
    return build('restore', data, model, version, [{ model, version, from, to: first, cause: 'requested' }]);
}
/**
 * Rollback puts an archived version back into an exclusive stage (default: the last stage). Without a version it
 * picks the one that left that stage most recently. Whether the version may return there (it was in it before) is
 * the admission's verdict.
 */
function planRollback(data, model, version, history, to) {
    const pipeline = (0,stages_pipeline/* pipelineOf */.gQ)(data);
    const target = to ?? (0,stages_pipeline/* lastStage */.TX)(pipeline).name;
    if (!(0,stages_pipeline/* isExclusive */.Bj)(pipeline, target)) {
        const exclusive = pipeline.stages.filter(stage => stage.exclusive).map(stage => stage.name);
        throw new errors/* InputError */.dz(`rollback returns a version to an exclusive stage (${exclusive.join(', ')}), not to ${target}`);
    }
    const current = (0,queries/* versionIn */.It)(data, model, target);
    const former = history?.formerIn(target);
    let chosen = version;
    if (chosen === undefined) {
        if (!former)
            throw new errors/* InputError */.dz(`name the version of ${model} to roll back to: the manifest's git history is not available`);
        chosen = former
            .filter(candidate => candidate !== current && data.models[model]?.versions.get(candidate)?.stage === names/* ARCHIVED */.Ts)
            .pop();
        if (chosen === undefined)
            throw new errors/* RefusedError */.fk(`${model} has no archived version that was in ${target} before: nothing to roll back to`);
    }
    const from = stageOf(data, model, chosen);
    if (from === target)
        return noop('rollback', data, model, chosen, `${model} ${chosen} is already in ${target}`);
    if (from !== names/* ARCHIVED */.Ts)
        refuse(pipeline, model, chosen, from, target, `Rollback is for archived versions; use promote for a version in ${from}`);
    return intoStage('rollback', data, model, chosen, from, target);
}
function requireVersion(model, version, operation) {
    if (version === undefined)
        throw new errors/* InputError */.dz(`${operation} needs a version of ${model}`);
    return version;
}

;// CONCATENATED MODULE: ./src/commands/moves.ts




const MOVE_COMMANDS = (/* unused pure expression or super */ null && ([
    'register',
    'promote',
    'archive',
    'restore',
    'rollback'
]));
/** A version entering a stage on its validation: promote and rollback, which validate and may be forced. */
function isEnter(request) {
    return request.command === 'promote' || request.command === 'rollback';
}
/** What a move request asks the plan for. */
function moveArgs(request) {
    switch (request.command) {
        case 'register':
            return {
                model: request.model,
                version: request.version,
                uri: request.uri,
                digest: request.digest,
                description: request.description,
                metrics: request.metrics,
                metadata: request.metadata
            };
        case 'promote':
        case 'rollback':
            return { model: request.model, version: request.version, to: request.to };
        case 'archive':
        case 'restore':
            return { model: request.model, version: request.version };
    }
}
function required(command, args) {
    if (!args.version)
        throw new errors/* InputError */.dz(`${command} needs a version`);
    return args.version;
}
/** The target stage, when one was named: one of the manifest's stages, or a clear error with the closest one. */
function targetStage(data, args) {
    if (args.to === undefined)
        return undefined;
    const names = (0,stages_pipeline/* stageNames */.hL)((0,stages_pipeline/* pipelineOf */.gQ)(data));
    if (names.includes(args.to))
        return args.to;
    const guess = (0,closest_word/* closestWord */.E)(args.to, names);
    throw new errors/* InputError */.dz(`${args.toName ?? 'to'} takes one of ${names.join(', ')}, not ${JSON.stringify(args.to)}${guess ? `: did you mean ${guess}?` : ''}`);
}
function planMove(command, data, args, history) {
    const to = command === 'promote' || command === 'rollback' ? targetStage(data, args) : undefined;
    switch (command) {
        case 'register':
            return planRegister(data, args.model, required(command, args), {
                uri: args.uri,
                digest: args.digest,
                description: args.description,
                metrics: args.metrics,
                metadata: args.metadata
            });
        case 'promote':
            return planPromote(data, args.model, args.version, to);
        case 'archive':
            return planArchive(data, args.model, required(command, args));
        case 'restore':
            return planRestore(data, args.model, required(command, args));
        case 'rollback':
            return planRollback(data, args.model, args.version, history, to);
    }
}


/***/ })

};
