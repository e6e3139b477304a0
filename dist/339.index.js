export const id = 339;
export const ids = [339];
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

/***/ 6339:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runShow: () => (/* binding */ runShow)
});

// EXTERNAL MODULE: ./src/action/outputs.ts
var outputs = __webpack_require__(8948);
// EXTERNAL MODULE: ./src/action/fence.ts
var fence = __webpack_require__(6391);
// EXTERNAL MODULE: ./src/action/summary.ts
var summary = __webpack_require__(8770);
// EXTERNAL MODULE: ./src/stages/errors.ts
var errors = __webpack_require__(480);
// EXTERNAL MODULE: ./src/manifest/names.ts
var names = __webpack_require__(6629);
// EXTERNAL MODULE: ./src/stages/freezes.ts
var freezes = __webpack_require__(7427);
// EXTERNAL MODULE: ./src/stages/queries.ts
var queries = __webpack_require__(7331);
;// CONCATENATED MODULE: ./src/commands/show.ts




/** Everything the manifest says of a model (an unknown model is an error that lists the known ones). */
function describeModel(data, model, version, now = new Date()) {
    const current = (0,queries/* productionVersion */.ix)(data, model);
    const entries = data.models[model]?.versions ?? new Map();
    const versions = [...entries].map(([name, entry]) => ({
        version: name,
        stage: entry.stage,
        uri: entry.uri ?? null,
        description: entry.description ?? null,
        blocked: entry.blocked ?? null,
        metrics: entry.metrics ?? {},
        metadata: entry.metadata ?? {}
    }));
    const report = {
        model,
        production: current === undefined ? null : { version: current, uri: entries.get(current)?.uri ?? null },
        versions,
        frozen: (0,freezes/* frozenStagesOf */.$x)(data, model, now).map(({ stage, reason, until }) => ({
            stage,
            reason,
            until: (0,freezes/* instantText */.Xx)(until)
        }))
    };
    if (version !== undefined) {
        (0,names/* assertVersionString */.mk)(version);
        const found = versions.find(entry => entry.version === version);
        if (!found)
            throw new errors/* InputError */.dz(`unknown version ${version} of ${model}; it has: ${[...entries.keys()].join(', ') || 'no versions'}`);
        report.version = found;
    }
    return report;
}
/** For a deploy job: the live version (in the last stage), or a clear error when there is none. */
function requireProduction(report, live = 'production') {
    if (!report.production) {
        throw new errors/* InputError */.dz(`${report.model} has nothing in ${live} (its versions: ${report.versions.map(v => `${v.version} ${v.stage}`).join(', ') || 'none'})`);
    }
    return report.production;
}

// EXTERNAL MODULE: ./src/commands/workspace.ts + 1 modules
var commands_workspace = __webpack_require__(7112);
// EXTERNAL MODULE: ./src/manifest/read.ts
var read = __webpack_require__(8553);
// EXTERNAL MODULE: ./src/stages/pipeline.ts
var pipeline = __webpack_require__(2225);
;// CONCATENATED MODULE: ./src/action/run-show.ts







/** What is in production (and the stage of a named version), for a deploy job. */
async function runShow({ request }, workspace) {
    const model = request.model;
    const data = await (0,read/* readManifestForModel */.IX)(await (0,commands_workspace/* readWorkspaceManifest */.P_)(workspace), workspace.manifestName, model);
    const report = describeModel(data, model, request.version);
    (0,outputs/* setOutput */.u)('model', report.model);
    if (report.version) {
        (0,outputs/* setOutput */.u)('version', report.version.version);
        (0,outputs/* setOutput */.u)('stage', report.version.stage);
    }
    const live = (0,pipeline/* lastStage */.TX)((0,pipeline/* pipelineOf */.gQ)(data)).name;
    const production = report.version ? report.production : requireProduction(report, live);
    (0,outputs/* setOutput */.u)('production-version', production?.version ?? '');
    (0,outputs/* setOutput */.u)('production-uri', production?.uri ?? '');
    (0,outputs/* setOutput */.u)('changed', 'false');
    const line = production
        ? `${report.model} in ${live}: ${production.version}${production.uri ? ` (${production.uri})` : ''}`
        : `${report.model}: nothing in ${live}`;
    const frozen = report.frozen.map(f => `${f.stage} is frozen until ${f.until}: ${f.reason}`);
    await (0,fence/* logFenced */.v)([line, ...frozen].join('\n'));
    await (0,summary/* writeSummary */.S)(`## model-stages: ${line}`);
}


/***/ })

};
