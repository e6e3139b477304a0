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


/***/ })

};
