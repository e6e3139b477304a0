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

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 18 modules
var core = __webpack_require__(6257);
// EXTERNAL MODULE: ./src/action/fence.ts
var fence = __webpack_require__(6391);
// EXTERNAL MODULE: ./src/action/summary.ts
var summary = __webpack_require__(8770);
// EXTERNAL MODULE: ./src/stages/errors.ts
var errors = __webpack_require__(480);
// EXTERNAL MODULE: ./src/manifest/names.ts
var names = __webpack_require__(6629);
// EXTERNAL MODULE: ./src/stages/queries.ts
var queries = __webpack_require__(7331);
;// CONCATENATED MODULE: ./src/commands/show.ts



/** Everything the manifest says of a model (an unknown model is an error that lists the known ones). */
function describeModel(data, model, version) {
    const current = (0,queries/* productionVersion */.ix)(data, model);
    const entries = data.models[model]?.versions ?? new Map();
    const versions = [...entries].map(([name, entry]) => ({
        version: name,
        stage: entry.stage,
        uri: entry.uri ?? null,
        description: entry.description ?? null,
        metrics: entry.metrics ?? {},
        metadata: entry.metadata ?? {}
    }));
    const report = {
        model,
        production: current === undefined ? null : { version: current, uri: entries.get(current)?.uri ?? null },
        versions
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

// EXTERNAL MODULE: ./src/commands/workspace.ts + 2 modules
var commands_workspace = __webpack_require__(6008);
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
    core/* setOutput */.uH('model', report.model);
    if (report.version) {
        core/* setOutput */.uH('version', report.version.version);
        core/* setOutput */.uH('stage', report.version.stage);
    }
    const live = (0,pipeline/* lastStage */.TX)((0,pipeline/* pipelineOf */.gQ)(data)).name;
    const production = report.version ? report.production : requireProduction(report, live);
    core/* setOutput */.uH('production-version', production?.version ?? '');
    core/* setOutput */.uH('production-uri', production?.uri ?? '');
    core/* setOutput */.uH('changed', 'false');
    const line = production
        ? `${report.model} in ${live}: ${production.version}${production.uri ? ` (${production.uri})` : ''}`
        : `${report.model}: nothing in ${live}`;
    await (0,fence/* logFenced */.v)(line);
    await (0,summary/* writeSummary */.S)(`## model-stages: ${line}`);
}


/***/ }),

/***/ 7331:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fc: () => (/* binding */ evaluationCandidates),
/* harmony export */   It: () => (/* binding */ versionIn),
/* harmony export */   Wl: () => (/* binding */ newestInStage),
/* harmony export */   ix: () => (/* binding */ productionVersion),
/* harmony export */   x4: () => (/* binding */ versionsOf)
/* harmony export */ });
/* unused harmony export manifestStatus */
/* harmony import */ var _manifest_names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6629);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(480);
/* harmony import */ var _pipeline_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2225);



/** A model's versions; an unknown model is an input error that lists the known ones. */
function versionsOf(data, model) {
    (0,_manifest_names_js__WEBPACK_IMPORTED_MODULE_1__/* .assertModelName */ .fY)(model);
    const entry = data.models[model];
    if (!entry) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .unknownModel */ .w2)(model, Object.keys(data.models));
    }
    return entry.versions;
}
/** The version of a model in a stage (the first written, for a stage that is not exclusive). */
function versionIn(data, model, stage) {
    return [...versionsOf(data, model)].find(([, entry]) => entry.stage === stage)?.[0];
}
/** The live version: the one in the pipeline's last stage (production, without `stages:`). */
function productionVersion(data, model) {
    return versionIn(data, model, (0,_pipeline_js__WEBPACK_IMPORTED_MODULE_0__/* .lastStage */ .TX)((0,_pipeline_js__WEBPACK_IMPORTED_MODULE_0__/* .pipelineOf */ .gQ)(data)).name);
}
/** The newest (last written) version of a model in a stage. */
function newestInStage(data, model, stage) {
    return [...versionsOf(data, model)]
        .filter(([, entry]) => entry.stage === stage)
        .map(([version]) => version)
        .pop();
}
/**
 * The newest version in the first stage of every model (or of `model`), with the stage it is promoted to: the
 * candidates evaluate validates.
 */
function evaluationCandidates(data, model) {
    const pipeline = (0,_pipeline_js__WEBPACK_IMPORTED_MODULE_0__/* .pipelineOf */ .gQ)(data);
    const from = (0,_pipeline_js__WEBPACK_IMPORTED_MODULE_0__/* .firstStage */ .d8)(pipeline).name;
    const to = pipeline.stages[1]?.name ?? (0,_pipeline_js__WEBPACK_IMPORTED_MODULE_0__/* .lastStage */ .TX)(pipeline).name;
    const models = model === undefined ? Object.keys(data.models) : [model];
    return models.flatMap(name => {
        const version = newestInStage(data, name, from);
        return version === undefined ? [] : [{ model: name, version, from, to }];
    });
}
/** Where every model stands: one record per model, in the order written. */
function manifestStatus(data) {
    const pipeline = pipelineOf(data);
    return Object.entries(data.models).map(([model, entry]) => {
        const inStage = (stage) => [...entry.versions].filter(([, version]) => version.stage === stage).map(([version]) => version);
        const status = {
            model,
            production: inStage(lastStage(pipeline).name)[0] ?? null,
            staging: inStage(firstStage(pipeline).name),
            archived: inStage(ARCHIVED)
        };
        if (data.stages)
            status.stages = Object.fromEntries(pipeline.stages.map(stage => [stage.name, inStage(stage.name)]));
        return status;
    });
}


/***/ })

};
