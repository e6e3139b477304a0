export const id = 928;
export const ids = [928];
export const modules = {

/***/ 928:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runShow: () => (/* binding */ runShow)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 18 modules
var core = __webpack_require__(6257);
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
    const entries = data.models[model]?.versions ?? {};
    const versions = Object.entries(entries).map(([name, entry]) => ({
        version: name,
        stage: entry.stage,
        uri: entry.uri ?? null,
        description: entry.description ?? null,
        metrics: entry.metrics ?? {},
        metadata: entry.metadata ?? {}
    }));
    const report = {
        model,
        production: current === undefined ? null : { version: current, uri: entries[current]?.uri ?? null },
        versions
    };
    if (version !== undefined) {
        (0,names/* assertVersionString */.mk)(version);
        const found = versions.find(entry => entry.version === version);
        if (!found)
            throw new errors/* InputError */.dz(`unknown version ${version} of ${model}; it has: ${Object.keys(entries).join(', ') || 'no versions'}`);
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

// EXTERNAL MODULE: ./src/commands/workspace.ts + 3 modules
var commands_workspace = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/manifest/fast-read.ts
var fast_read = __webpack_require__(5764);
;// CONCATENATED MODULE: ./src/manifest/read.ts

/*
 * The manifest for commands that only read it. A valid manifest is read by the fast path; the position-tracking
 * check, and the YAML parser it needs, are loaded only to report the problems of one that is not.
 */
async function checkedData(text, file) {
    const { loadManifestText } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(521)]).then(__webpack_require__.bind(__webpack_require__, 521));
    return loadManifestText(text, file).data;
}
/** The whole manifest, checked: its problems are thrown as a ManifestError, each at its line. */
async function readManifest(text, file) {
    return (0,fast_read/* readValidManifest */.mc)(text) ?? checkedData(text, file);
}
/**
 * The manifest's header and one model, for a command about that model alone: the other models' blocks are not
 * read. Whenever that cannot be done plainly (an unknown model, an unusual layout, a problem), the whole file is
 * read and checked instead, so every error is reported as it would be.
 */
async function readManifestForModel(text, file, model) {
    return (0,fast_read/* readValidModel */.K9)(text, model) ?? readManifest(text, file);
}

// EXTERNAL MODULE: ./src/stages/pipeline.ts
var pipeline = __webpack_require__(2225);
;// CONCATENATED MODULE: ./src/action/run-show.ts






/** What is in production (and the stage of a named version), for a deploy job. */
async function runShow(inputs, workspace) {
    const model = inputs.model ?? '';
    const data = await readManifestForModel(await (0,commands_workspace/* readWorkspaceManifest */.P_)(workspace), workspace.manifestName, model);
    const report = describeModel(data, model, inputs.version);
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
    core/* info */.pq(line);
    await (0,summary/* writeSummary */.S)(`## model-stages: ${line}`);
}


/***/ })

};
